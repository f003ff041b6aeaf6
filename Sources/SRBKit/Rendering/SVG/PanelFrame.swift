/// The frame the small-multiple charts share (SRB by year against the path,
/// the rolling 12-month SRB): the panel's size and margins, its SRB scale, and
/// a canvas with the title, the SRB grid and ticks, the x ticks and the frame.
struct PanelFrame {
    let width: Double
    let height: Double
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    var plotRight: Double { width - right }
    var plotBottom: Double { height - bottom }

    /// SRB → y, shared by every panel: round values around `values` and the
    /// threshold, padded by `padShare` of their span (10 points at least).
    func srbScale(_ values: [Double], threshold: Double, padShare: Double) -> LinearScale {
        let all = values + [threshold]
        let low = all.min() ?? threshold, high = all.max() ?? threshold
        let pad = max((high - low) * padShare, 10)
        let step = LinearScale.niceStep((high - low + 2 * pad) / 5)
        return LinearScale(domain: max(0, LinearScale.floor(low - pad, to: step))...LinearScale.ceil(high + pad, to: step),
                           range: top...plotBottom, isInverted: true)
    }

    /// A canvas holding the panel's title, the grid and labels of `y`, a tick
    /// and label at each of `xTicks`, and the frame, in that order.
    func canvas(title: String, y: LinearScale, xTicks: [(x: Double, label: String)]) -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 0, y: 15, size: 13, className: "title", weight: "bold")
        for tick in y.ticks(5) {
            canvas.line(x1: left, y1: y(tick), x2: plotRight, y2: y(tick), className: "grid", stroke: "#e2e2e2")
            canvas.text(NumberFormatting.plain(tick), x: left - 4, y: y(tick) + 4, anchor: "end", size: 10, className: "tick")
        }
        for tick in xTicks {
            canvas.line(x1: tick.x, y1: plotBottom, x2: tick.x, y2: plotBottom + 3, className: "tick-mark", stroke: "#111")
            canvas.text(tick.label, x: tick.x, y: plotBottom + 15, anchor: "middle", size: 10, className: "tick")
        }
        canvas.element("rect", [("class", "frame"), ("x", SVGCanvas.number(left)), ("y", SVGCanvas.number(top)),
                                ("width", SVGCanvas.number(plotRight - left)),
                                ("height", SVGCanvas.number(plotBottom - top)), ("fill", "none"), ("stroke", "#111")])
        return canvas
    }
}
