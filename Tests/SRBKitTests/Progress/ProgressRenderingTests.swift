import Foundation
import Testing
@testable import SRBKit

extension ProgressTests {
    /// `ProgressRenderer` (SPEC "Output"): long csv/tsv/markdown with SPEC's columns,
    /// `srb.progress/1` keys in order, a table readable at 80 columns.
    @Suite struct ProgressRenderingTests {
        typealias Ward = AnalysisScanBuilder.Ward
        typealias Births = AnalysisScanBuilder.Births

        static let columns = ["level", "code", "name", "year", "births", "boys", "girls", "srb", "ci_low", "ci_high",
                              "change", "path", "verdict"]

        /// Two wards over 2021–2023: Bồ Đề 115 → 114.8 (at the path) → none (no births);
        /// Cự Khối none → 109 (at the threshold) → 3 boys, no girls.
        private func sample(settings: ReportSettings = ReportSettings()) throws -> ProgressReport {
            var split = OrderedTally()
            split[.first] = Tally(boys: 648, girls: 600)
            split[.thirdOrLater] = Tally(boys: 500, girls: 400)
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Cự Khối"), Ward(name: "Bồ Đề")], births: [
                Births(ward: 1, year: 2021, month: 4, boys: 1150, girls: 1000),
                Births(ward: 1, year: 2022, month: 4, tally: split, rows: 2148),
                Births(ward: 0, year: 2022, month: 9, boys: 1090, girls: 1000),
                Births(ward: 0, year: 2023, month: 9, boys: 3, girls: 0),
            ])
            return try ProgressReport(scan: scan, settings: settings, targets: Targets())
        }

        private func render(_ progress: ProgressReport, _ format: OutputFormat, language: Language = .en) -> String {
            ProgressRenderer(options: RenderOptions(language: language)).render(progress, as: format)
        }

        // MARK: csv, tsv

        @Test func csvIsLongWithSpecColumnsExactly() throws {
            let records = RenderingTestSupport.parseDelimited(render(try sample(), .csv))
            #expect(records.first == Self.columns)
            // 2 wards × 3 years, then the total's 3 years.
            #expect(records.count == 1 + 6 + 3)
            #expect(records.dropFirst().map { "\($0[0]) \($0[2]) \($0[3])" } == [
                "ward Bồ Đề 2021", "ward Bồ Đề 2022", "ward Bồ Đề 2023",
                "ward Cự Khối 2021", "ward Cự Khối 2022", "ward Cự Khối 2023",
                "total Total 2021", "total Total 2022", "total Total 2023",
            ])
            #expect(records.dropFirst().allSatisfy { $0.count == 13 })
        }

        @Test func csvCellsHoldTheYearNumbers() throws {
            let records = RenderingTestSupport.parseDelimited(render(try sample(), .csv))
            let boDe2022 = records[2]
            #expect(boDe2022[1] == "")
            #expect(boDe2022[4...7] == ["2148", "1148", "1000", "114.8"])
            // change 114.8 − 115; path 115 − 0.2.
            #expect(Double(boDe2022[10]).map { abs($0 - -0.2) < 1e-9 } == true)
            #expect(boDe2022[11] == "114.8")
            #expect(boDe2022[12] == "on_path")
            let boDe2023 = records[3]
            #expect(boDe2023[4...12] == ["0", "0", "0", "", "", "", "", "114.6", "no_births"])
            let khoi = records[4...6].map { $0[12] }
            #expect(khoi == ["no_births", "meets", "off_path"])
            #expect(records[4...6].map { $0[11] } == ["", "", ""])
            #expect(records[6][7] == "" && records[6][9] == "" && !records[6][8].isEmpty)
        }

        @Test func tsvUsesTabs() throws {
            let lines = render(try sample(), .tsv).split(separator: "\n")
            #expect(lines[0] == Self.columns.joined(separator: "\t")[...])
        }

        @Test func csvByOrderAddsOrderLastAfterEachUnitYear() throws {
            let records = RenderingTestSupport.parseDelimited(render(try sample(settings: ReportSettings(splitsByBirthOrder: true)), .csv))
            #expect(records.first == Self.columns + ["order"])
            #expect(records.count == 1 + 9 * 5)
            #expect(records[1...5].map { "\($0[3]) \($0[13])" } == ["2021 ", "2021 1", "2021 2", "2021 3+", "2021 unknown"])
            // Bồ Đề 2022, third and later: 500 boys, 400 girls.
            let third = try #require(records.first { $0[2] == "Bồ Đề" && $0[3] == "2022" && $0[13] == "3+" })
            #expect(third[4...6] == ["900", "500", "400"])
            #expect(Double(third[7]) == 125)
            #expect(records.dropFirst().allSatisfy { $0.count == 14 })
        }

        @Test func verdictWordsAreNotTranslated() throws {
            let csv = render(try sample(), .csv, language: .vi)
            #expect(csv.contains(",on_path") && csv.contains(",no_births"))
            let json = render(try sample(), .json, language: .vi)
            #expect(json.contains("\"verdict\": \"off_path\""))
        }

        // MARK: json

        @Test func jsonKeysAreSpecKeysInOrder() throws {
            let keys = RenderingTestSupport.objectKeysInOrder(render(try sample(), .json))
            #expect(keys[0] == ["schema", "period", "threshold", "confidence", "ci_method", "units", "total", "input",
                                "baseline_year", "annual_reduction", "target_year"])
            let unitKeys = ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low", "ci_high",
                            "status", "years", "trend_per_year", "projected_target_year_srb",
                            "trend_per_year_weighted", "projected_target_year_srb_weighted",
                            "projected_target_year_srb_low", "projected_target_year_srb_high", "trend_test"]
            #expect(keys[2] == unitKeys)
            #expect(keys[3] == ["year", "births", "boys", "girls", "srb", "ci_low", "ci_high", "change", "path", "verdict"])
        }

        @Test func jsonValuesAreTheNumbers() throws {
            let json = try RenderingTestSupport.jsonObject(render(try sample(), .json))
            #expect(json["schema"] as? String == "srb.progress/1")
            #expect(json["period"] as? [String: String] == ["from": "2021-01-01", "to": "2023-12-31"])
            #expect(json["baseline_year"] as? Int == 2021)
            #expect(json["annual_reduction"] as? Double == 0.2)
            #expect(json["target_year"] as? Int == 2030)
            let units = try #require(json["units"] as? [[String: Any]])
            #expect(units.map { $0["name"] as? String } == ["Bồ Đề", "Cự Khối"])
            // Bồ Đề over the span: 2298 boys, 2000 girls.
            #expect(units[0]["boys"] as? Int == 2298)
            let years = try #require(units[0]["years"] as? [[String: Any]])
            #expect(years.map { $0["verdict"] as? String } == ["on_path", "on_path", "no_births"])
            #expect(years[0]["change"] is NSNull)
            #expect(years[1]["path"] as? Double == 114.8)
            // Two years with an SRB: the line through (2021, 115) and (2022, 114.8): −0.2 a year.
            let slope = try #require(units[0]["trend_per_year"] as? Double)
            #expect(abs(slope - -0.2) < 1e-9)
            let projected = try #require(units[0]["projected_target_year_srb"] as? Double)
            #expect(abs(projected - (115 - 0.2 * 9)) < 1e-9)
            // Cự Khối: one SRB only, no trend.
            #expect(units[1]["trend_per_year"] is NSNull)
            let total = try #require(json["total"] as? [String: Any])
            #expect(total["level"] as? String == "total")
            #expect((total["years"] as? [Any])?.count == 3)
        }

        @Test func jsonByOrderSitsInsideEachYear() throws {
            let text = render(try sample(settings: ReportSettings(splitsByBirthOrder: true)), .json)
            let keys = RenderingTestSupport.objectKeysInOrder(text)
            #expect(keys.contains(["year", "births", "boys", "girls", "srb", "ci_low", "ci_high", "change", "path",
                                   "verdict", "by_order"]))
            #expect(keys.contains(["order", "births", "boys", "girls", "srb", "ci_low", "ci_high", "change", "path",
                                   "verdict"]))
            let json = try RenderingTestSupport.jsonObject(text)
            let boDe = try #require((json["units"] as? [[String: Any]])?.first)
            let years = try #require(boDe["years"] as? [[String: Any]])
            let orders = try #require(years[1]["by_order"] as? [[String: Any]])
            #expect(orders.map { $0["order"] as? String } == ["1", "2", "3+", "unknown"])
            #expect(orders.map { $0["births"] as? Int } == [1248, 0, 900, 0])
            #expect(boDe["by_order"] is [Any])
            #expect(boDe["trend_by_order"] is [Any])
        }

        // MARK: table, markdown, html

        @Test func tableHasYearsAcrossWithMarksAndALegendInWords() throws {
            let table = render(try sample(), .table)
            let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let header = try #require(lines.first { $0.hasPrefix("Ward") })
            #expect(header.contains("2021") && header.contains("2022") && header.contains("2023"))
            let boDe = try #require(lines.first { $0.hasPrefix("Bồ Đề") })
            #expect(boDe.contains("115.0 ↘") && boDe.contains("114.8 ↘") && boDe.contains("– ·"))
            let khoi = try #require(lines.first { $0.hasPrefix("Cự Khối") })
            #expect(khoi.contains("109.0 ✓") && khoi.contains("– ✗"))
            #expect(table.contains("✓ meets") && table.contains("↘ on path") && table.contains("✗ off path")
                    && table.contains("· no births"))
        }

        @Test func tableWrapsManyYearsToEightyColumns() throws {
            let births = (2011...2024).map { Births(ward: 0, year: $0, month: 1, boys: 1000 + $0 - 2000, girls: 1000) }
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Thượng Thanh")], births: births)
            let progress = try ProgressReport(scan: scan, settings: ReportSettings(splitsByBirthOrder: true),
                                              targets: Targets())
            for language in Language.allCases {
                let table = render(progress, .table, language: language)
                let widest = table.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
                #expect(widest <= 80, "\(language)")
                for year in 2011...2024 { #expect(table.contains(String(year))) }
                // The unit column repeats in each block.
                #expect(table.components(separatedBy: "Thượng Thanh").count - 1 >= 2)
            }
        }

        @Test func tableByOrderShowsThirdAndLaterUnderEachUnit() throws {
            let table = render(try sample(settings: ReportSettings(splitsByBirthOrder: true)), .table)
            let lines = table.split(separator: "\n").map(String.init)
            let index = try #require(lines.firstIndex { $0.hasPrefix("Bồ Đề") })
            #expect(lines[index + 1].hasPrefix("  ↳ 3+"))
            // 500 boys, 400 girls in 2022: 125.0.
            #expect(lines[index + 1].contains("125.0"))
        }

        @Test func vietnameseTableTranslatesLabelsAndVerdicts() throws {
            let table = render(try sample(), .table, language: .vi)
            #expect(table.contains("Phường/xã"))
            #expect(table.contains("✓ đạt") && table.contains("↘ đúng lộ trình") && table.contains("✗ chệch lộ trình"))
        }

        /// SPEC "Output": progress markdown is long with the csv's columns, spelled
        /// exactly, and the verdict words, whatever the language.
        @Test func markdownIsLongWithSpecColumnsAndVerdictWordsInEveryLanguage() throws {
            let markdown = render(try sample(), .markdown)
            let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.map(String.init)
            #expect(rows.first == "| level | code | name | year | births | boys | girls | srb | ci_low | ci_high | change | path | verdict |")
            #expect(rows.count == 1 + 9 + 1 + 3)  // long table (header, 9 rows), trend table (header, 3 rows)
            // 1148/1000 = 114.8; change 114.8 − 115; path 115 − 0.2: on the path.
            let boDe2022 = try #require(rows.first { $0.hasPrefix("| ward |  | Bồ Đề | 2022 |") })
            #expect(boDe2022.hasPrefix("| ward |  | Bồ Đề | 2022 | 2148 | 1148 | 1000 | 114.8 | "))
            #expect(boDe2022.hasSuffix(" | -0.2 | 114.8 | on_path |"))
            #expect(rows.contains("| ward |  | Bồ Đề | 2023 | 0 | 0 | 0 | – | – | – | – | 114.6 | no_births |"))
            // 1090/1000 is exactly 109: meets; no SRB in 2021, so no path in any year.
            #expect(rows.contains { $0.hasPrefix("| ward |  | Cự Khối | 2022 | 2090 | 1090 | 1000 | 109.0 | ") && $0.hasSuffix(" | – | – | meets |") })
            // 3 boys of 3: the exact lower bound p = 0.025^(1/3) ≈ 0.2924, SRB 41.3; no upper bound.
            #expect(rows.contains("| ward |  | Cự Khối | 2023 | 3 | 3 | 0 | – | 41.3 | – | – | – | off_path |"))
            #expect(rows.contains { $0.hasPrefix("| total |  | Total | 2021 | 2150 | 1150 | 1000 | 115.0 | ") })
            for decorated in ["✓", "↘", "✗", "·", "on path", "off path", "Ward", "95%"] {
                #expect(!rows.prefix(10).contains { $0.contains(decorated) }, "\(decorated)")
            }

            let vietnamese = render(try sample(), .markdown, language: .vi)
            let vietnameseRows = vietnamese.split(separator: "\n").filter { $0.hasPrefix("| ") }.map(String.init)
            #expect(Array(vietnameseRows.prefix(10)) == Array(rows.prefix(10)))  // the long table, byte for byte
            #expect(vietnamese.hasPrefix("**Tỷ số giới tính khi sinh theo năm"))
            #expect(vietnamese.contains("| Tên | Xu hướng/năm |"))  // the trend table stays translated
        }

        @Test func markdownSplitByOrderAddsTheOrderColumnWithItsWords() throws {
            let markdown = render(try sample(settings: ReportSettings(splitsByBirthOrder: true)), .markdown, language: .vi)
            let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.map(String.init)
            #expect(rows.first == "| level | code | name | year | births | boys | girls | srb | ci_low | ci_high | change | path | verdict | order |")
            // Bồ Đề 2022, third or later: 500/400 = 125, above 109; its own 2021 has no births, so no path.
            #expect(rows.contains { $0.hasPrefix("| ward |  | Bồ Đề | 2022 | 900 | 500 | 400 | 125.0 | ") && $0.hasSuffix(" | off_path | 3+ |") })
            #expect(rows.contains { $0.hasPrefix("| ward |  | Bồ Đề | 2022 | 2148 |") && $0.hasSuffix(" | on_path |  |") })
        }

        @Test func htmlIsSelfContainedAndEscapesData() throws {
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "<b>Bồ Đề</b>")],
                                                births: [Births(ward: 0, year: 2023, month: 1, boys: 2, girls: 1),
                                                         Births(ward: 0, year: 2024, month: 1, boys: 3, girls: 1)])
            let html = render(try ProgressReport(scan: scan, settings: ReportSettings(), targets: Targets()), .html)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("&lt;b&gt;Bồ Đề&lt;/b&gt;"))
            #expect(!html.contains("<b>Bồ"))
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
            // 300 in 2024, above 109 and the path 200 − 0.2.
            #expect(html.contains("class=\"off_path\""))
        }
    }
}
