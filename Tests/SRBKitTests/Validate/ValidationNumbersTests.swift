import Foundation
import Testing
@testable import SRBKit

private typealias Support = ValidateTestSupport

extension ValidateTests {
    /// `srb validate` carries the report's numbers per unit and for the total
    /// (SPEC "Output", json: every schema has `units` with `births` … `status`
    /// and `total`), and a `period` even when none was asked for.
    @Suite struct ValidationNumbersTests {
        /// One count row per ward, so that the counts are exact.
        static let counts = """
            ward,period,boys,girls
            AtBound,2024-01,1090,1000
            Clear,2024-02,300,200
            Loose,2024-03,60,40
            Handful,2024-04,3,1
            Empty,2024-05,0,0
            NoGirls,2023-06,5,0
            """

        @Test func eachUnitGetsTheReportsNumbersAndStatus() throws {
            var numbers = ReportSettings()
            numbers.minimumBirths = 5
            let validation = try Support.validate([("so-dem.csv", Self.counts)], numbers: numbers)
            let results = validation.units.map(\.result)
            #expect(results.map(\.unit.name) == ["AtBound", "Clear", "Empty", "Handful", "Loose", "NoGirls"])
            #expect(results.map(\.tally.boys) == [1090, 300, 0, 3, 60, 5])
            #expect(results.map(\.tally.girls) == [1000, 200, 0, 1, 40, 0])
            // 100·1090/1000 is exactly 109, not above 109; 100·300/200 = 150, 100·60/40 = 150.
            #expect(results.map(\.estimate.srb) == [109, 150, nil, 300, 150, nil])
            // Clear: p = 0.6 of 500, the exact lower bound near 0.556 (SRB 125) is above 109;
            // Loose: p = 0.6 of 100, the lower bound near 0.497 (SRB 99) is not.
            #expect(results.map(\.status) == [.ok, .significant, .noBirths, .fewBirths, .over, .over])
            #expect(results[2].estimate.ciLow == nil && results[2].estimate.ciHigh == nil)
            // Five boys of five: Clopper–Pearson's lower bound is p = 0.025^(1/5) ≈ 0.4782,
            // SRB 100·p/(1 − p) ≈ 91.6; the upper bound reaches p = 1, so it is null.
            let bound = pow(0.025, 1.0 / 5)
            let low = try #require(results[5].estimate.ciLow)
            #expect(abs(low - 100 * bound / (1 - bound)) < 1e-9 && abs(low - 91.64) < 0.01)
            #expect(results[5].estimate.ciHigh == nil)
        }

        @Test func byTotalTheJSONHasNoUnitsAndTheTotalCarriesTheNumbers() throws {
            // SPEC "The numbers": `--by total`: `units` is empty and `total` carries the numbers.
            let validation = try Support.validate([("so-dem.csv", Self.counts)], level: .total)
            let text = ValidationRenderer(options: RenderOptions()).render(validation, as: .json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let units = try #require(object["units"] as? [Any])
            #expect(units.isEmpty)
            let total = try #require(object["total"] as? [String: Any])
            // 1090 + 300 + 60 + 3 + 0 + 5 boys, 1000 + 200 + 40 + 1 + 0 + 0 girls.
            #expect(total["boys"] as? Int == 1_458 && total["girls"] as? Int == 1_241 && total["births"] as? Int == 2_699)
        }

        @Test func totalAddsEveryRowUsed() throws {
            let validation = try Support.validate([("so-dem.csv", Self.counts)])
            let total = validation.total
            #expect(total.unit == Unit(code: nil, name: "Total", level: .total, parent: nil))
            #expect(total.result.tally.boys == 1090 + 300 + 60 + 3 + 5)
            #expect(total.result.tally.girls == 1000 + 200 + 40 + 1)
            #expect(total.result.estimate.srb == 145_800.0 / 1241.0)
            #expect(total.births == 2699)
            // Months from 2023-06 to 2024-05: the total's are the wards' added up.
            #expect(total.monthlyBirths == [5, 0, 0, 0, 0, 0, 0, 2090, 500, 100, 4, 0])
        }

        @Test func numbersAreThoseOfAReportOfTheSameRows() throws {
            let numbers = ReportSettings(threshold: 105, confidence: 0.9, intervalMethod: .wilson, minimumBirths: 10)
            let scan = try Support.scan([("so-dem.csv", Self.counts)], period: "2024")
            let validation = try Support.validate(scan, period: "2024", numbers: numbers)
            var reportSettings = numbers
            reportSettings.period = Period(parsing: "2024")
            let report = try Report(scan: scan, settings: reportSettings)
            #expect(validation.units.map(\.result) == report.units)
            #expect(validation.total.result == report.total)
            #expect(validation.settings.threshold == 105 && validation.settings.intervalMethod == .wilson)
        }

        @Test func periodIsTheOneAskedForElseTheWholeYearsOfTheRowsUsed() throws {
            let asked = try Support.validate([("so-dem.csv", Self.counts)], period: "2024-Q1")
            #expect(asked.span == Period(parsing: "2024-Q1"))
            // Rows from June 2023 to May 2024: 1 January 2023 to 31 December 2024.
            let whole = try Support.validate([("so-dem.csv", Self.counts)])
            #expect(whole.period == nil)
            #expect(whole.span == Period(parsing: "2023..2024"))
            // A whole-year count row counts its year.
            let yearOnly = try Support.validate([("so-dem.csv", "ward,year,boys,girls\nA,2022,10,9\n")])
            #expect(yearOnly.span == Period(parsing: "2022"))
            let nothing = try Support.validate([("so-sinh.csv", "ward,dob,sex\nBồ Đề,not a date,M\n")])
            #expect(nothing.span == nil)
            #expect(nothing.total.result.status == .noBirths)
        }
    }
}
