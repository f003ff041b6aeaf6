extension Period {
    /// Parses the `--period` forms: `2024`, `2024-Q2`, `2024-03`, `2024-03-15`, and
    /// ranges of them written `A..B` (both ends included; `2021..2024`,
    /// `2024-01..2024-06`, `2024-01-15..2024-02-14`); also as staff write them:
    /// `09/2024` (or `9/2024`), `Quý 3/2024` (or `Quý III/2024`, `quy 3/2024`)
    /// and `Q3/2024`. Nil when malformed, when a month or day does not exist, or
    /// when the range runs backwards.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.components(separatedBy: "..")
        switch parts.count {
        case 1:
            guard let single = Period.parseSingle(parts[0]) else { return nil }
            self = single
        case 2:
            guard let start = Period.parseSingle(parts[0]),
                  let end = Period.parseSingle(parts[1]),
                  let range = Period(from: start.from, to: end.to) else { return nil }
            self = range
        default:
            return nil
        }
    }

    private static func parseSingle(_ raw: String) -> Period? {
        let text = raw.trimmingSpaces
        if text.contains("/") { return parseSlashed(text) }
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = pieces.first, yearText.count == 4, let year = Int(yearText),
              yearText.allSatisfy(\.isASCIIDigit) else { return nil }
        switch pieces.count {
        case 1:
            return Period.year(year)
        case 2 where pieces[1].uppercased().hasPrefix("Q"):
            let quarterText = pieces[1].dropFirst()
            guard quarterText.count == 1, let quarter = Int(quarterText), (1...4).contains(quarter),
                  let first = CalendarDay.firstOf(month: quarter * 3 - 2, year: year),
                  let last = CalendarDay.lastOf(month: quarter * 3, year: year) else { return nil }
            return Period(from: first, to: last)
        case 2:
            guard let month = twoDigitNumber(pieces[1]) else { return nil }
            return Period.month(month, of: year)
        case 3:
            guard let month = twoDigitNumber(pieces[1]), let day = twoDigitNumber(pieces[2]),
                  let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return Period(from: date, to: date)
        default:
            return nil
        }
    }

    /// `MM/YYYY`, `Quý N/YYYY` (N in digits or Roman), `QN/YYYY`.
    private static func parseSlashed(_ text: String) -> Period? {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == 2, pieces[1].count == 4, pieces[1].allSatisfy(\.isASCIIDigit),
              let year = Int(pieces[1]) else { return nil }
        if let month = twoDigitNumber(pieces[0]) { return Period.month(month, of: year) }
        var quarterText = TextFolding.wordKey(pieces[0])
        for prefix in ["quy ", "quy", "q "] where quarterText.hasPrefix(prefix) {
            quarterText.removeFirst(prefix.count)
            break
        }
        if quarterText.hasPrefix("q") { quarterText.removeFirst() }
        let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
        guard quarterText.count < TextFolding.wordKey(pieces[0]).count,
              let quarter = Int(quarterText) ?? romans[quarterText], (1...4).contains(quarter),
              let first = CalendarDay.firstOf(month: quarter * 3 - 2, year: year),
              let last = CalendarDay.lastOf(month: quarter * 3, year: year) else { return nil }
        return Period(from: first, to: last)
    }

    private static func twoDigitNumber(_ text: String) -> Int? {
        guard (1...2).contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, no-break spaces).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
