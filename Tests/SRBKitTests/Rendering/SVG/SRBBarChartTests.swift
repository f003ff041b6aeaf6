import Testing
@testable import SRBKit

/// Per-unit SRB bars with whiskers and the threshold line, in the report's html.
@Suite struct SRBBarChartTests {
    private func html(_ report: Report, language: Language = .en) -> String {
        ReportRenderer(options: RenderOptions(language: language)).render(report, as: .html)
    }

    @Test func reportHTMLHasOneBarPerUnitAndTheTotal() throws {
        let html = html(try RenderingTestSupport.threeStatusReport())
        #expect(html.contains("<svg class=\"chart bars\""))
        #expect(html.contains("<svg class=\"chart funnel\""))
        #expect(html.components(separatedBy: "<rect class=\"bar ").count - 1 == 4)
        #expect(html.contains("<rect class=\"bar significant\""))
        #expect(html.contains("<rect class=\"bar over\""))
        #expect(html.contains("<rect class=\"bar ok\""))
        // The marks that survive black-and-white print are beside the values.
        #expect(html.contains(">118.7 ▲</text>"))
        // The table is still there, under the charts.
        let table = try #require(html.range(of: "<table>"))
        let funnel = try #require(html.range(of: "chart funnel"))
        #expect(funnel.upperBound < table.lowerBound)
    }

    @Test func thresholdLineSitsAtItsValueOnAKnownScale() {
        // SRB 150, interval up to 194.3 → domain 0…200 (steps of 50) over 190…750 px: 109 at 190 + 560·109/200 = 495.2.
        let estimate = SexRatioEstimate(boys: 150, girls: 100, confidence: 0.95, method: .exact)
        let chart = SRBBarChart(rows: [SRBBarChart.Row(name: "A", estimate: estimate, status: .over)], threshold: 109,
                                text: Localizer(.en))
        #expect(chart.scale.domain == 0...200)
        let svg = chart.rendered(title: "t")
        let x = SVGCanvas.number(190 + 560 * 109 / 200)
        #expect(svg.contains("<line class=\"threshold\" x1=\"\(x)\""))
    }

    @Test func htmlHasNoExternalReferenceAndEscapesNamesInsideSVG() throws {
        let report = try AnalysisScanBuilder.report([("<script>alert('x')</script>", 30, 20), ("Long Biên", 20, 20)])
        let html = html(report)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        #expect(!html.contains("<script"))
        let svgStart = try #require(html.range(of: "<svg"))
        #expect(html[svgStart.lowerBound...].contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</text>"))
    }

    @Test func chartsAreTitledInVietnamese() throws {
        let html = html(try RenderingTestSupport.threeStatusReport(), language: .vi)
        #expect(html.contains("Biểu đồ phễu"))
        #expect(html.contains("ngưỡng 109"))
    }
}
