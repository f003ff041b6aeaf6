import Foundation

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

/// Looks up a text in one language and fills its numbered placeholders `{1}`, `{2}`….
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key`, with `{n}` replaced by the n-th argument.
    public func callAsFunction(_ key: TextKey, _ arguments: String...) -> String {
        let template = Localizer.table(for: language)[key] ?? Localizer.table(for: .en)[key] ?? key.rawValue
        var result = template
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// Every text of one language.
    public static func table(for language: Language) -> [TextKey: String] {
        switch language {
        case .en: EnglishTexts.table
        case .vi: VietnameseTexts.table
        }
    }
}
