/// HTML escaping for text and attribute values; control characters become
/// visible escapes (`VisibleText`).
enum HTMLText {
    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in VisibleText.escaping(value).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
