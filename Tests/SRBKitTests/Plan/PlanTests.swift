import Foundation
import Testing
@testable import SRBKit

/// Groups the tests of `srb plan` in SRBKit (time frames, reading, states,
/// rendering, the shipped plan), so that `swift test --filter PlanTests` selects them.
@Suite struct PlanTests {}

/// Helpers the plan tests share.
enum PlanTestSupport {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }

    static func window(_ from: (Int, Int, Int), _ to: (Int, Int, Int)) -> Period {
        Period(from: day(from.0, from.1, from.2), to: day(to.0, to.1, to.2))!
    }

    /// Reads plan text as if from a file named `plan.csv`.
    static func read(_ text: String, reader: PlanReader = PlanReader()) throws(SRBError) -> Plan {
        try reader.parse(Array(text.utf8), file: "plan.csv")
    }

    /// An activity with only what a state depends on.
    static func activity(_ timeFrame: String, _ status: Activity.Status = .notStarted, doneOn: CalendarDay? = nil,
                         number: String = "1") -> Activity {
        Activity(section: nil, number: number, content: "activity \(number)", timeFrameText: timeFrame,
                 status: status, doneOn: doneOn)
    }

    /// `data/plans/long-bien-2024.csv`, found from this file's path.
    static let shippedPlan = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/plans/long-bien-2024.csv").path
}

extension PlanTests {
    /// Plan model, results and renderer cross threads freely (STYLE: public values say `Sendable`).
    @Test func publicPlanTypesAreSendable() {
        func requireSendable<T: Sendable>(_: T.Type) {}
        requireSendable(Activity.self)
        requireSendable(TimeFrame.self)
        requireSendable(Plan.self)
        requireSendable(PlanWarning.self)
        requireSendable(SRBError.self)
        requireSendable(PlanReader.self)
        requireSendable(PlanProgress.self)
        requireSendable(ActivityResult.self)
        requireSendable(ActivityState.self)
        requireSendable(PlanRenderer.self)
    }
}
