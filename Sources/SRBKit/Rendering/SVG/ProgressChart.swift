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

    /// The widest a year label is allowed, with room around it: four digits
    /// at 10 px are about 24 px wide.
    static let yearLabelRoom = 34.0

    /// The years that get a label: every year when they fit, else those on a
    /// round step (2, 5, 10, 20, 25, 50, 100…) chosen so that labels stay
    /// `yearLabelRoom` apart, from 2 to hundreds of years.
    var labelledYears: [Int] {
        let spacing = yearSpacing
        guard spacing < Self.yearLabelRoom else { return Array(years) }
        var step = 1
        for multiplier in [2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] {
            step = multiplier
            if Double(step) * spacing >= Self.yearLabelRoom { break }
        }
        return years.filter { $0 % step == 0 }
    }

    /// Points between neighbouring years: the marks shrink and lose their
    /// verdict signs when years crowd (the table carries every sign).
    var yearSpacing: Double {
        years.count > 1 ? xScale(Double(years.lowerBound + 1)) - xScale(Double(years.lowerBound)) : .infinity
    }

    /// The point radius: 5 px, or less so that neighbouring points stay apart.
    var markRadius: Double { min(5, max(1.5, yearSpacing * 0.4)) }

    /// True when there is room for the ✓ ↘ ✗ above each point.
    var showsVerdictSigns: Bool { yearSpacing >= 14 }

    static let frame = PanelFrame(width: width, height: height, left: left, right: right, top: top, bottom: bottom)

    /// SRB → y, shared by every panel: round values around every SRB, path and
    /// the threshold; whiskers beyond are cut at the frame.
    var yScale: LinearScale {
        Self.frame.srbScale(panels.flatMap { $0.series.years.flatMap { [$0.estimate.srb, $0.path].compactMap { $0 } } },
                            threshold: threshold, padShare: 0.1)
    }

    /// One `<svg>` per panel, in order.
    func rendered() -> [String] {
        panels.map(panel)
    }

    private func panel(_ panel: Panel) -> String {
        let x = xScale, y = yScale
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        var canvas = Self.frame.canvas(title: panel.name, y: y,
                                       xTicks: labelledYears.map { (x: x(Double($0)), label: String($0)) })
        let clip = { (value: Double) in min(max(value, y.domain.lowerBound), y.domain.upperBound) }
        canvas.line(x1: plotLeft, y1: y(threshold), x2: plotRight, y2: y(threshold), className: "threshold",
                    stroke: "#111", width: 1, dash: "2 3")
        let path = panel.series.years.compactMap { year in year.path.map { (x: x(Double(year.year)), y: y(clip($0))) } }
        canvas.polyline(path, className: "path", stroke: "#555", width: 1.5, dash: "7 4")
        if !showsVerdictSigns {
            for band in intervalBands(panel.series) {
                let outline = band.map { (x: x(Double($0.year)), y: y(clip($0.high))) }
                    + band.reversed().map { (x: x(Double($0.year)), y: y(clip($0.low))) }
                canvas.element("polygon", [("class", "interval-band"), ("points", SVGCanvas.pointList(outline)),
                                           ("fill", "#d8d8d8"), ("stroke", "none")])
            }
        }
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
            if showsVerdictSigns, let low = year.estimate.ciLow {
                canvas.line(x1: px, y1: y(clip(low)), x2: px, y2: y(clip(year.estimate.ciHigh ?? .infinity)),
                            className: "whisker", stroke: "#777", width: 1)
            }
            let tip = "\(panel.name) \(year.year): \(text(.columnSRB)) \(year.estimate.srbText) (\(year.estimate.intervalText))"
                + (year.path.map { "; \(text(.columnPath)) \(NumberFormatting.fixed($0, places: 1))" } ?? "")
                + "; \(year.verdict.label(text))"
            canvas.mark(Self.shape(year.verdict), x: px, y: y(clip(srb)), radius: markRadius, title: tip)
            guard showsVerdictSigns else { continue }
            canvas.text(year.verdict.mark, x: px, y: y(clip(srb)) - 9, anchor: "middle", size: 11, className: "verdict \(year.verdict.rawValue)",
                        fill: ChartColors.verdict(year.verdict))
        }
        return canvas.rendered(label: panel.name, className: "chart progress")
    }

    /// Runs of consecutive years with an interval, for the shaded band that
    /// replaces whiskers when years crowd; an open upper bound is the frame's top.
    func intervalBands(_ series: ProgressSeries) -> [[(year: Int, low: Double, high: Double)]] {
        var bands: [[(year: Int, low: Double, high: Double)]] = [[]]
        for year in series.years {
            if let low = year.estimate.ciLow {
                bands[bands.count - 1].append((year.year, low, year.estimate.ciHigh ?? .infinity))
            } else if !bands[bands.count - 1].isEmpty {
                bands.append([])
            }
        }
        return bands.filter { !$0.isEmpty }
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
