/// The language of headings, labels, statuses and messages. Data stays as written;
/// JSON keys and the status words of JSON, CSV and TSV are never translated.
public enum Language: String, Sendable, CaseIterable {
    case en, vi

    /// `vi` when the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` starts with `vi`,
    /// else `en`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("vi") ? .vi : .en
            }
        }
        return .en
    }
}

/// Words a text in one language from `TextTables`, filling its numbered
/// placeholders `{1}`, `{2}`… and choosing its plural forms `{1|one|other}`.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key`, with `{n}` replaced by the n-th argument and
    /// `{n|one|other}` by `one` when that argument is `1`, else `other`.
    public func callAsFunction(_ key: TextKey, _ arguments: String...) -> String {
        Localizer.fill(TextTables.all[key]?.text(in: language) ?? key.rawValue, with: arguments)
    }

    /// A fraction as a percentage in this language's numerals: 0.998 → `99.8`
    /// in English, `99,8` in Vietnamese.
    public func percent(_ fraction: Double) -> String {
        let number = NumberFormatting.percent(fraction)
        return language == .vi ? number.replacingOccurrences(of: ".", with: ",") : number
    }

    /// `template` with its placeholders and plural forms filled from `arguments`.
    static func fill(_ template: String, with arguments: [String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
            if let number = Int(parts[0]), number >= 1, number <= arguments.count {
                let argument = arguments[number - 1]
                if parts.count == 3 {
                    result += argument == "1" ? parts[1] : parts[2]
                } else if parts.count == 1 {
                    result += argument
                } else {
                    result += rest[open...close]
                }
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
