import Testing
@testable import SRBKit

extension PlanTests {
    /// The shipped Biểu 1 of plan 128/KH-UBND (`data/plans/long-bien-2024.csv`),
    /// with counts worked out by hand from the file (see data/README.md).
    @Suite struct LongBienPlanTests {
        private func plan() throws -> Plan {
            try PlanReader().read(.file(PlanTestSupport.shippedPlan))
        }

        @Test func thirteenActivitiesUnderFiveHeadingsAsWritten() throws {
            let plan = try plan()
            #expect(plan.activities.count == 13)
            #expect(plan.sectionHeadingCount == 5)
            #expect(plan.warnings.isEmpty)
            #expect(plan.activities.map(\.number) == ["1", "1", "2", "3", "4", "5", "1", "2", "3", "1", "2", "1", "2"])
            #expect(plan.activities.map { $0.sectionNumber ?? "" }
                    == ["I", "II", "II", "II", "II", "II", "II", "II", "II", "III", "III", "IV", "IV"])
            #expect(plan.activities[1].section == "Truyền thông nâng cao nhận thức và thay đổi hành vi đối với công tác kiểm soát mất cân bằng giới tính khi sinh")
            #expect(plan.activities[6].section?.hasPrefix("Can thiệp truyền thông về MCBGTKS") == true)
            // The page-break artifact fixed: "phường" back at the end of the partner cell.
            #expect(plan.activities[8].partners == "BCĐ CT Dân số & Phát triển các phường")
            #expect(plan.activities[9].partners == "")
            #expect(plan.activities[1].timeFrameText == "Hàng tháng và sau khi kết thúc các hoạt động")
            #expect(plan.activities.map(\.timeFrame) == [
                .window(PlanTestSupport.window((2024, 3, 1), (2024, 3, 31))),
                .recurring(.monthly),
                .window(PlanTestSupport.window((2024, 3, 1), (2024, 10, 31))),
                .window(PlanTestSupport.window((2024, 3, 1), (2024, 10, 31))),
                .window(PlanTestSupport.window((2024, 3, 1), (2024, 10, 31))),
                .recurring(.monthly),
                .window(PlanTestSupport.window((2024, 10, 1), (2024, 10, 31))),
                .window(PlanTestSupport.window((2024, 10, 1), (2024, 10, 31))),
                .window(PlanTestSupport.window((2024, 1, 1), (2024, 12, 31))),
                .unscheduled,
                .recurring(.monthly),
                .unscheduled,
                .unscheduled,
            ])
        }

        /// By hand: done I.1 (05/03), II.3 (20/09), III.1 (14/06); in progress
        /// II.1, II.2, II.5, second II.3, III.2, IV.2 (unscheduled but in progress);
        /// due II.4 (Mar–Oct, not started); upcoming the two October activities;
        /// unscheduled IV.1. Opened by 30/09: I.1, II.1–II.5, second II.3, III.2 = 8,
        /// of which done I.1 and II.3: 2/8.
        @Test func asOfTheThirtiethOfSeptember() throws {
            let progress = PlanProgress(plan: try plan(), asOf: PlanTestSupport.day(2024, 9, 30))
            #expect(progress.planYear == 2024)
            #expect(progress.activities.map(\.state) == [.done, .inProgress, .inProgress, .done, .due, .inProgress,
                                                         .upcoming, .upcoming, .inProgress, .done, .inProgress,
                                                         .unscheduled, .inProgress])
            #expect(progress.summary == [.done: 3, .inProgress: 6, .overdue: 0, .due: 1, .upcoming: 2, .unscheduled: 1])
            #expect(progress.openedCount == 8)
            #expect(progress.doneOfOpenedCount == 2)
            #expect(progress.shareDoneOfDue == 0.25)
            #expect(progress.activities[1].periodsDue == ActivityResult.PeriodsDue(due: 9, of: 12))
        }

        /// By hand, at the end of the plan year: the Mar–Oct and October activities
        /// not done are overdue; the Jan–Dec and monthly ones still in progress.
        /// Opened: every dated or recurring activity (10), done among them 2.
        @Test func asOfTheEndOfTheYear() throws {
            let progress = PlanProgress(plan: try plan(), asOf: PlanTestSupport.day(2024, 12, 31))
            #expect(progress.summary == [.done: 3, .inProgress: 5, .overdue: 4, .due: 0, .upcoming: 0, .unscheduled: 1])
            #expect(progress.openedCount == 10)
            #expect(progress.shareDoneOfDue == 0.2)
        }

        @Test(arguments: [Language.en, Language.vi])
        func tableFitsAnEightyColumnTerminal(language: Language) throws {
            let progress = PlanProgress(plan: try plan(), asOf: CalendarDay(year: 2024, month: 9, day: 30)!)
            let output = PlanRenderer(options: RenderOptions(language: language, maximumWidth: 80)).render(progress, as: .table)
            // Counted as characters: the shipped text is NFC, with no combining marks.
            let widest = output.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 80)
            // Every activity's state is still shown, and no line is left empty inside the table.
            #expect(output.components(separatedBy: language == .en ? "in progress" : "Đang thực hiện").count - 1 >= 6)
            #expect(!output.contains("\n\n\n"))
        }
    }
}
