/// A closed range of days: both `from` and `to` are included.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let from: CalendarDay
    public let to: CalendarDay

    /// A period; nil when `from` is after `to`.
    public init?(from: CalendarDay, to: CalendarDay) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// 1 January to 31 December of `year`.
    public static func year(_ year: Int) -> Period? {
        guard let first = CalendarDay(year: year, month: 1, day: 1),
              let last = CalendarDay(year: year, month: 12, day: 31) else { return nil }
        return Period(from: first, to: last)
    }

    /// The first to the last day of one month.
    public static func month(_ month: Int, of year: Int) -> Period? {
        guard let first = CalendarDay.firstOf(month: month, year: year),
              let last = CalendarDay.lastOf(month: month, year: year) else { return nil }
        return Period(from: first, to: last)
    }

    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= to }

    /// True when every day of `other` lies inside this period.
    public func covers(_ other: Period) -> Bool { from <= other.from && other.to <= to }

    /// True when the two periods share at least one day.
    public func overlaps(_ other: Period) -> Bool { from <= other.to && other.from <= to }

    /// `FROM..TO` in ISO form.
    public var description: String { "\(from)..\(to)" }
}
