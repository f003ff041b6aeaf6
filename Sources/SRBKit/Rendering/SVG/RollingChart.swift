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

    static let frame = PanelFrame(width: width, height: height, left: left, right: right, top: top, bottom: bottom)

    /// SRB → y, shared by every panel: round values around every point and the
    /// threshold; interval bounds beyond are cut at the frame.
    var yScale: LinearScale {
        Self.frame.srbScale(panels.flatMap { $0.points.compactMap(\.estimate.srb) }, threshold: threshold, padShare: 0.15)
    }

    /// One `<svg>` per panel, in order.
    func rendered() -> [String] {
        panels.map(panel)
    }

    private func panel(_ panel: Panel) -> String {
        let x = xScale, y = yScale
        let position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, Double($0)) })
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        var canvas = Self.frame.canvas(title: panel.name, y: y,
                                       xTicks: labelledMonths.map { (x: x(position[$0]!), label: $0.description) })
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
