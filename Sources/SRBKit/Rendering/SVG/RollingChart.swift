/// Each unit's SRB over the last 12 months, month by month, as small multiples
/// on one shared scale: the rolling SRB line, its interval as a shaded band,
/// the threshold dotted, each point with its status's shape as well as colour.
struct RollingChart {
    let panels: [Panel]
    let threshold: Double
    let minimumBirths: Int
    let text: Localizer

    struct Panel {
        let name: String
        let points: [MonthlyReport.RollingPoint]
    }

    static let width = 300.0
    static let height = 170.0
    static let left = 42.0
    static let right = 12.0
    static let top = 26.0
    static let bottom = 26.0

    /// The months across every panel, first to last.
    var months: [CalendarMonth] {
        Array(Set(panels.flatMap { $0.points.map(\.month) })).sorted()
    }

    /// Month → x, by its position in `months` (a single month sits in the middle).
    var xScale: LinearScale {
        let count = Double(max(months.count - 1, 0))
        let domain = count > 0 ? 0...count : -1...1
        return LinearScale(domain: domain, range: (Self.left + 8)...(Self.width - Self.right - 8))
    }

    /// The months that get a label: January and July (every month when there are few).
    var labelledMonths: [CalendarMonth] {
        months.count <= 6 ? months : months.filter { $0.month == 1 || $0.month == 7 }
    }

    /// SRB → y, shared by every panel: round values around every point and the
    /// threshold; interval bounds beyond are cut at the frame.
    var yScale: LinearScale {
        let values = panels.flatMap { $0.points.compactMap(\.estimate.srb) } + [threshold]
        let low = values.min() ?? threshold, high = values.max() ?? threshold
        let pad = max((high - low) * 0.15, 10)
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
        let position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, Double($0)) })
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        let plotTop = Self.top, plotBottom = Self.height - Self.bottom
        var canvas = SVGCanvas(width: Self.width, height: Self.height)
        canvas.text(panel.name, x: 0, y: 15, size: 13, className: "title", weight: "bold")
        for tick in y.ticks(5) {
            canvas.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), className: "grid", stroke: "#e2e2e2")
            canvas.text(NumberFormatting.plain(tick), x: plotLeft - 4, y: y(tick) + 4, anchor: "end", size: 10, className: "tick")
        }
        for month in labelledMonths {
            let px = x(position[month]!)
            canvas.line(x1: px, y1: plotBottom, x2: px, y2: plotBottom + 3, className: "tick-mark", stroke: "#111")
            canvas.text(month.description, x: px, y: plotBottom + 15, anchor: "middle", size: 10, className: "tick")
        }
        canvas.element("rect", [("class", "frame"), ("x", SVGCanvas.number(plotLeft)), ("y", SVGCanvas.number(plotTop)),
                                ("width", SVGCanvas.number(plotRight - plotLeft)),
                                ("height", SVGCanvas.number(plotBottom - plotTop)), ("fill", "none"), ("stroke", "#111")])
        let clip = { (value: Double) in min(max(value, y.domain.lowerBound), y.domain.upperBound) }
        for band in bands(panel.points) {
            let outline = band.map { (x: x(position[$0.month]!), y: y(clip($0.high))) }
                + band.reversed().map { (x: x(position[$0.month]!), y: y(clip($0.low))) }
            canvas.element("polygon", [("class", "interval-band"), ("points", SVGCanvas.pointList(outline)),
                                       ("fill", "#d8d8d8"), ("stroke", "none")])
        }
        canvas.line(x1: plotLeft, y1: y(threshold), x2: plotRight, y2: y(threshold), className: "threshold",
                    stroke: "#111", width: 1, dash: "2 3")
        var line: [(x: Double, y: Double)] = []
        for point in panel.points {
            guard let srb = point.estimate.srb else {
                canvas.polyline(line, className: "srb", stroke: "#111", width: 2)
                line = []
                continue
            }
            line.append((x: x(position[point.month]!), y: y(clip(srb))))
        }
        canvas.polyline(line, className: "srb", stroke: "#111", width: 2)
        for point in panel.points {
            guard let srb = point.estimate.srb else { continue }
            let status = UnitStatus(estimate: point.estimate, threshold: threshold, minimumBirths: minimumBirths)
            let tip = "\(panel.name), \(text(.windowLastMonths, "12")) → \(point.month): \(text(.columnSRB)) "
                + "\(point.estimate.srbText) (\(point.estimate.intervalText)), \(text(.columnBirths)) \(point.estimate.births); "
                + status.label(text)
            canvas.mark(status, x: x(position[point.month]!), y: y(clip(srb)), radius: 3, title: tip)
        }
        return canvas.rendered(label: panel.name, className: "chart rolling")
    }

    /// Runs of consecutive points with an interval; an open upper bound is the frame's top.
    private func bands(_ points: [MonthlyReport.RollingPoint]) -> [[(month: CalendarMonth, low: Double, high: Double)]] {
        var bands: [[(month: CalendarMonth, low: Double, high: Double)]] = [[]]
        for point in points {
            if let low = point.estimate.ciLow {
                bands[bands.count - 1].append((point.month, low, point.estimate.ciHigh ?? .infinity))
            } else if !bands[bands.count - 1].isEmpty {
                bands.append([])
            }
        }
        return bands.filter { !$0.isEmpty }
    }
}
