import Testing
@testable import SRBKit

extension RenderingTests {
    /// The terminal table (SPEC "Output", table): columns aligned by displayed width
    /// (Vietnamese combining marks take none), SRB with one decimal, flagged rows
    /// marked, colour only when asked for. Widths are measured here in characters
    /// (a letter with its marks is one), independently of `DisplayWidth`.
    @Suite struct ReportTableTests {
        private func table(_ report: Report, language: Language = .en, usesColor: Bool = false,
                           flaggedOnly: FlagRule? = nil) -> String {
            ReportRenderer(options: RenderOptions(language: language, usesColor: usesColor), flaggedOnly: flaggedOnly)
                .render(report, as: .table)
        }

        private func line(containing text: String, in output: String) throws -> String {
            try #require(output.split(separator: "\n").first { $0.contains(text) }.map(String.init))
        }

        /// Characters from the start of `line` to the end of `token`, searched after `anchor`.
        private func endColumn(of token: String, after anchor: String, in line: String) throws -> Int {
            let start = anchor.isEmpty ? line.startIndex : try #require(line.range(of: anchor)).upperBound
            let found = try #require(line.range(of: token, range: start..<line.endIndex))
            return RenderingTestSupport.characterWidth(line[..<found.upperBound])
        }

        private static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

        @Test func columnsAlignByDisplayWidthWithDecomposedNames() throws {
            let longName = Self.nfd("Phường Đức Giang"), shortName = Self.nfd("Bồ Đề"), middleName = Self.nfd("Long Biên")
            #expect(longName.unicodeScalars.count > RenderingTestSupport.characterWidth(longName))
            let report = try AnalysisScanBuilder.report([(longName, 1000, 234), (shortName, 4, 3), (middleName, 30, 26)])
            let output = table(report)
            let header = try line(containing: "Births", in: output)
            let birthsEnd = try endColumn(of: "Births", after: "", in: header)
            let srbEnd = try endColumn(of: "SRB", after: "Births", in: header)
            // 100·1000/234 = 427.35… → 427.4; 100·4/3 = 133.33… → 133.3; 100·30/26 = 115.38… → 115.4
            for (name, births, srb) in [(longName, "1234", "427.4"), (shortName, "7", "133.3"), (middleName, "56", "115.4")] {
                let row = try line(containing: name, in: output)
                #expect(try endColumn(of: births, after: name, in: row) == birthsEnd, "births column of \(name)")
                #expect(try endColumn(of: srb, after: births, in: row) == srbEnd, "SRB column of \(name)")
            }
        }

        @Test func nameColumnIsAsWideAsTheWidestNameOnScreen() throws {
            // 16 characters on screen, 22 scalars in NFD.
            let longName = Self.nfd("Phường Đức Giang")
            let report = try AnalysisScanBuilder.report([(longName, 5, 5)])
            let output = table(report)
            let row = try line(containing: longName, in: output)
            let nameStart = try #require(row.range(of: longName)).lowerBound
            let afterName = row[row.index(nameStart, offsetBy: 16)...]
            // The name is the widest cell of its column: two spaces, then the births right-aligned
            // under "Births" (6 wide): "    10".
            #expect(afterName.hasPrefix("      10  "))
        }

        @Test func displayWidthIgnoresCombiningMarks() {
            #expect(DisplayWidth.of(Self.nfd("Đức Giang")) == 9)
            #expect(DisplayWidth.of("Đức Giang") == 9)
            #expect(DisplayWidth.of(Self.nfd("Phường")) == 6)
            #expect(DisplayWidth.of("") == 0)
            #expect(DisplayWidth.of("河内") == 4)
        }

        @Test func srbAndIntervalHaveOneDecimal() throws {
            let output = table(try RenderingTestSupport.threeStatusReport())
            // Bồ Đề 1187/1000: SRB 118.7; interval 109.030… (beta.ppf(0.025, 1187, 1001)) to
            // 129.247… (beta.ppf(0.975, 1188, 1000)).
            let boDe = try line(containing: "Bồ Đề", in: output)
            #expect(boDe.contains("118.7"))
            #expect(boDe.contains("109.0"))
            #expect(boDe.contains("129.2"))
            // Cự Khối 1206/1017: 118.584… → 118.6. Long Biên 1090/1000: 109 → 109.0.
            #expect(try line(containing: "Cự Khối", in: output).contains("118.6"))
            #expect(try line(containing: "Long Biên", in: output).contains("109.0"))
        }

        @Test func flaggedRowsAreMarkedAndOthersAreNot() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(settings: ReportSettings(level: .ward)))
            let significant = try line(containing: "Bồ Đề", in: output)
            let over = try line(containing: "Cự Khối", in: output)
            let ok = try line(containing: "Long Biên", in: output)
            #expect(significant.first?.isWhitespace == false)
            #expect(over.first?.isWhitespace == false)
            #expect(significant.first != over.first)
            #expect(ok.first?.isWhitespace == true)
        }

        @Test func noColourCodesWithoutColour() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(), usesColor: false)
            #expect(!output.contains("\u{1B}"))
        }

        @Test func colourCodesWithColour() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(), usesColor: true)
            #expect(try line(containing: "Bồ Đề", in: output).contains("\u{1B}["))
            #expect(try line(containing: "Cự Khối", in: output).contains("\u{1B}["))
            #expect(!(try line(containing: "Long Biên", in: output)).contains("\u{1B}"))
        }

        @Test func checkWithSignificantShowsOnlySignificantUnits() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(), flaggedOnly: .significant)
            #expect(output.contains("Bồ Đề"))
            #expect(!output.contains("Cự Khối"))
            #expect(!output.contains("Long Biên"))
        }

        @Test func checkWithOverShowsSignificantAndOverUnits() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(), flaggedOnly: .over)
            #expect(output.contains("Bồ Đề"))
            #expect(output.contains("Cự Khối"))
            #expect(!output.contains("Long Biên"))
        }

        @Test func checkWithNothingFlaggedShowsNoUnit() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 100, 100), ("Cự Khối", 3, 0)])
            let output = table(report, flaggedOnly: .significant)
            #expect(!output.contains("Bồ Đề"))
            #expect(!output.contains("Cự Khối"))
        }

        @Test func vietnameseStatusesAreTranslated() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(), language: .vi)
            #expect(try line(containing: "Bồ Đề", in: output).contains("Vượt ngưỡng có ý nghĩa thống kê"))
            let over = try line(containing: "Cự Khối", in: output)
            #expect(over.contains("Vượt ngưỡng"))
            #expect(!over.contains("có ý nghĩa"))
            #expect(!output.contains("significant"))
        }

        @Test func confidenceIsShownAsPeopleWriteIt() throws {
            // 0.55 · 100 is 55.00000000000001 in binary floating point; people write 55%.
            let report = try RenderingTestSupport.threeStatusReport(settings: ReportSettings(confidence: 0.55))
            let output = table(report)
            #expect(output.contains("55%"))
            #expect(!output.contains("55.0000"))
        }

        @Test func confidenceOf57PercentIsShownAs57() throws {
            // 0.57 · 100 is 56.99999999999999 in binary floating point.
            let report = try RenderingTestSupport.threeStatusReport(settings: ReportSettings(confidence: 0.57))
            let output = table(report)
            #expect(output.contains("57%"))
            #expect(!output.contains("56.9999"))
        }

        @Test func byTotalShowsOnlyTheTotal() throws {
            let output = table(try RenderingTestSupport.threeStatusReport(settings: ReportSettings(level: .total)))
            #expect(!output.contains("Bồ Đề"))
            #expect(!output.contains("Long Biên"))
            // 1187 + 1206 + 1090 boys, 3017 girls: 6500 births, SRB 115.44… → 115.4.
            let total = try line(containing: "6500", in: output)
            #expect(total.contains("3483"))
            #expect(total.contains("115.4"))
        }

        @Test func headingNamesThePeriod() throws {
            let q1 = AnalysisScanBuilder.period((2024, 1, 1), (2024, 3, 31))  // the births are in March
            let output = table(try RenderingTestSupport.threeStatusReport(settings: ReportSettings(period: q1)))
            let firstLine = output.split(separator: "\n").first.map(String.init) ?? ""
            #expect(firstLine.contains("2024-Q1"))
        }

        @Test func narrowTerminalDropsBoysAndGirlsAndWrapsTheLegend() throws {
            let report = try RenderingTestSupport.threeStatusReport()
            let wide = ReportRenderer(options: RenderOptions()).render(report, as: .table)
            let narrow = ReportRenderer(options: RenderOptions(maximumWidth: 50)).render(report, as: .table)
            let header = { (text: String) in text.split(separator: "\n").first { $0.contains("Births") }.map(String.init) ?? "" }
            #expect(header(wide).contains("Boys") && header(wide).contains("Girls"))
            #expect(!header(narrow).contains("Boys") && !header(narrow).contains("Girls"))
            #expect(header(narrow).contains("SRB") && header(narrow).contains("95% CI"))
            // The legend is prose: every line of it fits 50 columns once wrapped
            // (counted here as characters: the legend has no combining marks).
            let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            let legendLines = lines.suffix(from: lines.lastIndex(of: "")! + 1)
            #expect(!legendLines.isEmpty)
            #expect(legendLines.allSatisfy { $0.count <= 50 })
        }
    }
}
