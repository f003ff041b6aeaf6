/// A day of the proleptic Gregorian calendar, without time or zone.
///
/// Registers record birth dates as days; periods and windows are ranges of days.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1-based month.
    public let month: Int
    /// 1-based day of the month.
    public let day: Int

    /// A day, or nil when it does not exist (`2024-02-30`, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard let existing = CalendarDay.existing(year: year, month: month, day: day) else { return nil }
        self = existing
    }

    /// The day, or nil when it does not exist: years 1 to 9999, months 1 to 12,
    /// days up to the month's length, checked without a branch on that length
    /// (a register's rows come in any order of months, and every row's date
    /// comes here, where such a branch is mispredicted).
    @inline(__always)
    static func existing(year: Int, month: Int, day: Int) -> CalendarDay? {
        // Days past 28 of months 1 to 12, two bits each from bit 2: 3, 0, 3, 2, 3, 2, 3, 3, 2, 3, 2, 3.
        let lengths: UInt32 = 0b11_10_11_10_11_11_10_11_10_11_00_11_00
        let daysPast28 = Int(truncatingIfNeeded: lengths >> (2 * (UInt32(truncatingIfNeeded: month) & 15))) & 3
        let isLeap = year & 3 == 0 && (year % 100 != 0 || year % 400 == 0)
        let leapDay = month == 2 && isLeap ? 1 : 0
        guard UInt(bitPattern: year &- 1) < 9999, UInt(bitPattern: month &- 1) < 12,
              UInt(bitPattern: day &- 1) < UInt(28 + daysPast28 + leapDay) else { return nil }
        return CalendarDay(checkedYear: year, month: month, day: day)
    }

    /// A day already known to exist.
    @inline(__always)
    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of a month; nil when the month does not exist.
    public static func firstOf(month: Int, year: Int) -> CalendarDay? {
        CalendarDay(year: year, month: month, day: 1)
    }

    /// The last day of a month; nil when the month does not exist.
    public static func lastOf(month: Int, year: Int) -> CalendarDay? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Number of days in a month of a year (leap years by the Gregorian rule).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(CalendarDay.padded(year, 4))-\(CalendarDay.padded(month, 2))-\(CalendarDay.padded(day, 2))"
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
