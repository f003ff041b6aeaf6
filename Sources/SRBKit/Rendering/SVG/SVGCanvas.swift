/// A small inline-SVG writer: elements in the order drawn, numbers with one
/// decimal (locale-free, so the bytes never depend on the machine), every
/// attribute value and text escaped. No namespace URL is written: inline SVG
/// in HTML needs none, and the page must hold no URL at all.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var content = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate or length as written in the file: `12.5`, `-3.0`.
    static func number(_ value: Double) -> String {
        NumberFormatting.fixed(value, places: 1)
    }

    /// One element; `attributes` in the order given; `title` becomes a tooltip child.
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil, title: String? = nil) {
        content += "<\(name)" + attributes.map { " \($0.0)=\"\(HTMLText.escape($0.1))\"" }.joined()
        if text == nil && title == nil {
            content += "/>\n"
            return
        }
        content += ">"
        if let title { content += "<title>\(HTMLText.escape(title))</title>" }
        if let text { content += HTMLText.escape(text) }
        content += "</\(name)>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String,
                       stroke: String = "#111", width: Double = 1, dash: String? = nil) {
        var attributes = [("class", className), ("x1", Self.number(x1)), ("y1", Self.number(y1)),
                          ("x2", Self.number(x2)), ("y2", Self.number(y2)), ("stroke", stroke),
                          ("stroke-width", Self.number(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String,
                       fill: String, stroke: String = "none", title: String? = nil) {
        element("rect", [("class", className), ("x", Self.number(x)), ("y", Self.number(y)),
                         ("width", Self.number(max(0, width))), ("height", Self.number(max(0, height))),
                         ("fill", fill), ("stroke", stroke)], title: title)
    }

    /// A polyline through `points` (nothing for fewer than two).
    mutating func polyline(_ points: [(x: Double, y: Double)], className: String, stroke: String,
                           width: Double = 1.5, dash: String? = nil) {
        guard points.count >= 2 else { return }
        var attributes = [("class", className), ("points", Self.pointList(points)), ("fill", "none"),
                          ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("polyline", attributes)
    }

    /// A text; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ value: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                       className: String = "label", weight: String? = nil, fill: String = "#111") {
        var attributes = [("class", className), ("x", Self.number(x)), ("y", Self.number(y)),
                          ("text-anchor", anchor), ("font-size", Self.number(size)), ("fill", fill)]
        if let weight { attributes.append(("font-weight", weight)) }
        element("text", attributes, text: value)
    }

    /// A point mark that reads without colour: filled triangle (significant),
    /// hollow triangle (over), filled circle (ok), hollow circle (otherwise).
    mutating func mark(_ status: UnitStatus, x: Double, y: Double, radius: Double = 5, title: String? = nil) {
        let color = ChartColors.status(status)
        switch status {
        case .significant, .over:
            let points = [(x: x, y: y - radius * 1.2), (x: x + radius * 1.1, y: y + radius * 0.8),
                          (x: x - radius * 1.1, y: y + radius * 0.8)]
            element("polygon", [("class", "mark \(status.rawValue)"), ("points", Self.pointList(points)),
                                ("fill", status == .significant ? color : "#fff"), ("stroke", color),
                                ("stroke-width", "1.5")], title: title)
        case .ok:
            element("circle", [("class", "mark ok"), ("cx", Self.number(x)), ("cy", Self.number(y)),
                               ("r", Self.number(radius * 0.8)), ("fill", color), ("stroke", color)], title: title)
        case .fewBirths, .noBirths:
            element("circle", [("class", "mark \(status.rawValue)"), ("cx", Self.number(x)), ("cy", Self.number(y)),
                               ("r", Self.number(radius * 0.8)), ("fill", "#fff"), ("stroke", color),
                               ("stroke-width", "1.5")], title: title)
        }
    }

    static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// The whole `<svg>` element, sized in pixels and scalable, labelled for screen readers.
    func rendered(label: String, className: String) -> String {
        let size = "0 0 \(Self.number(width)) \(Self.number(height))"
        return "<svg class=\"\(className)\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
            + "viewBox=\"\(size)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" "
            + "font-family=\"Noto Sans, Arial, sans-serif\">\n\(content)</svg>\n"
    }
}

/// A linear map from data values to pixels.
struct LinearScale {
    let domain: ClosedRange<Double>
    let range: ClosedRange<Double>
    /// True when the pixel grows as the value falls (a y axis).
    var isInverted = false

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span > 0 ? (value - domain.lowerBound) / span : 0
        let fraction = isInverted ? 1 - t : t
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }

    /// Round values across the domain, about `count` of them: steps of 1, 2 or 5 × 10ⁿ.
    func ticks(_ count: Int = 6) -> [Double] {
        let step = LinearScale.niceStep((domain.upperBound - domain.lowerBound) / Double(max(count, 1)))
        guard step > 0 else { return [domain.lowerBound] }
        var value = (domain.lowerBound / step).rounded(.up) * step
        var values: [Double] = []
        while value <= domain.upperBound + step * 1e-9 {
            values.append(value)
            value += step
        }
        return values
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 0 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let fraction = raw / magnitude
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude
    }

    /// `value` rounded outward to a multiple of `step`.
    static func floor(_ value: Double, to step: Double) -> Double { (value / step).rounded(.down) * step }
    static func ceil(_ value: Double, to step: Double) -> Double { (value / step).rounded(.up) * step }
}

/// The charts' colours, each paired with a mark so that print in black and white keeps the meaning.
enum ChartColors {
    static func status(_ status: UnitStatus) -> String {
        switch status {
        case .significant: "#b71c1c"
        case .over: "#e08a00"
        case .ok: "#2e6da4"
        case .fewBirths, .noBirths: "#888888"
        }
    }

    /// A lighter fill of a status, under which a black whisker still shows.
    static func tint(_ status: UnitStatus) -> String {
        switch status {
        case .significant: "#e06666"
        case .over: "#f6c56f"
        case .ok: "#a9c8e8"
        case .fewBirths, .noBirths: "#dddddd"
        }
    }

    static func verdict(_ verdict: ProgressVerdict) -> String {
        switch verdict {
        case .meets: "#2e6da4"
        case .onPath: "#e08a00"
        case .offPath: "#b71c1c"
        case .noBirths: "#888888"
        }
    }
}
