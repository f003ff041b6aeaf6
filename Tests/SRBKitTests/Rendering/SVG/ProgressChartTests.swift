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

    /// A chart over `years` with one ward born in each year.
    private func chart(_ years: ClosedRange<Int>) throws -> ProgressChart {
        let births = years.map { Births(ward: 0, year: $0, month: 6, boys: 520, girls: 480) }
        let report = try ProgressReport(scan: AnalysisScanBuilder.scan(wards: [Ward(name: "London")], births: births),
                                        settings: ReportSettings(), targets: Targets())
        let panels = report.units.map { ProgressChart.Panel(name: $0.unit.name, series: $0.series) }
        return ProgressChart(panels: panels, years: report.years, threshold: 109, text: Localizer(.en))
    }

    /// The x of every year label (`class="tick"` text holding four digits).
    private func yearLabelXs(_ svg: String) -> [Double] {
        svg.components(separatedBy: "<text class=\"tick\" x=\"").dropFirst().compactMap { element in
            guard let quote = element.firstIndex(of: "\""), let close = element.range(of: "</text>"),
                  let start = element.firstIndex(of: ">"), element[element.index(after: start)..<close.lowerBound].count == 4,
                  !element[element.index(after: start)..<close.lowerBound].contains(".") else { return nil }
            return Double(element[..<quote])
        }
    }

    @Test func twoYearsAreBothLabelledWithSignsAndWhiskers() throws {
        let chart = try chart(2023...2024)
        let svg = try #require(chart.rendered().first)
        #expect(chart.labelledYears == [2023, 2024])
        #expect(yearLabelXs(svg).count == 2)
        #expect(chart.showsVerdictSigns && chart.markRadius == 5)
        #expect(svg.contains("class=\"whisker\"") && !svg.contains("interval-band"))
    }

    @Test func eightyTwoYearsGetRoundYearLabelsThatDoNotTouch() throws {
        // 1629…1710 over 226 px: 2.8 px a year, so labels every 20 years (56 px apart).
        let chart = try chart(1629...1710)
        #expect(chart.labelledYears == [1640, 1660, 1680, 1700])
        let xs = yearLabelXs(try #require(chart.rendered().first))
        #expect(xs.count == 4)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= ProgressChart.yearLabelRoom })
        // Crowded points shrink and the interval becomes one shaded band.
        #expect(!chart.showsVerdictSigns && chart.markRadius < 1.5 + 1e-9 + 0.4 * 3)
        let svg = try #require(chart.rendered().first)
        #expect(svg.contains("interval-band") && !svg.contains("class=\"whisker\""))
    }

    @Test func labelStepStaysRoundFromTenToAHundredYears() throws {
        for span in [10, 12, 25, 40, 60, 100] {
            let chart = try chart(2000...(2000 + span - 1))
            let labels = chart.labelledYears
            #expect(!labels.isEmpty && labels.count <= 7, "\(span) years")
            let steps = Set(zip(labels, labels.dropFirst()).map { $1 - $0 })
            #expect(steps.count <= 1 && steps.allSatisfy { [1, 2, 5, 10, 20, 25].contains($0) }, "\(span) years")
        }
    }
}
