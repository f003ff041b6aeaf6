/// SRB against births, one mark per unit, with control limits at the chosen
/// confidence and at 99.8% around the threshold (`FunnelLimits`): a ward
/// outside the outer funnel is
/// further from the threshold than chance explains. Marks carry the status
/// (▲ filled, △ hollow, ● ok, ○ few births) as well as its colour; units
/// outside the 95% limits or flagged are named beside their mark.
struct FunnelPlot {
    let points: [Point]
    let threshold: Double
    /// The report's `--confidence`: the inner (dashed) limits.
    let confidence: Double
    let text: Localizer

    struct Point {
        let name: String
        let estimate: SexRatioEstimate
        let status: UnitStatus
    }

    static let left = 60.0
    static let top = 48.0
    static let plotWidth = 760.0
    static let plotHeight = 340.0
    /// Births at which the limits are computed across the plot's width.
    static let samples = 120
    /// The outer (dotted) limits: 99.8%, whatever the confidence (SPEC).
    static let outerCoverage = 0.998

    /// The coverages drawn, inner first: the confidence and 99.8%, once when equal.
    var coverages: [Double] { Array(Set([confidence, Self.outerCoverage])).sorted() }

    private var plotted: [Point] { points.filter { $0.estimate.srb != nil && $0.estimate.births > 0 } }

    /// Births → x, from 0 to a round value above the largest unit.
    var xScale: LinearScale {
        let largest = Double(plotted.map(\.estimate.births).max() ?? 100)
        let step = LinearScale.niceStep(largest * 1.05 / 6)
        return LinearScale(domain: 0...LinearScale.ceil(largest * 1.05, to: step),
                           range: Self.left...(Self.left + Self.plotWidth))
    }

    /// SRB → y: round values around every unit's SRB and the threshold, at
    /// least 40 points tall; limits beyond it are cut at the frame.
    var yScale: LinearScale {
        let values = plotted.compactMap(\.estimate.srb) + [threshold]
        var low = values.min() ?? threshold, high = values.max() ?? threshold
        let pad = max((high - low) * 0.15, 20)
        low -= pad
        high += pad
        let step = LinearScale.niceStep((high - low) / 6)
        return LinearScale(domain: max(0, LinearScale.floor(low, to: step))...LinearScale.ceil(high, to: step),
                           range: Self.top...(Self.top + Self.plotHeight), isInverted: true)
    }

    func rendered(title: String) -> String {
        let x = xScale, y = yScale
        let bottom = Self.top + Self.plotHeight, right = Self.left + Self.plotWidth
        var canvas = SVGCanvas(width: right + 190, height: bottom + 44)
        canvas.text(title, x: 0, y: 16, size: 14, className: "title", weight: "bold")
        for tick in y.ticks() {
            canvas.line(x1: Self.left, y1: y(tick), x2: right, y2: y(tick), className: "grid", stroke: "#e2e2e2")
            canvas.text(NumberFormatting.plain(tick), x: Self.left - 6, y: y(tick) + 4, anchor: "end", size: 11, className: "tick")
        }
        for tick in x.ticks() {
            canvas.line(x1: x(tick), y1: bottom, x2: x(tick), y2: bottom + 4, className: "tick-mark", stroke: "#111")
            canvas.text(NumberFormatting.plain(tick), x: x(tick), y: bottom + 16, anchor: "middle", size: 11, className: "tick")
        }
        canvas.text(text(.columnBirths), x: Self.left + Self.plotWidth / 2, y: bottom + 36, anchor: "middle", size: 12,
                    className: "axis-title")
        canvas.text(text(.chartSRBAxis), x: 0, y: Self.top - 10, size: 12, className: "axis-title")
        canvas.element("rect", [("class", "frame"), ("x", SVGCanvas.number(Self.left)), ("y", SVGCanvas.number(Self.top)),
                                ("width", SVGCanvas.number(Self.plotWidth)), ("height", SVGCanvas.number(Self.plotHeight)),
                                ("fill", "none"), ("stroke", "#111")])
        let limits = FunnelLimits(threshold: threshold)
        let end = Int(x.domain.upperBound)
        let births = Array(Set((1...Self.samples).map { max(2, end * $0 / Self.samples) })).sorted()
        let clip = { (value: Double) in min(max(value, y.domain.lowerBound), y.domain.upperBound) }
        var sideLabels: [SideLabel] = []
        for (index, coverage) in coverages.enumerated() {
            let tails = FunnelLimits.tails(coverage)
            let isOuter = index == coverages.count - 1
            for probability in [tails.lower, tails.upper] {
                let line = births.map { n in (x: x(Double(n)), y: y(clip(limits.limit(probability, births: n)))) }
                canvas.polyline(line, className: isOuter ? "limit limit-outer" : "limit limit-inner", stroke: "#555",
                                width: isOuter ? 1.2 : 1.5, dash: isOuter ? "2 3" : "7 4")
            }
            sideLabels.append(SideLabel(text: text(.chartLimit, text.percent(coverage)),
                                        y: y(clip(limits.limit(tails.upper, births: end))) + 4,
                                        className: "limit-label", weight: nil))
        }
        canvas.line(x1: Self.left, y1: y(threshold), x2: right, y2: y(threshold), className: "threshold",
                    stroke: "#111", width: 1.5)
        sideLabels.append(SideLabel(text: text(.chartThreshold, NumberFormatting.plain(threshold)), y: y(threshold) + 4,
                                    className: "threshold-label", weight: "bold"))
        for label in SideLabel.spread(sideLabels, gap: 13, within: (Self.top + 4)...(bottom + 4)) {
            canvas.text(label.text, x: right + 6, y: label.y, size: 11, className: label.className, weight: label.weight)
        }
        let (inner, _) = FunnelLimits.tails(coverages[0])
        var labels = LabelPlacer(rightEdge: right)
        for point in plotted {
            guard let srb = point.estimate.srb else { continue }
            let n = point.estimate.births
            let px = x(Double(n)), py = y(clip(srb))
            let tip = "\(point.name): \(text(.columnSRB)) \(point.estimate.srbText), \(text(.columnBirths)) \(n); "
                + point.status.label(text)
            canvas.mark(point.status, x: px, y: py, radius: 6, title: tip)
            let isOutside = srb > limits.limit(1 - inner, births: n) || srb < limits.limit(inner, births: n)
            if isOutside || point.status == .significant || point.status == .over {
                let place = labels.place(point.name, x: px, y: py)
                canvas.text(point.name, x: place.x, y: place.y, anchor: place.anchor, size: 11, className: "point-label")
            }
        }
        return canvas.rendered(label: title, className: "chart funnel")
    }
}

/// A label beside the plot's right edge, naming a line where it ends.
struct SideLabel: Equatable {
    let text: String
    var y: Double
    let className: String
    let weight: String?

    /// The labels moved apart, in order of their wanted y, so that baselines
    /// are at least `gap` apart and stay within `bounds` when there is room:
    /// each is pushed down below the one above it, then, from the bottom,
    /// up above the one below it. Lines that end close together (the limits
    /// of a large ward) get labels stacked in their own order, never overlaid.
    static func spread(_ labels: [SideLabel], gap: Double, within bounds: ClosedRange<Double>) -> [SideLabel] {
        var placed = labels.sorted { $0.y < $1.y }
        for index in placed.indices {
            let floor = index == 0 ? bounds.lowerBound : placed[index - 1].y + gap
            placed[index].y = max(placed[index].y, floor)
        }
        for index in placed.indices.reversed() {
            let ceiling = index == placed.count - 1 ? bounds.upperBound : placed[index + 1].y - gap
            placed[index].y = min(placed[index].y, ceiling)
        }
        return placed
    }
}

/// Puts point labels where no earlier label is: right of the mark, else left,
/// else a line below or above. Widths are estimated from the character count.
struct LabelPlacer {
    private var boxes: [(left: Double, right: Double, top: Double, bottom: Double)]

    /// Labels stay left of `rightEdge`, where the limits are named.
    init(rightEdge: Double) {
        boxes = [(rightEdge, .infinity, -.infinity, .infinity)]
    }

    mutating func place(_ label: String, x: Double, y: Double) -> (x: Double, y: Double, anchor: String) {
        let width = Double(label.count) * 6.2
        let candidates: [(x: Double, y: Double, anchor: String, left: Double)] = [
            (x + 9, y + 4, "start", x + 9), (x - 9, y + 4, "end", x - 9 - width),
            (x + 9, y + 16, "start", x + 9), (x + 9, y - 8, "start", x + 9),
            (x - 9, y + 16, "end", x - 9 - width), (x - 9, y - 8, "end", x - 9 - width),
        ]
        let chosen = candidates.first { candidate in
            !boxes.contains { box in
                candidate.left < box.right && candidate.left + width > box.left
                    && candidate.y - 10 < box.bottom && candidate.y + 2 > box.top
            }
        } ?? candidates[0]
        boxes.append((chosen.left, chosen.left + width, chosen.y - 10, chosen.y + 2))
        return (chosen.x, chosen.y, chosen.anchor)
    }
}
