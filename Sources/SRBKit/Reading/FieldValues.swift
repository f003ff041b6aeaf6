/// Parsers for the values of register fields, straight from bytes.
///
/// Each returns nil (or a failure) for anything SPEC does not accept; the register
/// reader turns that into a rejection with the field's location.
enum FieldValues {
    enum DateFailure: Error, Equatable {
        /// Not a date form at all.
        case unreadable
        /// A two-digit year (`15/03/24`), never guessed.
        case twoDigitYear
        /// A well-formed date that does not exist (`31/02/2024`).
        case nonexistent
    }

    /// A birth date: `YYYY-MM-DD`, or `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY` in `order`;
    /// a year written first with four digits is always read year-month-day. A time
    /// after the date (after a space or `T`) is ignored.
    @inline(__always)  // on every row: the common forms then cost no call and no `Result` in memory
    static func date(_ field: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Result<CalendarDay, DateFailure> {
        if let day = tenByteDate(field, order: order) { return .success(day) }
        return dateByteByByte(field, order: order)
    }

    /// `date` without the ten-byte shortcut: any form, every failure.
    static func dateByteByByte(_ field: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Result<CalendarDay, DateFailure> {
        let bytes = trimmed(field)
        // The three numbers, in fixed locals: values and digit counts.
        var values = (0, 0, 0), digitCounts = (0, 0, 0)
        var found = 0
        var separator: UInt8 = 0
        var index = bytes.startIndex
        if let common = commonDate(bytes) {  // `DD/MM/YYYY` or `YYYY-MM-DD`: the same numbers, read at once
            (values, digitCounts, found, index) = (common.values, common.digitCounts, 3, bytes.endIndex)
        }
        while found < 3 {
            var value = 0
            var digits = 0
            while index < bytes.endIndex, isDigit(bytes[index]), digits < 9 {
                value = value * 10 + Int(bytes[index] - 48)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return .failure(.unreadable) }
            switch found {
            case 0: (values.0, digitCounts.0) = (value, digits)
            case 1: (values.1, digitCounts.1) = (value, digits)
            default: (values.2, digitCounts.2) = (value, digits)
            }
            found += 1
            if found == 3 { break }
            guard index < bytes.endIndex else { return .failure(.unreadable) }
            let mark = bytes[index]
            guard mark == UInt8(ascii: "/") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: ".") else {
                return .failure(.unreadable)
            }
            if separator != 0 && separator != mark { return .failure(.unreadable) }
            separator = mark
            index += 1
        }
        if index < bytes.endIndex {
            let next = bytes[index]
            guard next == UInt8(ascii: " ") || next == UInt8(ascii: "T") || next == UInt8(ascii: "\t"),
                  isTime(UnsafeBufferPointer(rebasing: bytes[(index + 1)...])) else {
                return .failure(.unreadable)
            }
        }
        let year: (value: Int, digits: Int), month: Int, day: Int
        if digitCounts.0 == 4 {
            (year, month, day) = ((values.0, digitCounts.0), values.1, values.2)
        } else {
            switch order {
            case .dmy, .auto: (day, month, year) = (values.0, values.1, (values.2, digitCounts.2))
            case .mdy: (month, day, year) = (values.0, values.1, (values.2, digitCounts.2))
            case .ymd: (year, month, day) = ((values.0, digitCounts.0), values.1, values.2)
            }
        }
        if year.digits == 2 { return .failure(.twoDigitYear) }
        let longNumbers = (digitCounts.0 > 2 ? 1 : 0) + (digitCounts.1 > 2 ? 1 : 0) + (digitCounts.2 > 2 ? 1 : 0)
        guard year.digits == 4, longNumbers == 1 else {
            return .failure(.unreadable)
        }
        guard let result = CalendarDay(year: year.value, month: month, day: day) else {
            return .failure(.nonexistent)
        }
        return .success(result)
    }

    /// The first two numbers of a date written `D/M/YYYY`, `D-M-YYYY` or
    /// `D.M.YYYY` (either order), which tell day-first from month-first; nil
    /// for any other form (ISO, year first, not a date).
    static func dayMonthNumbers(_ field: UnsafeBufferPointer<UInt8>) -> (first: Int, second: Int)? {
        let bytes = trimmed(field)
        var index = bytes.startIndex
        func number() -> (value: Int, digits: Int) {
            var value = 0, digits = 0
            while index < bytes.endIndex, isDigit(bytes[index]), digits < 5 {
                value = value * 10 + Int(bytes[index] - 48)
                digits += 1
                index += 1
            }
            return (value, digits)
        }
        let first = number()
        guard (1...2).contains(first.digits), index < bytes.endIndex else { return nil }
        let separator = bytes[index]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else { return nil }
        index += 1
        let second = number()
        guard (1...2).contains(second.digits), index < bytes.endIndex, bytes[index] == separator else { return nil }
        index += 1
        guard number().digits == 4 else { return nil }
        return (first.value, second.value)
    }

    /// True for the time that may follow a date: `H:MM` or `H:MM:SS` (a
    /// fraction of a second after `.` or `,`), then optionally `AM`/`PM` (or the
    /// Vietnamese `SA`/`CH`), with or without a space, or `Z` or an offset such
    /// as `+07:00`; hours up to 24, minutes and seconds up to 59 (60 for a leap second).
    static func isTime(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = text.startIndex
        let end = text.endIndex
        while index < end, isBlank(text[index]) { index += 1 }
        func number(maximumDigits: Int) -> Int? {
            var value = 0, digits = 0
            while index < end, isDigit(text[index]), digits < maximumDigits {
                value = value * 10 + Int(text[index] - 48)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < end, text[index] == byte else { return false }
            index += 1
            return true
        }
        guard let hours = number(maximumDigits: 2), hours <= 24, expect(UInt8(ascii: ":")) else { return false }
        let minuteStart = index
        guard let minutes = number(maximumDigits: 2), index - minuteStart == 2, minutes <= 59 else { return false }
        if expect(UInt8(ascii: ":")) {
            let secondStart = index
            guard let seconds = number(maximumDigits: 2), index - secondStart == 2, seconds <= 60 else { return false }
            if index < end, text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ",") {
                index += 1
                guard number(maximumDigits: 9) != nil else { return false }
                while index < end, isDigit(text[index]) { index += 1 }
            }
        }
        while index < end, isBlank(text[index]) { index += 1 }
        guard index < end else { return true }
        let rest = Array(text[index...]).map { $0 | 0x20 }  // ASCII lowercase
        if rest == Array("am".utf8) || rest == Array("pm".utf8) || rest == Array("sa".utf8) || rest == Array("ch".utf8) {
            return hours <= 12
        }
        if rest == [UInt8(ascii: "z")] { return true }
        // An offset: +HH, +HHMM or +HH:MM.
        guard text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") else { return false }
        index += 1
        let offsetStart = index
        guard let offsetHours = number(maximumDigits: 2), index - offsetStart == 2, offsetHours <= 14 else { return false }
        if index == end { return true }
        _ = expect(UInt8(ascii: ":"))
        let offsetMinuteStart = index
        guard let offsetMinutes = number(maximumDigits: 2), index - offsetMinuteStart == 2, offsetMinutes <= 59 else { return false }
        return index == end
    }

    /// The numbers of a ten-byte date written `NN?NN?NNNN` or `NNNN?NN?NN`
    /// with one separator (`/`, `-` or `.`) twice; nil for any other shape.
    @inline(__always)
    private static func commonDate(_ bytes: UnsafeBufferPointer<UInt8>) -> (values: (Int, Int, Int), digitCounts: (Int, Int, Int))? {
        guard bytes.count == 10 else { return nil }
        func digit(_ offset: Int) -> Int? {
            let value = Int(bytes[offset]) &- 48
            return value >= 0 && value <= 9 ? value : nil
        }
        func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") }
        if isSeparator(bytes[2]), bytes[5] == bytes[2],
           let d0 = digit(0), let d1 = digit(1), let m0 = digit(3), let m1 = digit(4),
           let y0 = digit(6), let y1 = digit(7), let y2 = digit(8), let y3 = digit(9) {
            return ((d0 * 10 + d1, m0 * 10 + m1, ((y0 * 10 + y1) * 10 + y2) * 10 + y3), (2, 2, 4))
        }
        if isSeparator(bytes[4]), bytes[7] == bytes[4],
           let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
           let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) {
            return ((((y0 * 10 + y1) * 10 + y2) * 10 + y3, m0 * 10 + m1, d0 * 10 + d1), (4, 2, 2))
        }
        return nil
    }

    /// The group of a birth-order cell: what `BirthOrder(rank: birthOrder(field))`
    /// gives, with a single digit read at once.
    @inline(__always)
    static func birthOrderGroup(_ field: UnsafeBufferPointer<UInt8>) -> BirthOrder {
        if field.count == 1 {
            let digit = field[0] &- UInt8(ascii: "0")
            return digit == 1 ? .first : digit == 2 ? .second : digit >= 3 && digit <= 9 ? .thirdOrLater : .unknown
        }
        return BirthOrder(rank: birthOrder(field))
    }

    /// A whole number ≥ 0 written with ASCII digits only; nil otherwise, and for
    /// more than `maximumCountDigits` significant digits (no real count comes
    /// close, and sums of 15 million such rows cannot overflow).
    static func count(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard case .value(let value) = countReading(field) else { return nil }
        return value
    }

    /// How a count cell reads: a whole number, one of more than
    /// `maximumCountDigits` significant digits, or not a whole number at all.
    enum CountReading: Equatable {
        case value(Int)
        case tooLarge
        case notAWholeNumber
    }

    /// Reads a count cell as `count` does, telling a number too large from one that is not a number.
    static func countReading(_ field: UnsafeBufferPointer<UInt8>) -> CountReading {
        let bytes = trimmed(field)
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return .notAWholeNumber }
        let significant = bytes.drop { $0 == 48 }
        guard significant.count <= maximumCountDigits else { return .tooLarge }
        return .value(significant.reduce(0) { $0 * 10 + Int($1 - 48) })
    }

    static let maximumCountDigits = 9
    /// The largest count read: 999 999 999.
    static let maximumCount = 999_999_999

    /// The time span of a count row's `period` cell: `YYYY-MM`, `MM/YYYY` (or
    /// `M/YYYY`) or `YYYY`. Nil when malformed or when the month does not exist.
    static func countPeriod(_ field: UnsafeBufferPointer<UInt8>) -> Period? {
        let bytes = Array(trimmed(field))
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy(isDigit) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        if bytes.count == 4 {
            return number(bytes[...]).flatMap(Period.year)
        }
        if let dash = bytes.firstIndex(of: UInt8(ascii: "-")), dash == 4 {
            let monthPart = bytes[5...]
            guard (1...2).contains(monthPart.count), let year = number(bytes[..<4]),
                  let month = number(monthPart) else { return nil }
            return Period.month(month, of: year)
        }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            let monthPart = bytes[..<slash], yearPart = bytes[(slash + 1)...]
            guard (1...2).contains(monthPart.count), yearPart.count == 4,
                  let month = number(monthPart), let year = number(yearPart) else { return nil }
            return Period.month(month, of: year)
        }
        return nil
    }

    /// A count row's span from separate year and month cells: the month, or
    /// the whole year when the month cell is empty (or there is no month
    /// column); nil when either is malformed, or the month does not exist.
    static func countPeriod(year yearField: UnsafeBufferPointer<UInt8>, month monthField: UnsafeBufferPointer<UInt8>) -> Period? {
        let monthBytes = trimmed(monthField)
        if monthBytes.isEmpty { return countYear(yearField).flatMap(Period.year) }
        guard let year = countYear(yearField), (1...2).contains(monthBytes.count),
              let month = count(monthBytes) else { return nil }
        return Period.month(month, of: year)
    }

    /// A four-digit year cell of a count row.
    static func countYear(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        let bytes = trimmed(field)
        guard bytes.count == 4, let year = count(bytes), year >= 1 else { return nil }
        return year
    }

    /// A 1-based birth order; nil when empty or not a whole number (the row's
    /// births then go to `unknown`).
    static func birthOrder(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let value = count(field), value >= 1 else { return nil }
        return value
    }

    /// The bytes without leading or trailing ASCII spaces and tabs.
    static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = field.startIndex, end = field.endIndex
        while start < end, isBlank(field[start]) { start += 1 }
        while end > start, isBlank(field[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: field[start..<end])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }
}
