import Foundation
import Testing
@testable import SRBKit

/// `srb monthly --by-order` (SPEC "The numbers", birth order; "The monthly
/// view": shared options apply): each unit's four windows, change and Fisher p,
/// split into orders 1, 2, 3+ and unknown. Numbers worked by hand.
struct MonthlyByOrderTests {
    /// Month M = 2024-03: month 2024-03, year to date 2024-01..03, last 12
    /// months 2023-04..2024-03, previous 12 months 2022-04..2023-03.
    static let register = """
        ward,birth_date,sex,birth_order
        A,2024-03-05,m,1
        A,2024-03-06,f,1
        A,2024-03-07,m,3
        A,2024-02-01,m,2
        A,2023-06-01,f,3
        A,2023-06-02,m,4
        A,2023-01-10,m,1
        A,2023-01-11,f,2
        A,2022-05-01,f,
        A,2024-01-15,f,
        B,2024-03-10,f,2
        A,2022-06-01,f,3
        A,2022-07-01,f,5

        """

    static func monthly(splitsByBirthOrder: Bool = true) throws -> MonthlyReport {
        let scan = try RegisterReader(settings: ReadSettings(latestDate: CalendarDay(year: 2026, month: 1, day: 1)!))
            .read([.memory(name: "orders.csv", bytes: Array(register.utf8))])
        return try MonthlyReport(scan: scan, settings: ReportSettings(splitsByBirthOrder: splitsByBirthOrder),
                                 month: CalendarMonth(year: 2024, month: 3))
    }

    /// (boys, girls) of each window, in `MonthWindow.monthlyWindows` order.
    private func counts(_ windows: [MonthlyReport.WindowResult]) -> [[Int]] {
        windows.map { [$0.estimate.boys, $0.estimate.girls] }
    }

    @Test func eachOrderHasItsFourWindowsCountedByHand() throws {
        let view = try Self.monthly()
        let a = try #require(view.units.first { $0.unit.name == "A" })
        #expect(counts(a.windows) == [[2, 1], [3, 2], [4, 3], [1, 4]])
        let orders = try #require(a.byOrder)
        #expect(orders.map(\.order) == [.first, .second, .thirdOrLater, .unknown])
        #expect(orders.map { counts($0.windows) } == [
            [[1, 1], [1, 1], [1, 1], [1, 0]],  // 1: March's boy and girl; January 2023's boy
            [[0, 0], [1, 0], [1, 0], [0, 1]],  // 2: February's boy; January 2023's girl
            [[1, 0], [1, 0], [2, 1], [0, 2]],  // 3+ (orders 3, 4, 5): March's boy, June 2023's pair; mid-2022's girls
            [[0, 0], [0, 1], [0, 1], [0, 1]],  // no order: January 2024's girl; May 2022's girl
        ])
        #expect(orders.allSatisfy { $0.windows.map(\.period) == a.windows.map(\.period) })
        #expect(orders[1].windows[0].status == .noBirths && orders[1].windows[1].status == .over)  // 1 boy, 0 girls
    }

    @Test func eachOrderHasItsOwnChangeAndFisherP() throws {
        let view = try Self.monthly()
        let a = try #require(view.units.first { $0.unit.name == "A" })
        // A: 400/3 − 100/4; Fisher on (4, 3) × (1, 4): hypergeometric weights 1, 35, 210, 350, 175, 21 of 792;
        // observed 175 → (1 + 35 + 175 + 21) / 792.
        #expect(abs((a.change12Months ?? .nan) - (400.0 / 3 - 25)) < 1e-12)
        #expect(abs((a.changePValue ?? .nan) - 232.0 / 792) < 1e-12)
        let orders = try #require(a.byOrder)
        // 3+: 200 − 0; (2, 1) × (0, 2): weights 1, 6, 3 of 10, observed 3 → (1 + 3) / 10.
        #expect(orders[2].change12Months == 200 && abs((orders[2].changePValue ?? .nan) - 0.4) < 1e-12)
        // 1: the previous 12 months have no girl (no SRB): no change; (1, 1) × (1, 0) → p 1.
        #expect(orders[0].change12Months == nil && abs((orders[0].changePValue ?? .nan) - 1) < 1e-12)
        // unknown: 0 − 0.
        #expect(orders[3].change12Months == 0)
        let b = try #require(view.units.first { $0.unit.name == "B" })
        // B's second child, March 2024, and nothing before: no p.
        #expect(b.byOrder?[1].windows[2].estimate.girls == 1 && b.byOrder?[1].changePValue == nil)
    }

    @Test func theTotalIsSplitTooAndOrdersAddUpToTheUnit() throws {
        let view = try Self.monthly()
        let total = try #require(view.total.byOrder)
        // Order 2 of the total: A's February boy and B's March girl; A's January 2023 girl before.
        #expect(counts(total[1].windows) == [[0, 1], [1, 1], [1, 1], [0, 1]])
        // (4, 4) × (1, 4): weights 1, 40, 280, 560, 350, 56 of 1287, observed 350 → 727 / 1287.
        #expect(abs((view.total.changePValue ?? .nan) - 727.0 / 1287) < 1e-12)
        for unit in view.units + [view.total] {
            let parts = try #require(unit.byOrder)
            for index in 0..<4 {
                #expect(parts.reduce(0) { $0 + $1.windows[index].estimate.boys } == unit.windows[index].estimate.boys)
                #expect(parts.reduce(0) { $0 + $1.windows[index].estimate.girls } == unit.windows[index].estimate.girls)
            }
        }
    }

    @Test func withoutTheOptionThereIsNoSplitAndTheNumbersAreTheSame() throws {
        let split = try Self.monthly(), plain = try Self.monthly(splitsByBirthOrder: false)
        #expect(plain.units.allSatisfy { $0.byOrder == nil } && plain.total.byOrder == nil)
        #expect(plain.units.map(\.windows) == split.units.map(\.windows))
        #expect(plain.total.changePValue == split.total.changePValue)
    }
}
