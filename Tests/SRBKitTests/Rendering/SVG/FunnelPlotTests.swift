import Testing
@testable import SRBKit

/// The funnel plot's limits (exact binomial around the threshold, on the SRB
/// scale) and its drawing.
@Suite struct FunnelPlotTests {
    @Test(arguments: [
        // (n, q, SRB): k = scipy.stats.binom.ppf(q, n, 109/209), SRB = 100·k/(n − k)
        (100, 0.025, 72.41379310344827),    // binom.ppf(0.025, 100, 109/209) = 42
        (100, 0.975, 163.1578947368421),    // binom.ppf(0.975, 100, 109/209) = 62
        (426, 0.001, 80.50847457627118),    // binom.ppf(0.001, 426, 109/209) = 190
        (426, 0.999, 147.67441860465115),   // binom.ppf(0.999, 426, 109/209) = 254
        (1000, 0.025, 96.46365422396856),   // binom.ppf(0.025, 1000, 109/209) = 491
        (1000, 0.975, 123.21428571428571),  // binom.ppf(0.975, 1000, 109/209) = 552
        (5000, 0.001, 99.84012789768185),   // binom.ppf(0.001, 5000, 109/209) = 2498
        (5000, 0.999, 119.01007446342531),  // binom.ppf(0.999, 5000, 109/209) = 2717
    ])
    func stepLimitsMatchScipy(n: Int, probability: Double, expected: Double) {
        let limit = FunnelLimits(threshold: 109).stepLimit(probability, births: n)
        #expect(abs(limit - expected) < 1e-9)
    }

    @Test func everyKTakenMeansAnInfiniteLimit() {
        // binom.ppf(0.999, 10, 109/209) = 10: all boys, SRB unbounded.
        #expect(FunnelLimits(threshold: 109).stepLimit(0.999, births: 10) == .infinity)
    }

    @Test func limitsNarrowTowardTheThresholdAsBirthsGrow() {
        let limits = FunnelLimits(threshold: 109)
        let small = limits.limit(0.999, births: 200), large = limits.limit(0.999, births: 20_000)
        #expect(small > large && large > 109)
        #expect(limits.limit(0.001, births: 200) < limits.limit(0.001, births: 20_000))
        #expect(FunnelLimits.tails(0.998) == (0.0010000000000000009, 0.999))
    }

    private func plot(_ names: [String] = ["Bồ Đề", "Cự Khối"], confidence: Double = 0.95,
                      girls: Int = 480) -> FunnelPlot {
        let points = names.enumerated().map { index, name in
            let estimate = SexRatioEstimate(boys: girls + 20 + 60 * index, girls: girls, confidence: confidence,
                                            method: .exact)
            return FunnelPlot.Point(name: name, estimate: estimate,
                                    status: UnitStatus(estimate: estimate, threshold: 109, minimumBirths: 0))
        }
        return FunnelPlot(points: points, threshold: 109, confidence: confidence, text: Localizer(.en))
    }

    @Test func drawsOneMarkPerUnitFourLimitsAndTheThresholdAtItsY() throws {
        let plot = plot()
        let svg = plot.rendered(title: "t")
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.components(separatedBy: "class=\"mark ").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"limit limit-inner\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"limit limit-outer\"").count - 1 == 2)
        let y = SVGCanvas.number(plot.yScale(109))
        #expect(svg.contains("<line class=\"threshold\" x1=\"60.0\" y1=\"\(y)\" x2=\"820.0\" y2=\"\(y)\""))
        // The y scale maps its domain onto the frame, upside down.
        #expect(plot.yScale(plot.yScale.domain.upperBound) == FunnelPlot.top)
        #expect(plot.yScale(plot.yScale.domain.lowerBound) == FunnelPlot.top + FunnelPlot.plotHeight)
    }

    /// The y of each `limit-label` and `threshold-label` text, in document order.
    private func sideLabels(_ svg: String) -> [(text: String, y: Double)] {
        svg.components(separatedBy: "<text ").dropFirst().compactMap { element in
            guard element.contains("class=\"limit-label\"") || element.contains("class=\"threshold-label\""),
                  let yStart = element.range(of: " y=\"")?.upperBound,
                  let yEnd = element[yStart...].firstIndex(of: "\""),
                  let textStart = element.firstIndex(of: ">"),
                  let textEnd = element.range(of: "</text>")?.lowerBound else { return nil }
            return (String(element[element.index(after: textStart)..<textEnd]), Double(element[yStart..<yEnd]) ?? .nan)
        }
    }

    @Test func innerLimitsAreAtTheChosenConfidence() {
        let svg = plot(confidence: 0.9).rendered(title: "t")
        #expect(sideLabels(svg).map(\.text).sorted() == ["90% limits", "99.8% limits", "threshold 109"])
        // The inner upper line ends at the 0.95 quantile for the plot's last births.
        let plot = plot(confidence: 0.9)
        let end = Int(plot.xScale.domain.upperBound)
        let y = SVGCanvas.number(plot.yScale(FunnelLimits(threshold: 109).limit(0.95, births: end)))
        #expect(svg.contains(" 820.0,\(y)\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\""))
        #expect(plot.coverages == [0.9, 0.998])
        #expect(FunnelPlot(points: [], threshold: 109, confidence: 0.998, text: Localizer(.en)).coverages == [0.998])
        #expect(FunnelPlot(points: [], threshold: 109, confidence: 0.999, text: Localizer(.en)).coverages == [0.998, 0.999])
    }

    @Test func limitLabelsOfALargeUnitDoNotOverlap() {
        // 200 000 births: both upper limits end within a pixel or two of the threshold.
        let labels = sideLabels(plot(girls: 100_000).rendered(title: "t"))
        #expect(labels.count == 3)
        let ys = labels.map(\.y).sorted()
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= 13 })
    }

    @Test func sideLabelsSpreadInOrderAndStayWithinTheFrame() {
        func label(_ y: Double) -> SideLabel { SideLabel(text: "\(y)", y: y, className: "c", weight: nil) }
        // Three wanted at 100: stacked 13 apart from 100 down.
        #expect(SideLabel.spread([label(100), label(100), label(100)], gap: 13, within: 0...400).map(\.y) == [100, 113, 126])
        // Near the bottom edge they are pushed up instead: 400, 387, 374.
        #expect(SideLabel.spread([label(399), label(398), label(400)], gap: 13, within: 0...400).map(\.y) == [374, 387, 400])
        // Labels already apart do not move.
        #expect(SideLabel.spread([label(50), label(10)], gap: 13, within: 0...400).map(\.y) == [10, 50])
    }

    @Test func escapesAWardNamedScriptInsideTheSVG() {
        let svg = plot(["<script>alert(1)</script>", "A & B"]).rendered(title: "<t>")
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("A &amp; B"))
        #expect(!svg.contains("http://") && !svg.contains("https://"))
    }

    @Test func sameInputGivesTheSameBytes() {
        #expect(plot().rendered(title: "t") == plot().rendered(title: "t"))
    }
}
