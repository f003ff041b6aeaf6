/// Text from the data made safe to show on a terminal or a page: control
/// characters (C0, DEL, C1) and the invisible marks that reorder a line (bidi
/// embeddings, overrides and isolates) are written as visible escapes, `\x1B`
/// or `\u202E`, so that a ward name cannot move the cursor, set a terminal's
/// title, ring its bell, or make a line read backwards.
public enum VisibleText {
    /// `text` with every such character escaped; the same string (no copy)
    /// when it holds none, as nearly all text does.
    public static func escaping(_ text: String) -> String {
        escaping(text, keepingLineBreaksAndTabs: false)
    }

    /// `text` escaped as `escaping(_:)` does, but for line feeds and tabs when
    /// `keepingLineBreaksAndTabs` (whole CSV or TSV files shown on a terminal).
    public static func escaping(_ text: String, keepingLineBreaksAndTabs keeps: Bool) -> String {
        let escapes = { (scalar: Unicode.Scalar) in needsEscape(scalar) && !(keeps && (scalar == "\n" || scalar == "\t")) }
        guard text.unicodeScalars.contains(where: escapes) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard escapes(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escape = scalar.value <= 0xFF
                ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            result.append(contentsOf: escape.unicodeScalars)
        }
        return String(result)
    }

    /// True for a character that must not reach a terminal or a page as it is.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
