import Testing
@testable import SRBKit

/// Small multiples of SRB by year against the path, in the progress html.
@Suite struct ProgressChartTests {
    typealias Ward = AnalysisScanBuilder.Ward
    typealias Births = AnalysisScanBuilder.Births

    private func progress() throws -> ProgressReport {
        let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Bồ Đề"), Ward(name: "<i>Cự Khối</i>")], births: [
            Births(ward: 0, year: 2021, month: 4, boys: 1150, girls: 1000),
            Births(ward: 0, year: 2022, month: 4, boys: 1148, girls: 1000),
            Births(ward: 1, year: 2022, month: 9, boys: 1090, girls: 1000),
        ])
        return try ProgressReport(scan: scan, settings: ReportSettings(), targets: Targets())
    }

    @Test func oneChartPerUnitAndTheTotalWithPathAndThreshold() throws {
        let html = ProgressRenderer(options: RenderOptions()).render(try progress(), as: .html)
        #expect(html.components(separatedBy: "<svg class=\"chart progress\"").count - 1 == 3)
        #expect(html.contains("class=\"path\""))
        #expect(html.components(separatedBy: "<line class=\"threshold\"").count - 1 == 3)
        #expect(html.contains("&lt;i&gt;Cự Khối&lt;/i&gt;"))
        #expect(!html.contains("<i>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func pointsCarryTheVerdictMark() throws {
        let report = try progress()
        let panels = report.units.map { ProgressChart.Panel(name: $0.unit.name, series: $0.series) }
        let chart = ProgressChart(panels: panels, years: report.years, threshold: 109, text: Localizer(.en))
        let svg = try #require(chart.rendered().first { $0.contains("aria-label=\"Bồ Đề\"") })
        // Bồ Đề: 115 in 2021, then 114.8 in 2022, at its path 115 − 0.2: on path.
        #expect(svg.contains(">↘</text>"))
        #expect(chart.yScale(109) > chart.yScale(115))
    }
}
