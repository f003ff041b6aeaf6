import Testing
@testable import SRBKit

extension RenderingTests {
    /// A period is labelled the shortest way `--period` accepts it (SPEC `--period`).
    @Suite struct PeriodLabelTests {
        private static func period(_ from: (Int, Int, Int), _ to: (Int, Int, Int)) -> Period {
            AnalysisScanBuilder.period(from, to)
        }

        @Test(arguments: [
            (period((2024, 1, 1), (2024, 12, 31)), "2024"),
            (period((2024, 4, 1), (2024, 6, 30)), "2024-Q2"),
            (period((2024, 1, 1), (2024, 3, 31)), "2024-Q1"),
            (period((2024, 10, 1), (2024, 12, 31)), "2024-Q4"),
            (period((2024, 3, 1), (2024, 3, 31)), "2024-03"),
            (period((2024, 2, 1), (2024, 2, 29)), "2024-02"),
            (period((2023, 2, 1), (2023, 2, 28)), "2023-02"),
            (period((2021, 1, 1), (2024, 12, 31)), "2021..2024"),
            (period((2024, 1, 1), (2024, 6, 30)), "2024-01..2024-06"),
            (period((2023, 11, 1), (2024, 2, 29)), "2023-11..2024-02"),
            (period((2024, 2, 1), (2024, 4, 30)), "2024-02..2024-04"),
            (period((2024, 1, 15), (2024, 2, 14)), "2024-01-15..2024-02-14"),
            (period((2024, 2, 1), (2024, 2, 28)), "2024-02-01..2024-02-28"),
            (period((2024, 3, 15), (2024, 3, 15)), "2024-03-15"),
            (period((2024, 1, 1), (2024, 12, 30)), "2024-01-01..2024-12-30"),
        ])
        func labelIsTheShortestPeriodForm(period: Period, expected: String) {
            #expect(PeriodLabel.text(period) == expected)
        }
    }
}
