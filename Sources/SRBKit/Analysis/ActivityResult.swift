/// One activity judged as of a date.
public struct ActivityResult: Sendable, Hashable {
    /// How many periods of a recurring activity have begun, out of how many in the plan year.
    public struct PeriodsDue: Sendable, Hashable {
        public let due: Int
        public let of: Int

        public init(due: Int, of: Int) {
            self.due = due
            self.of = of
        }
    }

    public let activity: Activity
    /// The dated window, or the plan year for a recurring activity; nil when unscheduled.
    public let window: Period?
    public let state: ActivityState
    /// Recurring activities only (monthly as of 15 June: 6 of 12); nil otherwise.
    public let periodsDue: PeriodsDue?

    /// Judges `activity` as of `day`; a recurring activity runs over `planYear`.
    public init(_ activity: Activity, asOf day: CalendarDay, planYear: Int) {
        self.activity = activity
        switch activity.timeFrame {
        case .window(let period):
            window = period
            periodsDue = nil
        case .recurring(let recurrence):
            window = Period.year(planYear)
            periodsDue = PeriodsDue(due: recurrence.periodsBegun(in: planYear, asOf: day), of: recurrence.periodsPerYear)
        case .unscheduled:
            window = nil
            periodsDue = nil
        }
        state = ActivityState(status: activity.status, doneOn: activity.doneOn, window: window, asOf: day)
    }

    /// True when the window has opened by the as-of date (its first day is not after it).
    public func hasOpened(asOf day: CalendarDay) -> Bool {
        window.map { $0.from <= day } ?? false
    }
}
