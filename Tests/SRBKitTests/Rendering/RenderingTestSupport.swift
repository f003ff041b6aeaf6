import Foundation
@testable import SRBKit

/// Small readers the rendering tests use to read back what was written, written
/// independently of the code under test.
enum RenderingTestSupport {
    /// Splits RFC 4180 text into records: quoted fields may hold the separator,
    /// line breaks and doubled quotes; records end with `\n` (or `\r\n`).
    static func parseDelimited(_ text: String, separator: Character = ",") -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case separator:
                record.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldWasQuoted = false
            default:
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty || fieldWasQuoted {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// The keys of every JSON object in `text`, in the order the objects open
    /// (document order), each list in the order written. Assumes valid JSON.
    static func objectKeysInOrder(_ json: String) -> [[String]] {
        enum Container { case object(Int), array }
        var result: [[String]] = []
        var stack: [Container] = []
        var expectingKey = false
        var scalars = Array(json.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "{":
                result.append([])
                stack.append(.object(result.count - 1))
                expectingKey = true
            case "[":
                stack.append(.array)
                expectingKey = false
            case "}", "]":
                stack.removeLast()
                expectingKey = false
            case ",":
                if case .object = stack.last { expectingKey = true }
            case "\"":
                var string = String.UnicodeScalarView()
                while let next = scalars.popFirst(), next != "\"" {
                    if next == "\\", let escaped = scalars.popFirst() {
                        string.append("\\")
                        string.append(escaped)
                    } else {
                        string.append(next)
                    }
                }
                if expectingKey, case .object(let index) = stack.last {
                    result[index].append(String(string))
                    expectingKey = false
                }
            default:
                break
            }
        }
        return result
    }

    /// The parsed JSON document (Foundation's own parser).
    static func jsonObject(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        guard let object = value as? [String: Any] else { throw NotAnObject() }
        return object
    }

    struct NotAnObject: Error {}

    /// Width on screen of text made of Latin letters with Vietnamese marks, counted
    /// as user-perceived characters (a letter with its marks is one).
    static func characterWidth<S: StringProtocol>(_ text: S) -> Int { text.count }

    /// A report of three wards in 2024, one per status that flags or not:
    /// - "Bồ Đề": 1187 boys, 1000 girls: SRB 118.7, lower bound 109.03 → significant
    /// - "Cự Khối": 1206 boys, 1017 girls: SRB 118.58…, lower bound 108.99994 → over
    /// - "Long Biên": 1090 boys, 1000 girls: SRB 109 → ok
    static func threeStatusReport(settings: ReportSettings = ReportSettings()) throws -> Report {
        try AnalysisScanBuilder.report([("Long Biên", 1090, 1000), ("Cự Khối", 1206, 1017), ("Bồ Đề", 1187, 1000)],
                                       settings: settings)
    }
}
