/// A plan's activities judged as of a date: what `srb plan` shows and
/// `srb progress --plan` embeds.
public struct PlanProgress: Sendable, Hashable {
    public let asOf: CalendarDay
    /// The year recurring activities run over: the latest year named by a dated
    /// time frame, else the as-of date's year.
    public let planYear: Int
    /// In file order.
    public let activities: [ActivityResult]
    /// Activities in each state; every state present (zero when none).
    public let summary: [ActivityState: Int]
    /// Activities whose window has opened by the as-of date (first day ≤ as-of).
    public let openedCount: Int
    /// Of those, the ones that are `done`.
    public let doneOfOpenedCount: Int

    public init(plan: Plan, asOf day: CalendarDay) {
        self.init(activities: plan.activities, asOf: day)
    }

    public init(activities: [Activity], asOf day: CalendarDay) {
        let planYear = activities.compactMap { $0.timeFrame.window?.to.year }.max() ?? day.year
        let results = activities.map { ActivityResult($0, asOf: day, planYear: planYear) }
        var summary: [ActivityState: Int] = [:]
        for state in ActivityState.allCases { summary[state] = 0 }
        for result in results { summary[result.state, default: 0] += 1 }
        let opened = results.filter { $0.hasOpened(asOf: day) }
        self.asOf = day
        self.planYear = planYear
        self.activities = results
        self.summary = summary
        self.openedCount = opened.count
        self.doneOfOpenedCount = opened.filter { $0.state == .done }.count
    }

    /// Activities in `state`.
    public func count(_ state: ActivityState) -> Int { summary[state, default: 0] }

    /// Of the activities whose window has opened by the as-of date, the share
    /// (0–1) that are `done`; nil when none has opened.
    public var shareDoneOfDue: Double? {
        openedCount == 0 ? nil : Double(doneOfOpenedCount) / Double(openedCount)
    }
}
