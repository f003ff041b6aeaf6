import Foundation
import Testing
@testable import SRBKit

extension RenderingTests {
    /// The JSON of `srb report` (SPEC "Output", json). Interval values are from
    /// scipy 1.17.1 (Clopper–Pearson at 95%): lower p = `scipy.stats.beta.ppf(0.025, B, G + 1)`,
    /// upper p = `scipy.stats.beta.ppf(0.975, B + 1, G)`, each mapped by 100·p/(1−p).
    @Suite struct ReportJSONTests {
        private static let unitKeys = ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low",
                                       "ci_high", "status"]

        /// Bồ Đề 1187/1000 (significant), Cự Khối 5/0 (over, no girls), Long Biên 1090/1000 (ok);
        /// 3 rows outside the period while reading, 2 rejected for sex.
        private func report(settings: ReportSettings = ReportSettings()) throws -> Report {
            try AnalysisScanBuilder.report([("Long Biên", 1090, 1000), ("Cự Khối", 5, 0), ("Bồ Đề", 1187, 1000)],
                                           settings: settings, rowsOutsidePeriod: 3, rejected: [.sex: 2])
        }

        private func json(_ report: Report, language: Language = .en, flaggedOnly: FlagRule? = nil) -> String {
            ReportRenderer(options: RenderOptions(language: language), flaggedOnly: flaggedOnly).render(report, as: .json)
        }

        private func close(_ value: Any?, _ expected: Double, tolerance: Double = 1e-8) -> Bool {
            guard let number = value as? Double else { return false }
            return abs(number - expected) <= tolerance
        }

        @Test func keysAreExactlySpecKeysInSpecOrder() throws {
            let keys = RenderingTestSupport.objectKeysInOrder(json(try report()))
            // Objects in document order: the document, period, three units, total, input, rejected_by_reason.
            try #require(keys.count == 8)
            #expect(keys[0] == ["schema", "period", "threshold", "confidence", "ci_method", "units", "total", "input"])
            #expect(keys[1] == ["from", "to"])
            #expect(keys[2] == Self.unitKeys)
            #expect(keys[3] == Self.unitKeys)
            #expect(keys[4] == Self.unitKeys)
            #expect(keys[5] == Self.unitKeys)
            #expect(keys[6] == ["files", "rows_read", "rows_used", "rows_outside_period", "rows_rejected", "rejected_by_reason"])
            #expect(Set(keys[7]) == ["fields", "unit", "date", "sex", "count", "duplicate", "total"])
            #expect(keys[7].count == 7)
        }

        @Test func headerValuesAreTheSettings() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report()))
            #expect(object["schema"] as? String == "srb.report/1")
            let period = try #require(object["period"] as? [String: Any])
            #expect(period["from"] as? String == "2024-01-01")
            #expect(period["to"] as? String == "2024-12-31")
            #expect(object["threshold"] as? Double == 109)
            #expect(object["confidence"] as? Double == 0.95)
            #expect(object["ci_method"] as? String == "exact")
        }

        @Test func wilsonMethodAndOtherSettingsAreWritten() throws {
            let settings = ReportSettings(threshold: 110.5, confidence: 0.9, intervalMethod: .wilson)
            let object = try RenderingTestSupport.jsonObject(json(try report(settings: settings)))
            #expect(object["threshold"] as? Double == 110.5)
            #expect(object["confidence"] as? Double == 0.9)
            #expect(object["ci_method"] as? String == "wilson")
        }

        @Test func unitValuesAreTheNumbers() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report()))
            let units = try #require(object["units"] as? [[String: Any]])
            try #require(units.count == 3)
            #expect(units.map { $0["name"] as? String } == ["Bồ Đề", "Cự Khối", "Long Biên"])

            let boDe = units[0]
            #expect(boDe["code"] is NSNull)
            #expect(boDe["level"] as? String == "ward")
            #expect(boDe["parent"] is NSNull)
            #expect(boDe["births"] as? Int == 2187)
            #expect(boDe["boys"] as? Int == 1187)
            #expect(boDe["girls"] as? Int == 1000)
            #expect(boDe["srb"] as? Double == 118.7)  // 100·1187/1000
            #expect(close(boDe["ci_low"], 109.03005966463623))  // beta.ppf(0.025, 1187, 1001)
            #expect(close(boDe["ci_high"], 129.24771379436982))  // beta.ppf(0.975, 1188, 1000)
            #expect(boDe["status"] as? String == "significant")

            let longBien = units[2]
            #expect(longBien["srb"] as? Double == 109)
            #expect(close(longBien["ci_low"], 99.94328488068342))  // beta.ppf(0.025, 1090, 1001)
            #expect(close(longBien["ci_high"], 118.88714000642109))  // beta.ppf(0.975, 1091, 1000)
            #expect(longBien["status"] as? String == "ok")
        }

        @Test func srbAndUpperBoundAreNullWithoutGirls() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report()))
            let units = try #require(object["units"] as? [[String: Any]])
            let cuKhoi = try #require(units.first { $0["name"] as? String == "Cự Khối" })
            #expect(cuKhoi["srb"] is NSNull)
            #expect(cuKhoi["ci_high"] is NSNull)
            #expect(close(cuKhoi["ci_low"], 91.63558573154597))  // 0.025^(1/5) on the SRB scale
            #expect(cuKhoi["status"] as? String == "over")
            #expect(cuKhoi["births"] as? Int == 5)
        }

        @Test func totalPoolsTheCounts() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report()))
            let total = try #require(object["total"] as? [String: Any])
            #expect(total["name"] as? String == "Total")
            #expect(total["level"] as? String == "total")
            #expect(total["births"] as? Int == 4282)
            #expect(total["boys"] as? Int == 2282)
            #expect(total["girls"] as? Int == 2000)
            #expect(total["srb"] as? Double == 114.1)  // 100·2282/2000
            #expect(close(total["ci_low"], 107.40439135809714))  // beta.ppf(0.025, 2282, 2001)
            #expect(close(total["ci_high"], 121.22033282760584))  // beta.ppf(0.975, 2283, 2000)
            #expect(total["status"] as? String == "over")
        }

        @Test func inputAccountsForEveryRow() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report()))
            let input = try #require(object["input"] as? [String: Any])
            #expect(input["files"] as? [String] == ["so-sinh.csv"])
            #expect(input["rows_read"] as? Int == 4287)
            #expect(input["rows_used"] as? Int == 4282)
            #expect(input["rows_outside_period"] as? Int == 3)
            #expect(input["rows_rejected"] as? Int == 2)
            let reasons = try #require(input["rejected_by_reason"] as? [String: Int])
            #expect(reasons == ["fields": 0, "unit": 0, "date": 0, "sex": 2, "count": 0, "duplicate": 0, "total": 0])
        }

        @Test func noBirthsGivesNullNumbers() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [AnalysisScanBuilder.Ward(name: "Bồ Đề"), AnalysisScanBuilder.Ward(name: "Cự Khối")],
                births: [
                    AnalysisScanBuilder.Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1),
                    AnalysisScanBuilder.Births(ward: 1, year: 2023, month: 1, boys: 1, girls: 1),
                ])
            let object = try RenderingTestSupport.jsonObject(json(try Report(scan: scan, settings: ReportSettings())))
            let units = try #require(object["units"] as? [[String: Any]])
            let empty = try #require(units.first { $0["name"] as? String == "Cự Khối" })
            #expect(empty["births"] as? Int == 0)
            #expect(empty["srb"] is NSNull)
            #expect(empty["ci_low"] is NSNull)
            #expect(empty["ci_high"] is NSNull)
            #expect(empty["status"] as? String == "no_births")
        }

        @Test func byTotalHasEmptyUnits() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report(settings: ReportSettings(level: .total))))
            let units = try #require(object["units"] as? [Any])
            #expect(units.isEmpty)
            let total = try #require(object["total"] as? [String: Any])
            #expect(total["births"] as? Int == 4282)
        }

        @Test func stringsAreEscaped() throws {
            let name = "Say \"hi\" \\ back\u{01}\t\n\u{1F}end"
            let report = try AnalysisScanBuilder.report([(name, 1, 1)])
            let text = json(report)
            let object = try RenderingTestSupport.jsonObject(text)
            let units = try #require(object["units"] as? [[String: Any]])
            #expect(units.first?["name"] as? String == name)
            #expect(text.contains(#""Say \"hi\" \\ back\u0001\t\n\u001Fend""#)
                    || text.contains(#""Say \"hi\" \\ back\u0001\t\n\u001fend""#))
            // No raw control character but the line breaks between members.
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }

        @Test func statusWordsAreNotTranslated() throws {
            let object = try RenderingTestSupport.jsonObject(json(try report(), language: .vi))
            let units = try #require(object["units"] as? [[String: Any]])
            #expect(units.map { $0["status"] as? String } == ["significant", "over", "ok"])
            #expect((object["total"] as? [String: Any])?["name"] as? String == "Total")
        }

        @Test func checkListsOnlyFlaggedUnitsAndKeepsTheTotal() throws {
            let significant = try RenderingTestSupport.jsonObject(json(try report(), flaggedOnly: .significant))
            let significantUnits = try #require(significant["units"] as? [[String: Any]])
            #expect(significantUnits.map { $0["name"] as? String } == ["Bồ Đề"])
            #expect((significant["total"] as? [String: Any])?["births"] as? Int == 4282)

            let over = try RenderingTestSupport.jsonObject(json(try report(), flaggedOnly: .over))
            let overUnits = try #require(over["units"] as? [[String: Any]])
            #expect(overUnits.map { $0["name"] as? String } == ["Bồ Đề", "Cự Khối"])
        }

        @Test func outputIsTheSameOnEveryRun() throws {
            let report = try report()
            #expect(json(report) == json(report))
            #expect(json(report).hasSuffix("}\n"))
        }
    }
}
