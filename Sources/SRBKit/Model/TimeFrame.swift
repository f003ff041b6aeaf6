/// When a plan activity is meant to happen, as read from its time frame cell.
///
/// A dated window runs from the first day of its first month to the last day of
/// its last month, both included. A recurring activity has no window of its own:
/// `PlanProgress` gives it the plan year. Anything the parser does not read is
/// `unscheduled`, never an error.
public enum TimeFrame: Sendable, Hashable {
    /// A window of whole months (`Tháng 3 - 10/2024`, `Quý II/2024`, `Năm 2024`, `2024-03`).
    case window(Period)
    /// Every month, quarter or year (`Hàng tháng`, `quarterly`…).
    case recurring(Recurrence)
    /// No date can be read (`Theo kế hoạch của Chi cục Dân số - KHHGD`).
    case unscheduled

    /// How often a recurring activity falls due.
    public enum Recurrence: String, Sendable, Hashable, CaseIterable {
        case monthly, quarterly, yearly

        /// Periods in a year: 12, 4 or 1.
        public var periodsPerYear: Int {
            switch self {
            case .monthly: 12
            case .quarterly: 4
            case .yearly: 1
            }
        }

        /// How many periods of `year` have begun by `day` (0 before the year, all
        /// of them after it): monthly as of 15 June gives 6, quarterly 2, yearly 1.
        public func periodsBegun(in year: Int, asOf day: CalendarDay) -> Int {
            if day.year < year { return 0 }
            if day.year > year { return periodsPerYear }
            let monthsPerPeriod = 12 / periodsPerYear
            return (day.month - 1) / monthsPerPeriod + 1
        }
    }

    /// The dated window; nil for recurring and unscheduled time frames.
    public var window: Period? {
        if case .window(let period) = self { return period }
        return nil
    }
}
