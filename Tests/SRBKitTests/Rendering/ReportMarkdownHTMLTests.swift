import Testing
@testable import SRBKit

extension RenderingTests {
    /// `report` as markdown (a pipe table) and html (one self-contained page, every
    /// text from the data escaped) — SPEC "Output".
    @Suite struct ReportMarkdownHTMLTests {
        private func render(_ report: Report, _ format: OutputFormat, language: Language = .en,
                            flaggedOnly: FlagRule? = nil) -> String {
            ReportRenderer(options: RenderOptions(language: language), flaggedOnly: flaggedOnly).render(report, as: format)
        }

        /// Table rows: lines that start with `|`.
        private func tableRows(_ markdown: String) -> [String] {
            markdown.split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") }
        }

        /// `|` not preceded by a backslash.
        private func unescapedPipes(_ line: String) -> Int {
            var count = 0
            var previous: Character?
            for character in line {
                if character == "|" && previous != "\\" { count += 1 }
                previous = character
            }
            return count
        }

        // MARK: Markdown

        @Test func markdownIsAPipeTableWithOneRowPerUnitAndTheTotal() throws {
            let rows = tableRows(render(try RenderingTestSupport.threeStatusReport(), .markdown))
            // Header, delimiter row, three units, total.
            try #require(rows.count == 6)
            let columns = unescapedPipes(rows[0]) - 1
            #expect(rows.allSatisfy { unescapedPipes($0) == columns + 1 })
            #expect(rows[1].allSatisfy { "|-: ".contains($0) })
            #expect(rows[2].contains("Bồ Đề"))
            #expect(rows[3].contains("Cự Khối"))
            #expect(rows[4].contains("Long Biên"))
            #expect(rows[5].contains("6500"))
        }

        @Test func markdownEscapesPipesInNames() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề | Cự Khối", 3, 2), ("Long Biên", 2, 2)])
            let rows = tableRows(render(report, .markdown))
            let row = try #require(rows.first { $0.contains("Bồ Đề") })
            #expect(row.contains("Bồ Đề \\| Cự Khối"))
            #expect(unescapedPipes(row) == unescapedPipes(rows[0]))
        }

        @Test func markdownKeepsLineBreaksOutOfRows() throws {
            let report = try AnalysisScanBuilder.report([("Bồ\nĐề", 3, 2)])
            let rows = tableRows(render(report, .markdown))
            // Header, delimiter, the unit, the total: the line break did not split the unit's row.
            #expect(rows.count == 4)
        }

        @Test func markdownCheckShowsOnlyFlaggedUnits() throws {
            let output = render(try RenderingTestSupport.threeStatusReport(), .markdown, flaggedOnly: .significant)
            #expect(output.contains("Bồ Đề"))
            #expect(!output.contains("Cự Khối"))
            #expect(!output.contains("Long Biên"))
        }

        @Test func markdownInVietnameseTranslatesStatuses() throws {
            let rows = tableRows(render(try RenderingTestSupport.threeStatusReport(), .markdown, language: .vi))
            #expect(rows.first { $0.contains("Bồ Đề") }?.contains("Vượt ngưỡng có ý nghĩa thống kê") == true)
            #expect(rows.first { $0.contains("Cự Khối") }?.contains("Vượt ngưỡng") == true)
        }

        // MARK: HTML

        @Test func htmlEscapesScriptInAWardName() throws {
            let report = try AnalysisScanBuilder.report([("<script>alert('x')</script>", 3, 2), ("A & B \"C\"", 1, 1)])
            let html = render(report, .html)
            #expect(!html.contains("<script"))
            #expect(html.contains("&lt;script&gt;"))
            #expect(!html.contains("A & B"))
            #expect(html.contains("A &amp; B"))
        }

        @Test func htmlNeedsNoNetwork() throws {
            let html = render(try RenderingTestSupport.threeStatusReport(), .html)
            #expect(!html.contains("http://"))
            #expect(!html.contains("https://"))
            #expect(!html.contains("<link"))
            #expect(!html.contains("src="))
        }

        @Test func htmlShowsEveryUnitAndTheTotal() throws {
            let html = render(try RenderingTestSupport.threeStatusReport(), .html)
            for name in ["Bồ Đề", "Cự Khối", "Long Biên"] { #expect(html.contains(name)) }
            #expect(html.contains("6500"))
            #expect(html.hasPrefix("<!DOCTYPE html>"))
        }
    }
}
