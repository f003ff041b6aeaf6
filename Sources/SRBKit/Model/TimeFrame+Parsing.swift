// A note for the next person: time frames are read from the text folded by
// `TextFolding.wordKey` (lowercase, no diacritics, runs of spaces folded), so
// `Tháng`, `THÁNG` and `thang` are one word and `Hằng tháng` reads as `Hàng
// tháng`. Spaces between the parts are optional everywhere. A form must be at
// the start of the text and end at a boundary: the end, or a character that is
// neither a letter nor a digit and does not start another number (`-`, `/`,
// `.` before a digit). So "Hàng tháng và sau khi…" is monthly, while
// "Năm 2024-2025" is not read as 2024 and stays unscheduled.

extension TimeFrame {
    /// Reads the time frame forms of SPEC "Plan activities" at the start of `text`:
    /// `Tháng 3/2024`, `Tháng 3 - 10/2024` (also `Tháng 3/2024 - 10/2024` and
    /// across years `Tháng 11/2024 - 2/2025`), `Quý II/2024` or `Quý 2/2024`,
    /// `Năm 2024`, `Hàng tháng`, `Hàng quý`, `Hàng năm`, `2024-03`,
    /// `2024-03..2024-10`, `monthly`, `quarterly`, `yearly`; dashes may be `-`,
    /// `–` or `—`. Anything else, and a window that runs backwards or names a
    /// month that does not exist, is `unscheduled`.
    public init(parsing text: String) {
        let scalars = Array(TextFolding.wordKey(text).unicodeScalars)
        let readers: [(inout TimeFrameCursor) -> TimeFrame?] = [
            TimeFrame.readRecurring, TimeFrame.readMonths, TimeFrame.readQuarter,
            TimeFrame.readYear, TimeFrame.readISO,
        ]
        for reader in readers {
            var cursor = TimeFrameCursor(scalars: scalars)
            if let frame = reader(&cursor) {
                self = frame
                return
            }
        }
        self = .unscheduled
    }

    /// `hang thang|quy|nam`, `monthly`, `quarterly`, `yearly`.
    private static func readRecurring(_ cursor: inout TimeFrameCursor) -> TimeFrame? {
        let start = cursor
        for (word, recurrence) in [("monthly", Recurrence.monthly), ("quarterly", .quarterly), ("yearly", .yearly)] {
            cursor = start
            if cursor.word(word), cursor.isAtBoundary { return .recurring(recurrence) }
        }
        cursor = start
        guard cursor.word("hang") else { return nil }
        let afterHang = cursor
        for (word, recurrence) in [("thang", Recurrence.monthly), ("quy", .quarterly), ("nam", .yearly)] {
            cursor = afterHang
            if cursor.word(word), cursor.isAtBoundary { return .recurring(recurrence) }
        }
        return nil
    }

    /// `thang M/YYYY`, `thang M - M/YYYY`, `thang M/YYYY - M/YYYY` (`thang` may be
    /// repeated after the dash).
    private static func readMonths(_ cursor: inout TimeFrameCursor) -> TimeFrame? {
        guard cursor.word("thang"), let first = cursor.month() else { return nil }
        if cursor.dash() {
            _ = cursor.skip(word: "thang")
            guard let last = cursor.month(), cursor.slash(), let year = cursor.year(), cursor.isAtBoundary else {
                return nil
            }
            return window(first, year, last, year)
        }
        guard cursor.slash(), let firstYear = cursor.year() else { return nil }
        let single = cursor
        if cursor.dash(), cursor.skip(word: "thang"), let last = cursor.month(), cursor.slash(), let lastYear = cursor.year(), cursor.isAtBoundary {
            return window(first, firstYear, last, lastYear)
        }
        cursor = single
        return cursor.isAtBoundary ? window(first, firstYear, first, firstYear) : nil
    }

    /// `quy II/YYYY` or `quy 2/YYYY` (I–IV, 1–4).
    private static func readQuarter(_ cursor: inout TimeFrameCursor) -> TimeFrame? {
        guard cursor.word("quy") else { return nil }
        cursor.skipSpaces()
        let quarter: Int
        if let number = cursor.number(maximumDigits: 1) {
            quarter = number.value
        } else {
            let letters = cursor.letters()
            guard let roman = ["i": 1, "ii": 2, "iii": 3, "iv": 4][letters] else { return nil }
            quarter = roman
        }
        guard (1...4).contains(quarter), cursor.slash(), let year = cursor.year(), cursor.isAtBoundary else {
            return nil
        }
        return window(quarter * 3 - 2, year, quarter * 3, year)
    }

    /// `nam YYYY`.
    private static func readYear(_ cursor: inout TimeFrameCursor) -> TimeFrame? {
        guard cursor.word("nam"), let year = cursor.year(), cursor.isAtBoundary else { return nil }
        return window(1, year, 12, year)
    }

    /// `YYYY-MM` and `YYYY-MM..YYYY-MM`.
    private static func readISO(_ cursor: inout TimeFrameCursor) -> TimeFrame? {
        func yearMonth(_ cursor: inout TimeFrameCursor) -> (year: Int, month: Int)? {
            guard let year = cursor.year(), cursor.symbol("-"), let month = cursor.number(maximumDigits: 2) else {
                return nil
            }
            return (year, month.value)
        }
        guard let first = yearMonth(&cursor) else { return nil }
        let single = cursor
        if cursor.symbol("."), cursor.symbol("."), let last = yearMonth(&cursor), cursor.isAtBoundary {
            return window(first.month, first.year, last.month, last.year)
        }
        cursor = single
        return cursor.isAtBoundary ? window(first.month, first.year, first.month, first.year) : nil
    }

    /// First day of the first month to last day of the last; `unscheduled` when
    /// a month does not exist or the window runs backwards.
    private static func window(_ firstMonth: Int, _ firstYear: Int, _ lastMonth: Int, _ lastYear: Int) -> TimeFrame {
        guard let from = CalendarDay.firstOf(month: firstMonth, year: firstYear),
              let to = CalendarDay.lastOf(month: lastMonth, year: lastYear),
              let period = Period(from: from, to: to) else { return .unscheduled }
        return .window(period)
    }
}

/// A position in folded time frame text. Every read skips the spaces before it.
struct TimeFrameCursor {
    let scalars: [Unicode.Scalar]
    private(set) var index = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func skipSpaces() {
        while index < scalars.count, scalars[index] == " " { index += 1 }
    }

    /// Reads `word`, letter by letter, with no other letter right after it.
    mutating func word(_ word: String) -> Bool {
        skipSpaces()
        var position = index
        for letter in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == letter else { return false }
            position += 1
        }
        if position < scalars.count, scalars[position].properties.isAlphabetic { return false }
        index = position
        return true
    }

    /// Reads `word` if it is there; always true, for use in a condition list.
    mutating func skip(word: String) -> Bool {
        _ = self.word(word)
        return true
    }

    /// A run of ASCII letters (for Roman numerals).
    mutating func letters() -> String {
        skipSpaces()
        var result = ""
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic {
            result.unicodeScalars.append(scalars[index])
            index += 1
        }
        return result
    }

    /// Up to `maximumDigits` ASCII digits, and no digit right after them.
    mutating func number(maximumDigits: Int) -> (value: Int, digits: Int)? {
        skipSpaces()
        var position = index, value = 0
        while position < scalars.count, position - index < maximumDigits, let digit = TimeFrameCursor.digit(scalars[position]) {
            value = value * 10 + digit
            position += 1
        }
        let digits = position - index
        guard digits > 0, position == scalars.count || TimeFrameCursor.digit(scalars[position]) == nil else { return nil }
        index = position
        return (value, digits)
    }

    /// A month number, 1 or 2 digits (its range is checked when the window is made).
    mutating func month() -> Int? { number(maximumDigits: 2)?.value }

    /// A year of exactly four digits.
    mutating func year() -> Int? {
        guard let number = number(maximumDigits: 4), number.digits == 4 else { return nil }
        return number.value
    }

    mutating func slash() -> Bool { symbol("/") }

    /// `-`, `–` or `—`.
    mutating func dash() -> Bool { symbol("-") || symbol("\u{2013}") || symbol("\u{2014}") }

    mutating func symbol(_ symbol: Unicode.Scalar) -> Bool {
        skipSpaces()
        guard index < scalars.count, scalars[index] == symbol else { return false }
        index += 1
        return true
    }

    /// True at the end, or before a character that is neither a letter nor a
    /// digit and does not start another number (`-`, `/`, `.`, a dash, before a digit).
    var isAtBoundary: Bool {
        var position = index
        while position < scalars.count, scalars[position] == " " { position += 1 }
        guard position < scalars.count else { return true }
        let next = scalars[position]
        if next.properties.isAlphabetic || TimeFrameCursor.digit(next) != nil { return position > index }
        guard ["-", "/", ".", "\u{2013}", "\u{2014}"].contains(next) else { return true }
        var after = position + 1
        while after < scalars.count, scalars[after] == " " || scalars[after] == next { after += 1 }
        return after == scalars.count || TimeFrameCursor.digit(scalars[after]) == nil
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
    }
}
