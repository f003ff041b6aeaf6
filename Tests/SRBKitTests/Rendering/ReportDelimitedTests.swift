import Testing
@testable import SRBKit

extension RenderingTests {
    /// `report` in csv and tsv (SPEC "Output"): the JSON unit keys as the header, one
    /// row per unit, the total last; text cells guarded against spreadsheet formulas,
    /// numbers written plainly. Everything is read back with a small RFC 4180 parser.
    @Suite struct ReportDelimitedTests {
        private static let header = ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low",
                                     "ci_high", "status"]

        private func render(_ report: Report, _ format: OutputFormat, language: Language = .en) -> String {
            ReportRenderer(options: RenderOptions(language: language)).render(report, as: format)
        }

        @Test func headerIsTheJSONUnitKeysInOrder() throws {
            let records = RenderingTestSupport.parseDelimited(render(try RenderingTestSupport.threeStatusReport(), .csv))
            #expect(records.first == Self.header)
        }

        @Test func oneRowPerUnitThenTheTotal() throws {
            let records = RenderingTestSupport.parseDelimited(render(try RenderingTestSupport.threeStatusReport(), .csv))
            try #require(records.count == 5)
            #expect(records[1...3].map { $0[1] } == ["Bồ Đề", "Cự Khối", "Long Biên"])
            let total = records[4]
            // 1187 + 1206 + 1090 boys, 1000 + 1017 + 1000 girls.
            #expect(total == ["", "Total", "total", "", "6500", "3483", "3017", total[7], total[8], total[9], total[10]])
            #expect(Double(total[7]).map { abs($0 - 348_300.0 / 3017.0) < 1e-9 } == true)
        }

        @Test func cellsHoldTheUnitNumbers() throws {
            let records = RenderingTestSupport.parseDelimited(render(try RenderingTestSupport.threeStatusReport(), .csv))
            let boDe = records[1]
            #expect(boDe[0] == "")
            #expect(boDe[2] == "ward")
            #expect(boDe[3] == "")
            #expect(boDe[4...6] == ["2187", "1187", "1000"])
            #expect(Double(boDe[7]) == 118.7)
            // beta.ppf(0.025, 1187, 1001) and beta.ppf(0.975, 1188, 1000) on the SRB scale.
            #expect(Double(boDe[8]).map { abs($0 - 109.03005966463623) < 1e-8 } == true)
            #expect(Double(boDe[9]).map { abs($0 - 129.24771379436982) < 1e-8 } == true)
            #expect(records[1...3].map { $0[10] } == ["significant", "over", "ok"])
        }

        /// 1 boy and 1,000,000 girls: the exact lower bound is p = 1 − 0.975^(1/1000001)
        /// (P(X ≥ 1) = 0.025), 2.5317782346e-8, so ci_low = 100·p/(1 − p) = 2.53177829870023e-6,
        /// which Swift's own description writes `2.53…e-06`: SPEC wants it plainly.
        @Test(arguments: [(OutputFormat.csv, Character(",")), (.tsv, "\t")])
        func tinyBoundIsWrittenPlainlyAndReadsBackExactly(format: OutputFormat, separator: Character) throws {
            let report = try AnalysisScanBuilder.report([("A", 1, 1_000_000)])
            let records = RenderingTestSupport.parseDelimited(render(report, format), separator: separator)
            let cell = records[1][8]
            #expect(!cell.lowercased().contains("e"))
            #expect(cell.hasPrefix("0.00000253177829870023"))
            let value = try #require(Double(cell))
            #expect(value == report.units[0].estimate.ciLow)
            #expect(abs(value - 2.5317782987002293e-06) < 1e-12 * 2.5317782987002293e-06)
        }

        @Test func tinyBoundIsPlainInJSONToo() throws {
            let report = try AnalysisScanBuilder.report([("A", 1, 1_000_000)])
            let json = render(report, .json)
            #expect(!json.contains("e-0"))
            let line = try #require(json.split(separator: "\n").first { $0.contains("\"ci_low\"") })
            let number = line.split(separator: ":")[1].trimmingPrefix(" ").prefix { $0 != "," }
            #expect(number.hasPrefix("0.00000253177829870023"))
            // Read back by Swift's own parser (Foundation's JSONSerialization rounds long decimals on Linux).
            #expect(Double(String(number)) == report.units[0].estimate.ciLow)
        }

        @Test func nullNumbersAreEmptyCells() throws {
            let report = try AnalysisScanBuilder.report([("Cự Khối", 5, 0)])
            let records = RenderingTestSupport.parseDelimited(render(report, .csv))
            #expect(records[1][7] == "")
            #expect(records[1][9] == "")
            #expect(!records[1][8].isEmpty)
        }

        @Test func byTotalWritesOnlyTheHeaderAndTheTotal() throws {
            let report = try RenderingTestSupport.threeStatusReport(settings: ReportSettings(level: .total))
            let records = RenderingTestSupport.parseDelimited(render(report, .csv))
            #expect(records.count == 2)
            #expect(records.last?[1] == "Total")
            #expect(records.last?[4] == "6500")
        }

        private static let trickyNames = ["=SUM(A1:A9)", "+84 Hà Nội", "-Cự Khối", "@home", "Hà, Nội", "Say \"hi\"",
                                          "Line\nbreak", "\tTabbed", "\rReturn", "Bồ Đề"]

        @Test func formulaLikeTextIsPrefixedAndEverythingReadsBack() throws {
            let report = try AnalysisScanBuilder.report(Self.trickyNames.map { ($0, 2, 1) })
            let records = RenderingTestSupport.parseDelimited(render(report, .csv))
            try #require(records.count == Self.trickyNames.count + 2)
            #expect(records.allSatisfy { $0.count == 11 })
            let names = records.dropFirst().dropLast().map { $0[1] }
            // Sorted by code point of the names as written: \t \r + - = @ B H L S.
            #expect(names == ["'\tTabbed", "'\rReturn", "'+84 Hà Nội", "'-Cự Khối", "'=SUM(A1:A9)", "'@home", "Bồ Đề",
                              "Hà, Nội", "Line\nbreak", "Say \"hi\""])
        }

        @Test func cellsWithCommasQuotesOrLineBreaksAreQuoted() throws {
            let report = try AnalysisScanBuilder.report([("Hà, Nội", 2, 1), ("Say \"hi\"", 2, 1), ("Line\nbreak", 2, 1)])
            let text = render(report, .csv)
            #expect(text.contains("\"Hà, Nội\""))
            #expect(text.contains("\"Say \"\"hi\"\"\""))
            #expect(text.contains("\"Line\nbreak\""))
        }

        @Test func numbersAreNeverPrefixed() throws {
            let report = try AnalysisScanBuilder.report(Self.trickyNames.map { ($0, 2, 1) })
            let records = RenderingTestSupport.parseDelimited(render(report, .csv))
            for record in records.dropFirst() {
                for cell in record[4...9] {
                    #expect(!cell.hasPrefix("'"))
                    #expect(cell.isEmpty || Double(cell) != nil)
                }
            }
        }

        @Test func tsvUsesTabsAndQuotesOnlyWhatHoldsATab() throws {
            let report = try AnalysisScanBuilder.report([("Hà, Nội", 2, 1), ("\tTabbed", 2, 1), ("=1+1", 2, 1)])
            let text = render(report, .tsv)
            let records = RenderingTestSupport.parseDelimited(text, separator: "\t")
            #expect(records.first == Self.header)
            #expect(records.dropFirst().map { $0[1] } == ["'\tTabbed", "'=1+1", "Hà, Nội", "Total"])
            #expect(records.allSatisfy { $0.count == 11 })
            #expect(text.contains("\tHà, Nội\t"))
            #expect(text.contains("\"'\tTabbed\""))
        }

        @Test func statusWordsAreNotTranslated() throws {
            let report = try RenderingTestSupport.threeStatusReport()
            let records = RenderingTestSupport.parseDelimited(render(report, .csv, language: .vi))
            #expect(records.first == Self.header)
            // Total 3483/3017: lower bound 109.92153023665952 (scipy.stats.beta.ppf(0.025, 3483, 3018)).
            #expect(records.dropFirst().map { $0[10] } == ["significant", "over", "ok", "significant"])
        }
    }
}
