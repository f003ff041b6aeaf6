/// A calendar month, counted as one number so that months add and subtract.
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month `offset` months later (earlier when negative); nil outside years 1–9999.
    public func adding(months offset: Int) -> CalendarMonth? {
        let target = index + offset
        return CalendarMonth(year: target.floorDivided(by: 12), month: target.floorModulo(12) + 1)
    }

    /// Months since January of year 0: months subtract as numbers.
    var index: Int { year * 12 + (month - 1) }

    /// The first to the last day of the month.
    public var period: Period { Period.month(month, of: year)! }

    /// `2024-03`.
    public var description: String {
        "\(CalendarDay.padded(year, 4))-\(CalendarDay.padded(month, 2))"
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// A span of whole months ending at a month `M`: what `srb monthly` shows for M,
/// and what `srb check --window` checks. Its `name` is the JSON/CSV word.
public enum MonthWindow: Sendable, Hashable, CustomStringConvertible {
    /// M alone.
    case month
    /// January of M's year to M.
    case yearToDate
    /// M − (n − 1) to M: `last_12_months` for n = 12.
    case lastMonths(Int)
    /// M − 23 to M − 12: the 12 months before the last 12.
    case previous12Months

    /// The four windows of `srb monthly`, in SPEC's order.
    public static let monthlyWindows: [MonthWindow] = [.month, .yearToDate, .lastMonths(12), .previous12Months]

    /// The longest `last_N_months` a check takes: twenty years.
    public static let longestSpan = 240

    /// `month`, `year_to_date`, `last_12_months` (any `last_N_months`), `previous_12_months`.
    public init?(name: String) {
        switch name {
        case "month": self = .month
        case "year_to_date": self = .yearToDate
        case "previous_12_months": self = .previous12Months
        default:
            guard name.hasPrefix("last_"), name.hasSuffix("_months") else { return nil }
            let digits = name.dropFirst("last_".count).dropLast("_months".count)
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII), digits.first != "0",
                  let span = Int(digits), (1...MonthWindow.longestSpan).contains(span) else { return nil }
            self = .lastMonths(span)
        }
    }

    public var name: String {
        switch self {
        case .month: "month"
        case .yearToDate: "year_to_date"
        case .lastMonths(let span): "last_\(span)_months"
        case .previous12Months: "previous_12_months"
        }
    }

    public var description: String { name }

    /// The first and last month of the window ending at `month`; nil outside years 1–9999.
    public func months(endingAt month: CalendarMonth) -> (first: CalendarMonth, last: CalendarMonth)? {
        switch self {
        case .month:
            return (month, month)
        case .yearToDate:
            return (CalendarMonth(year: month.year, month: 1)!, month)
        case .lastMonths(let span):
            guard let first = month.adding(months: -(span - 1)) else { return nil }
            return (first, month)
        case .previous12Months:
            guard let first = month.adding(months: -23), let last = month.adding(months: -12) else { return nil }
            return (first, last)
        }
    }

    /// The days of the window ending at `month`, from the first day of its first
    /// month to the last day of its last; nil outside years 1–9999.
    public func period(endingAt month: CalendarMonth) -> Period? {
        guard let (first, last) = months(endingAt: month) else { return nil }
        return Period(from: first.period.from, to: last.period.to)
    }
}

extension Int {
    /// Division rounding toward minus infinity.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder of `floorDivided`, in 0..<divisor for a positive divisor.
    fileprivate func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
