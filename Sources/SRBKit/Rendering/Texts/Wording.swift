/// One text in both languages: the one table of texts is made of these, an
/// area of the tool per file (`ReportWording.swift`, `ErrorWording.swift`…).
///
/// A template fills `{1}`, `{2}`… with its arguments, and chooses a plural
/// form with `{1|activity|activities}`: the first form when argument 1 is
/// `1`, the second otherwise (Vietnamese needs none).
public struct Wording: Sendable, Hashable {
    public let english: String
    public let vietnamese: String

    /// `.en("…", vi: "…")`: the English, then the Vietnamese.
    static func en(_ english: String, vi vietnamese: String) -> Wording {
        Wording(english: english, vietnamese: vietnamese)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .vi: vietnamese
        }
    }
}

/// Every text the tool shows a person, by key.
public enum TextTables {
    /// The areas' tables joined; a test checks every key has its wording, once.
    public static let all: [TextKey: Wording] = {
        var joined: [TextKey: Wording] = [:]
        for table in areas {
            joined.merge(table) { first, _ in first }
        }
        return joined
    }()

    /// Each area's table, for the test that no key is worded twice.
    static var areas: [[TextKey: Wording]] {
        [report, reading, errors, commandLine, help, progress, plan, validate, charts, monthly, speed, workbook, fertility]
    }
}
