/// Each unit's SRB year by year against its path, as small multiples on one
/// shared scale: one small chart per unit, the total last. In each, the SRB
/// line with its interval whiskers, the path dashed, the threshold dotted; each
/// year's point has the verdict's shape and mark (✓ ↘ ✗) as well as its colour.
struct ProgressChart {
    let panels: [Panel]
    let years: ClosedRange<Int>
    let threshold: Double
    let text: Localizer

    struct Panel {
        let name: String
        let series: ProgressSeries
    }

    static let width = 300.0
    static let height = 190.0
    static let left = 42.0
    static let right = 12.0
    static let top = 26.0
    static let bottom = 26.0

    /// Years → x across each panel (a single year sits in the middle).
    var xScale: LinearScale {
        let from = Double(years.lowerBound), to = Double(years.upperBound)
        let domain = from < to ? from...to : (from - 1)...(to + 1)
        return LinearScale(domain: domain, range: (Self.left + 10)...(Self.width - Self.right - 10))
    }

    /// SRB → y, shared by every panel: round values around every SRB, path and
    /// the threshold; whiskers beyond are cut at the frame.
    var yScale: LinearScale {
        let values = panels.flatMap { $0.series.years.flatMap { [$0.estimate.srb, $0.path].compactMap { $0 } } } + [threshold]
        let low = values.min() ?? threshold, high = values.max() ?? threshold
        let pad = max((high - low) * 0.1, 10)
        let step = LinearScale.niceStep((high - low + 2 * pad) / 5)
        return LinearScale(domain: max(0, LinearScale.floor(low - pad, to: step))...LinearScale.ceil(high + pad, to: step),
                           range: Self.top...(Self.height - Self.bottom), isInverted: true)
    }

    /// One `<svg>` per panel, in order.
    func rendered() -> [String] {
        panels.map(panel)
    }

    private func panel(_ panel: Panel) -> String {
        let x = xScale, y = yScale
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        let plotTop = Self.top, plotBottom = Self.height - Self.bottom
        var canvas = SVGCanvas(width: Self.width, height: Self.height)
        canvas.text(panel.name, x: 0, y: 15, size: 13, className: "title", weight: "bold")
        for tick in y.ticks(5) {
            canvas.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), className: "grid", stroke: "#e2e2e2")
            canvas.text(NumberFormatting.plain(tick), x: plotLeft - 4, y: y(tick) + 4, anchor: "end", size: 10, className: "tick")
        }
        for year in years {
            canvas.text(String(year), x: x(Double(year)), y: plotBottom + 15, anchor: "middle", size: 10, className: "tick")
        }
        canvas.element("rect", [("class", "frame"), ("x", SVGCanvas.number(plotLeft)), ("y", SVGCanvas.number(plotTop)),
                                ("width", SVGCanvas.number(plotRight - plotLeft)),
                                ("height", SVGCanvas.number(plotBottom - plotTop)), ("fill", "none"), ("stroke", "#111")])
        let clip = { (value: Double) in min(max(value, y.domain.lowerBound), y.domain.upperBound) }
        canvas.line(x1: plotLeft, y1: y(threshold), x2: plotRight, y2: y(threshold), className: "threshold",
                    stroke: "#111", width: 1, dash: "2 3")
        let path = panel.series.years.compactMap { year in year.path.map { (x: x(Double(year.year)), y: y(clip($0))) } }
        canvas.polyline(path, className: "path", stroke: "#555", width: 1.5, dash: "7 4")
        var line: [(x: Double, y: Double)] = []
        for year in panel.series.years {
            guard let srb = year.estimate.srb else {
                canvas.polyline(line, className: "srb", stroke: "#111", width: 2)
                line = []
                continue
            }
            line.append((x: x(Double(year.year)), y: y(clip(srb))))
        }
        canvas.polyline(line, className: "srb", stroke: "#111", width: 2)
        for year in panel.series.years {
            guard let srb = year.estimate.srb else { continue }
            let px = x(Double(year.year))
            if let low = year.estimate.ciLow {
                canvas.line(x1: px, y1: y(clip(low)), x2: px, y2: y(clip(year.estimate.ciHigh ?? .infinity)),
                            className: "whisker", stroke: "#777", width: 1)
            }
            let tip = "\(panel.name) \(year.year): \(text(.columnSRB)) \(year.estimate.srbText) (\(year.estimate.intervalText))"
                + (year.path.map { "; \(text(.columnPath)) \(NumberFormatting.fixed($0, places: 1))" } ?? "")
                + "; \(year.verdict.label(text))"
            canvas.mark(Self.shape(year.verdict), x: px, y: y(clip(srb)), radius: 5, title: tip)
            canvas.text(year.verdict.mark, x: px, y: y(clip(srb)) - 9, anchor: "middle", size: 11, className: "verdict \(year.verdict.rawValue)",
                        fill: ChartColors.verdict(year.verdict))
        }
        return canvas.rendered(label: panel.name, className: "chart progress")
    }

    /// The point shape of a verdict, in the status marks' vocabulary.
    static func shape(_ verdict: ProgressVerdict) -> UnitStatus {
        switch verdict {
        case .meets: .ok
        case .onPath: .over
        case .offPath: .significant
        case .noBirths: .noBirths
        }
    }
}
