import Testing
@testable import SRBKit

extension PlanTests {
    /// SPEC "Plan activities": one state per activity as of a date, the first that
    /// applies: done, overdue, in_progress, unscheduled, due, upcoming.
    @Suite struct PlanProgressTests {
        typealias Day = (Int, Int, Int)
        private static let march = PlanTestSupport.window((2024, 3, 1), (2024, 3, 31))

        private func state(_ status: Activity.Status, doneOn: Day? = nil, window: Period? = march,
                           asOf: Day) -> ActivityState {
            ActivityState(status: status, doneOn: doneOn.map { PlanTestSupport.day($0.0, $0.1, $0.2) },
                          window: window, asOf: PlanTestSupport.day(asOf.0, asOf.1, asOf.2))
        }

        @Test(arguments: [
            ((2024, 2, 29), ActivityState.upcoming),  // the day before the first
            ((2024, 3, 1), .due),                     // first day
            ((2024, 3, 15), .due),
            ((2024, 3, 31), .due),                    // last day
            ((2024, 4, 1), .overdue),                 // the day after the last
            ((2025, 1, 1), .overdue),
        ] as [(Day, ActivityState)])
        func notStartedAcrossItsWindow(asOf: Day, expected: ActivityState) {
            #expect(state(.notStarted, asOf: asOf) == expected)
        }

        @Test(arguments: [
            ((2024, 2, 29), ActivityState.inProgress),
            ((2024, 3, 1), .inProgress),
            ((2024, 3, 31), .inProgress),
            ((2024, 4, 1), .overdue),  // overdue comes before in_progress
        ] as [(Day, ActivityState)])
        func inProgressAcrossItsWindow(asOf: Day, expected: ActivityState) {
            #expect(state(.inProgress, asOf: asOf) == expected)
        }

        @Test(arguments: [(2024, 2, 1), (2024, 3, 1), (2024, 3, 31), (2024, 4, 1), (2026, 1, 1)] as [Day])
        func doneWithoutADateIsDoneWhenever(asOf: Day) {
            #expect(state(.done, asOf: asOf) == .done)
        }

        @Test(arguments: [
            ((2024, 3, 19), ActivityState.due),      // done later than the date: not done then
            ((2024, 3, 20), .done),                  // done on the date
            ((2024, 4, 15), .done),
            ((2024, 2, 1), .upcoming),
        ] as [(Day, ActivityState)])
        func doneOnTheTwentiethOfMarch(asOf: Day, expected: ActivityState) {
            #expect(state(.done, doneOn: (2024, 3, 20), asOf: asOf) == expected)
        }

        @Test func doneAfterTheWindowIsOverdueUntilThen() {
            #expect(state(.done, doneOn: (2024, 4, 10), asOf: (2024, 4, 5)) == .overdue)
            #expect(state(.done, doneOn: (2024, 4, 10), asOf: (2024, 4, 10)) == .done)
        }

        @Test(arguments: [
            (Activity.Status.notStarted, nil, ActivityState.unscheduled),
            (.inProgress, nil, .inProgress),
            (.done, nil, .done),
            (.done, (2024, 6, 1), .done),
            (.done, (2024, 6, 2), .unscheduled),
        ] as [(Activity.Status, Day?, ActivityState)])
        func withoutAWindow(status: Activity.Status, doneOn: Day?, expected: ActivityState) {
            #expect(state(status, doneOn: doneOn, window: nil, asOf: (2024, 6, 1)) == expected)
        }

        @Test func recurringActivitiesRunOverTheLatestYearOfADatedTimeFrame() {
            let activities = [PlanTestSupport.activity("Năm 2023", number: "1"),
                              PlanTestSupport.activity("Tháng 11/2024 - 2/2025", number: "2"),
                              PlanTestSupport.activity("Hàng tháng", number: "3"),
                              PlanTestSupport.activity("Hàng quý", .inProgress, number: "4")]
            let progress = PlanProgress(activities: activities, asOf: PlanTestSupport.day(2024, 6, 15))
            #expect(progress.planYear == 2025)
            #expect(progress.activities[2].window == Period.year(2025))
            #expect(progress.activities[2].state == .upcoming)
            #expect(progress.activities[2].periodsDue == ActivityResult.PeriodsDue(due: 0, of: 12))
            #expect(progress.activities[3].state == .inProgress)
            #expect(progress.activities[3].periodsDue == ActivityResult.PeriodsDue(due: 0, of: 4))
            #expect(progress.activities[0].periodsDue == nil)
            #expect(progress.activities[0].state == .overdue)
        }

        @Test func withoutADatedTimeFrameThePlanYearIsTheAsOfYear() {
            let activities = [PlanTestSupport.activity("Hàng tháng", .inProgress, number: "1"),
                              PlanTestSupport.activity("Hàng quý", number: "2"),
                              PlanTestSupport.activity("Hàng năm", number: "3"),
                              PlanTestSupport.activity("Theo kế hoạch", number: "4")]
            let progress = PlanProgress(activities: activities, asOf: PlanTestSupport.day(2024, 6, 15))
            #expect(progress.planYear == 2024)
            #expect(progress.activities.map(\.window) == [Period.year(2024), Period.year(2024), Period.year(2024), nil])
            #expect(progress.activities.map(\.state) == [.inProgress, .due, .due, .unscheduled])
            #expect(progress.activities.map(\.periodsDue) == [ActivityResult.PeriodsDue(due: 6, of: 12),
                                                             ActivityResult.PeriodsDue(due: 2, of: 4),
                                                             ActivityResult.PeriodsDue(due: 1, of: 1), nil])
        }

        @Test func recurringActivityNotDoneIsOverdueAfterThePlanYear() {
            let activities = [PlanTestSupport.activity("Tháng 3/2024", number: "1"),
                              PlanTestSupport.activity("Hàng tháng", .inProgress, number: "2")]
            let onLastDay = PlanProgress(activities: activities, asOf: PlanTestSupport.day(2024, 12, 31))
            #expect(onLastDay.activities[1].state == .inProgress)
            let after = PlanProgress(activities: activities, asOf: PlanTestSupport.day(2025, 1, 1))
            #expect(after.activities[1].state == .overdue)
            #expect(after.activities[1].periodsDue == ActivityResult.PeriodsDue(due: 12, of: 12))
        }

        /// Worked by hand, as of 15 June 2024:
        /// a Tháng 3 done (opened, done); b Tháng 5–8 not started (opened, due);
        /// c Tháng 9 done (done, not opened); d Hàng quý in progress (opened);
        /// e unscheduled done (done, no window); f Tháng 6 done on 20 June
        /// (opened, not yet done: due); g Tháng 4 not started (opened, overdue);
        /// h unscheduled not started; i Tháng 12 not started (upcoming).
        /// Opened: a b d f g = 5, done among them: a = 1, share 1/5.
        @Test func summaryAndShareDoneOfDueByHand() {
            let day = PlanTestSupport.day
            let activities = [
                PlanTestSupport.activity("Tháng 3/2024", .done, number: "a"),
                PlanTestSupport.activity("Tháng 5 - 8/2024", number: "b"),
                PlanTestSupport.activity("Tháng 9/2024", .done, number: "c"),
                PlanTestSupport.activity("Hàng quý", .inProgress, number: "d"),
                PlanTestSupport.activity("Theo kế hoạch", .done, number: "e"),
                PlanTestSupport.activity("Tháng 6/2024", .done, doneOn: day(2024, 6, 20), number: "f"),
                PlanTestSupport.activity("Tháng 4/2024", number: "g"),
                PlanTestSupport.activity("Khi có yêu cầu", number: "h"),
                PlanTestSupport.activity("Tháng 12/2024", number: "i"),
            ]
            let progress = PlanProgress(activities: activities, asOf: day(2024, 6, 15))
            #expect(progress.activities.map(\.state) == [.done, .due, .done, .inProgress, .done, .due, .overdue,
                                                         .unscheduled, .upcoming])
            #expect(progress.summary == [.done: 3, .inProgress: 1, .overdue: 1, .due: 2, .upcoming: 1, .unscheduled: 1])
            #expect(progress.openedCount == 5)
            #expect(progress.doneOfOpenedCount == 1)
            #expect(progress.shareDoneOfDue == 0.2)
        }

        @Test func shareIsNullWhenNoWindowHasOpened() {
            let activities = [PlanTestSupport.activity("Tháng 10/2024", number: "1"),
                              PlanTestSupport.activity("Theo kế hoạch", .done, number: "2")]
            let progress = PlanProgress(activities: activities, asOf: PlanTestSupport.day(2024, 9, 30))
            #expect(progress.shareDoneOfDue == nil)
            #expect(PlanProgress(activities: [], asOf: PlanTestSupport.day(2024, 9, 30)).shareDoneOfDue == nil)
        }

        @Test func emptyPlanCountsZeroInEveryState() {
            let progress = PlanProgress(activities: [], asOf: PlanTestSupport.day(2024, 9, 30))
            #expect(ActivityState.allCases.allSatisfy { progress.count($0) == 0 })
            #expect(progress.planYear == 2024)
        }
    }
}
