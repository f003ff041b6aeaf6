/// Per-unit SRB as horizontal bars from 0, the interval as a whisker, the
/// threshold as a dashed vertical line; each bar coloured by status and
/// marked ▲/△ beside its value, so that a black-and-white print keeps the flags.
/// One row per unit, the total last.
struct SRBBarChart {
    let rows: [Row]
    let threshold: Double
    let text: Localizer

    /// One bar: a unit's name, estimate and status.
    struct Row {
        let name: String
        let estimate: SexRatioEstimate
        let status: UnitStatus
        var isTotal = false
    }

    static let labelWidth = 190.0
    static let plotWidth = 560.0
    static let rowHeight = 24.0
    static let top = 34.0

    /// SRB → x: 0 to a round value above every SRB, interval end (those beyond
    /// twice the largest SRB are cut, with an arrow) and the threshold.
    var scale: LinearScale {
        let largestSRB = rows.compactMap(\.estimate.srb).max() ?? threshold
        let cap = max(threshold, largestSRB) * 1.6
        let highs = rows.compactMap { row in row.estimate.ciHigh.map { min($0, cap) } }
        let top = max(threshold, largestSRB, highs.max() ?? 0) * 1.02
        let step = LinearScale.niceStep(top / 6)
        return LinearScale(domain: 0...LinearScale.ceil(top, to: step),
                           range: Self.labelWidth...(Self.labelWidth + Self.plotWidth))
    }

    func rendered(title: String) -> String {
        let scale = scale
        let plotBottom = Self.top + Self.rowHeight * Double(rows.count)
        var canvas = SVGCanvas(width: Self.labelWidth + Self.plotWidth + 150, height: plotBottom + 40)
        canvas.text(title, x: 0, y: 16, size: 14, className: "title", weight: "bold")
        for tick in scale.ticks() {
            let x = scale(tick)
            canvas.line(x1: x, y1: Self.top - 4, x2: x, y2: plotBottom, className: "grid", stroke: "#ddd")
            canvas.text(NumberFormatting.plain(tick), x: x, y: plotBottom + 16, anchor: "middle", size: 11, className: "tick")
        }
        canvas.text(text(.chartSRBAxis), x: Self.labelWidth + Self.plotWidth / 2, y: plotBottom + 34, anchor: "middle",
                    size: 12, className: "axis-title")
        for (index, row) in rows.enumerated() {
            let y = Self.top + Self.rowHeight * Double(index)
            draw(row, top: y, on: &canvas, scale: scale)
        }
        let thresholdX = scale(threshold)
        canvas.line(x1: thresholdX, y1: Self.top - 8, x2: thresholdX, y2: plotBottom, className: "threshold",
                    stroke: "#111", width: 1.5, dash: "6 3")
        canvas.text(text(.chartThreshold, NumberFormatting.plain(threshold)), x: thresholdX, y: Self.top - 11,
                    anchor: "middle", size: 11, className: "threshold-label")
        return canvas.rendered(label: title, className: "chart bars")
    }

    private func draw(_ row: Row, top: Double, on canvas: inout SVGCanvas, scale: LinearScale) {
        let middle = top + Self.rowHeight / 2
        let color = ChartColors.status(row.status)
        let fill = ChartColors.tint(row.status)
        let weight = row.isTotal ? "bold" : nil
        if row.isTotal {
            canvas.line(x1: 0, y1: top, x2: Self.labelWidth + Self.plotWidth, y2: top, className: "total-rule", stroke: "#111")
        }
        canvas.text(row.name, x: Self.labelWidth - 8, y: middle + 4, anchor: "end", size: 12, className: "name", weight: weight)
        let tip = "\(row.name): \(text(.columnSRB)) \(row.estimate.srbText) (\(row.estimate.intervalText)); "
            + "\(text(.columnBirths)) \(row.estimate.births); \(row.status.label(text))"
        let limit = scale.domain.upperBound
        if let srb = row.estimate.srb {
            canvas.rect(x: scale(0), y: top + 5, width: scale(min(srb, limit)) - scale(0), height: Self.rowHeight - 10,
                        className: "bar \(row.status.rawValue)", fill: fill, stroke: "#111", title: tip)
        }
        if let low = row.estimate.ciLow {
            let lowX = scale(min(low, limit))
            let highX = scale(min(row.estimate.ciHigh ?? limit, limit))
            canvas.line(x1: lowX, y1: middle, x2: highX, y2: middle, className: "whisker", stroke: "#111", width: 1.5)
            canvas.line(x1: lowX, y1: middle - 5, x2: lowX, y2: middle + 5, className: "whisker", stroke: "#111", width: 1.5)
            if (row.estimate.ciHigh ?? .infinity) > limit {
                canvas.element("polygon", [("class", "whisker-cut"), ("points", SVGCanvas.pointList(
                    [(x: highX, y: middle), (x: highX - 7, y: middle - 4), (x: highX - 7, y: middle + 4)])), ("fill", "#111")])
            } else {
                canvas.line(x1: highX, y1: middle - 5, x2: highX, y2: middle + 5, className: "whisker", stroke: "#111", width: 1.5)
            }
        }
        let value = [row.estimate.srbText, row.status.mark].filter { !$0.isEmpty }.joined(separator: " ")
        canvas.text(value, x: Self.labelWidth + Self.plotWidth + 8, y: middle + 4, size: 12, className: "value",
                    weight: row.status == .significant || row.isTotal ? "bold" : nil,
                    fill: row.status == .significant ? color : "#111")
    }
}
