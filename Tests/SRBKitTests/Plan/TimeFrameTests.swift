import Testing
@testable import SRBKit

extension PlanTests {
    /// SPEC "Plan activities": the time frame forms, whatever the case and spacing,
    /// read at the start of the text; anything else unscheduled, never an error.
    @Suite struct TimeFrameTests {
        typealias Day = (Int, Int, Int)

        @Test(arguments: [
            // The forms of SPEC, as Biểu 1 writes them.
            ("Tháng 3/2024", (2024, 3, 1), (2024, 3, 31)),
            ("Tháng 3 - 10/2024", (2024, 3, 1), (2024, 10, 31)),
            ("Tháng 3- 10/2024", (2024, 3, 1), (2024, 10, 31)),
            ("Tháng 1- 12/2024", (2024, 1, 1), (2024, 12, 31)),
            ("Tháng 10/2024", (2024, 10, 1), (2024, 10, 31)),
            ("Quý II/2024", (2024, 4, 1), (2024, 6, 30)),
            ("Quý 2/2024", (2024, 4, 1), (2024, 6, 30)),
            ("Quý I/2024", (2024, 1, 1), (2024, 3, 31)),
            ("Quý III/2024", (2024, 7, 1), (2024, 9, 30)),
            ("Quý IV/2024", (2024, 10, 1), (2024, 12, 31)),
            ("Quý 4/2024", (2024, 10, 1), (2024, 12, 31)),
            ("Năm 2024", (2024, 1, 1), (2024, 12, 31)),
            ("2024-03", (2024, 3, 1), (2024, 3, 31)),
            ("2024-03..2024-10", (2024, 3, 1), (2024, 10, 31)),
            // Case, spacing, diacritics, dashes.
            ("THÁNG 3/2024", (2024, 3, 1), (2024, 3, 31)),
            ("  tháng   3  -  10 / 2024  ", (2024, 3, 1), (2024, 10, 31)),
            ("Tháng3/2024", (2024, 3, 1), (2024, 3, 31)),
            ("Tháng 03/2024", (2024, 3, 1), (2024, 3, 31)),
            ("Thang 3-10/2024", (2024, 3, 1), (2024, 10, 31)),
            ("Tháng 3 – 10/2024", (2024, 3, 1), (2024, 10, 31)),
            ("Tháng 3 - tháng 10/2024", (2024, 3, 1), (2024, 10, 31)),
            ("quý ii/2024", (2024, 4, 1), (2024, 6, 30)),
            ("QUÝ  III / 2024", (2024, 7, 1), (2024, 9, 30)),
            ("NĂM   2024", (2024, 1, 1), (2024, 12, 31)),
            ("2024-3", (2024, 3, 1), (2024, 3, 31)),
            ("2024-03 .. 2024-10", (2024, 3, 1), (2024, 10, 31)),
            // Leap February, and a window across years.
            ("Tháng 2/2024", (2024, 2, 1), (2024, 2, 29)),
            ("Tháng 2/2023", (2023, 2, 1), (2023, 2, 28)),
            ("Tháng 11/2024 - 2/2025", (2024, 11, 1), (2025, 2, 28)),
            ("2024-11..2025-02", (2024, 11, 1), (2025, 2, 28)),
            // A time frame that begins with a form is read by it.
            ("Tháng 10/2024 (dự kiến)", (2024, 10, 1), (2024, 10, 31)),
            ("Năm 2024, tùy tình hình", (2024, 1, 1), (2024, 12, 31)),
            ("Quý II/2024 và quý IV/2024", (2024, 4, 1), (2024, 6, 30)),
            ("2024-03 trở đi", (2024, 3, 1), (2024, 3, 31)),
        ] as [(String, Day, Day)])
        func datedFormsGiveWholeMonthWindows(text: String, from: Day, to: Day) {
            #expect(TimeFrame(parsing: text) == .window(PlanTestSupport.window(from, to)), "\(text)")
        }

        @Test(arguments: [
            ("Hàng tháng", TimeFrame.Recurrence.monthly),
            ("Hàng quý", .quarterly),
            ("Hàng năm", .yearly),
            ("monthly", .monthly),
            ("quarterly", .quarterly),
            ("yearly", .yearly),
            ("HÀNG THÁNG", .monthly),
            ("  hàng   quý ", .quarterly),
            ("Hằng năm", .yearly),
            ("Monthly", .monthly),
            ("QUARTERLY", .quarterly),
            ("Hàng tháng và sau khi kết thúc các hoạt động", .monthly),
            ("Hàng quý, báo cáo về Chi cục", .quarterly),
            ("yearly (December)", .yearly),
        ] as [(String, TimeFrame.Recurrence)])
        func recurringForms(text: String, recurrence: TimeFrame.Recurrence) {
            #expect(TimeFrame(parsing: text) == .recurring(recurrence), "\(text)")
        }

        @Test(arguments: [
            "Theo kế hoạch của Chi cục Dân số - KHHGD",
            "Kết hợp kiểm tra các cơ sở y tế ngoài công lập",
            "Theo yêu cầu của Chi cục DS-KHHGD Hà Nội",
            "",
            "   ",
            "Thường xuyên",
            "Hàng tuần",
            "monthlyish",
            "Hàng thángx",
            "Tháng 13/2024",
            "Tháng 0/2024",
            "Tháng 10 - 3/2024",
            "Tháng 3/24",
            "Tháng 3",
            "Tháng 3/20245",
            "Quý V/2024",
            "Quý 5/2024",
            "Quý 0/2024",
            "Năm 24",
            "Năm 2024-2025",
            "Năm 2024abc",
            "2024-13",
            "2024-03-15",
            "2024-10..2024-03",
            "Trong tháng 3/2024",
        ])
        func anythingElseIsUnscheduled(text: String) {
            #expect(TimeFrame(parsing: text) == .unscheduled, "\(text)")
        }

        @Test(arguments: [
            (TimeFrame.Recurrence.monthly, (2024, 6, 15), 6),
            (.quarterly, (2024, 6, 15), 2),
            (.yearly, (2024, 6, 15), 1),
            (.monthly, (2024, 1, 1), 1),
            (.monthly, (2024, 12, 31), 12),
            (.monthly, (2024, 9, 30), 9),
            (.quarterly, (2024, 3, 31), 1),
            (.quarterly, (2024, 4, 1), 2),
            (.quarterly, (2024, 10, 1), 4),
            (.monthly, (2023, 12, 31), 0),
            (.quarterly, (2023, 12, 31), 0),
            (.yearly, (2023, 12, 31), 0),
            (.monthly, (2025, 1, 1), 12),
            (.quarterly, (2025, 1, 1), 4),
            (.yearly, (2025, 1, 1), 1),
        ] as [(TimeFrame.Recurrence, Day, Int)])
        func periodsBegunInThePlanYear(recurrence: TimeFrame.Recurrence, asOf: Day, expected: Int) {
            let day = PlanTestSupport.day(asOf.0, asOf.1, asOf.2)
            #expect(recurrence.periodsBegun(in: 2024, asOf: day) == expected)
        }
    }
}
