/// A fertility report as one self-contained HTML page: the heading, per unit
/// its age-specific curve (ASFR by age group, one line a year) and its TFR by
/// year with the interval against the target line, then the table.
struct FertilityHTML {
    let report: FertilityReport
    let units: [FertilityReport.UnitFertility]
    let text: Localizer

    func rendered() -> String {
        let heading = FertilityHeading(report: report, text: text)
        var body = "<h1>\(HTMLText.escape(heading.lines[0]))</h1>\n"
        body += heading.lines.dropFirst().map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
        body += "<p class=\"legend\">\(HTMLText.escape(text(.fertilityChartNote, text(.chartASFRTitle), text(.chartTFRTitle), NumberFormatting.plain(report.target))))</p>\n"
        body += "<div class=\"small-multiples\">\n"
        for unit in units + [report.total] {
            body += "<figure><figcaption><b>\(HTMLText.escape(heading.name(unit)))</b></figcaption>\n"
            body += asfrChart(unit) + tfrChart(unit) + "</figure>\n"
        }
        body += "</div>\n" + table(heading)
        body += heading.notes.map { "<p class=\"legend\">\(HTMLText.escape($0))</p>\n" }.joined()
        let style = """
        table { border-collapse: collapse; margin-bottom: 1em; font-size: 0.85em; }
        th, td { padding: 0.2em 0.5em; border-bottom: 1px solid #ccc; text-align: right; white-space: nowrap; }
        th { white-space: normal; vertical-align: bottom; }
        td.name, th.name, td.status, th.status { text-align: left; }
        tr.above td.status { background: #f8d0d0; }
        tr.total td { font-weight: bold; }
        \(HTMLPage.chartStyle)
        .small-multiples figure { margin: 0.4em 0; }
        .small-multiples figcaption { max-width: 600px; }
        """
        return HTMLPage.document(title: heading.lines[0], language: text.language, style: style, body: body)
    }

    private static let size = (width: 250.0, height: 160.0, left: 44.0, right: 10.0, top: 12.0, bottom: 28.0)

    /// The highest rate of any unit and year, so that every curve shares one scale.
    private var asfrCeiling: Double {
        let highest = (units + [report.total]).flatMap(\.years).flatMap { $0.estimate.asfr.values.compactMap { $0 } }.max() ?? 0
        return max(50, (highest / 50).rounded(.up) * 50)
    }

    private var tfrCeiling: Double {
        let highest = (units + [report.total]).flatMap(\.years).compactMap(\.estimate.tfrHigh).max() ?? 0
        return max(3, (max(highest, report.target) + 0.25).rounded(.up))
    }

    private func asfrChart(_ unit: FertilityReport.UnitFertility) -> String {
        let s = Self.size, ceiling = asfrCeiling
        let plotWidth = s.width - s.left - s.right, plotHeight = s.height - s.top - s.bottom
        func x(_ index: Int) -> Double { s.left + plotWidth * (Double(index) + 0.5) / Double(AgeGroup.allCases.count) }
        func y(_ value: Double) -> Double { s.top + plotHeight * (1 - value / ceiling) }
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(Int(s.width))\" height=\"\(Int(s.height))\" viewBox=\"0 0 \(Int(s.width)) \(Int(s.height))\">"
        svg += "<title>\(HTMLText.escape(text(.chartASFRTitle)))</title>"
        svg += axes(ceiling: ceiling, label: text(.chartASFRAxis), y: y)
        for (index, group) in AgeGroup.allCases.enumerated() {
            svg += "<text x=\"\(f(x(index)))\" y=\"\(f(s.height - 14))\" font-size=\"9\" text-anchor=\"middle\">\(group.rawValue)</text>"
        }
        let shown = unit.years.filter { $0.estimate.tfr != nil }
        for (offset, year) in shown.enumerated() {
            let shade = shown.count == 1 ? 0 : Int(170 * Double(shown.count - 1 - offset) / Double(shown.count - 1))
            let points = AgeGroup.allCases.enumerated().compactMap { index, group in
                (year.estimate.asfr[group] ?? nil).map { "\(f(x(index))),\(f(y($0)))" }
            }
            svg += "<polyline fill=\"none\" stroke=\"rgb(\(shade),\(shade),\(200 - shade / 2))\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"><title>\(year.year)</title></polyline>"
        }
        return svg + "</svg>\n"
    }

    private func tfrChart(_ unit: FertilityReport.UnitFertility) -> String {
        let s = Self.size, ceiling = tfrCeiling, count = max(report.years.count, 1)
        let plotWidth = s.width - s.left - s.right, plotHeight = s.height - s.top - s.bottom
        func x(_ index: Int) -> Double { s.left + plotWidth * (Double(index) + 0.5) / Double(count) }
        func y(_ value: Double) -> Double { s.top + plotHeight * (1 - min(value, ceiling) / ceiling) }
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(Int(s.width))\" height=\"\(Int(s.height))\" viewBox=\"0 0 \(Int(s.width)) \(Int(s.height))\">"
        svg += "<title>\(HTMLText.escape(text(.chartTFRTitle)))</title>"
        svg += axes(ceiling: ceiling, label: text(.chartTFRAxis), y: y)
        svg += "<line x1=\"\(f(s.left))\" x2=\"\(f(s.width - s.right))\" y1=\"\(f(y(report.target)))\" y2=\"\(f(y(report.target)))\" stroke=\"#c00\" stroke-dasharray=\"4 3\"/>"
        svg += "<text x=\"\(f(s.width - s.right))\" y=\"\(f(y(report.target) - 3))\" font-size=\"9\" fill=\"#c00\" text-anchor=\"end\">\(NumberFormatting.plain(report.target))</text>"
        for (index, year) in unit.years.enumerated() {
            svg += "<text x=\"\(f(x(index)))\" y=\"\(f(s.height - 14))\" font-size=\"9\" text-anchor=\"middle\">\(year.year)</text>"
            guard let tfr = year.estimate.tfr, let low = year.estimate.tfrLow, let high = year.estimate.tfrHigh else { continue }
            svg += "<line x1=\"\(f(x(index)))\" x2=\"\(f(x(index)))\" y1=\"\(f(y(low)))\" y2=\"\(f(y(high)))\" stroke=\"#557\" stroke-width=\"2\"/>"
            svg += "<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(tfr)))\" r=\"3.5\" fill=\"\(year.status == .above ? "#c00" : "#224")\"><title>\(year.year): \(HTMLText.escape(year.cell(text)))</title></circle>"
        }
        return svg + "</svg>\n"
    }

    /// The y axis with four gridlines and its label, and the x baseline.
    private func axes(ceiling: Double, label: String, y: (Double) -> Double) -> String {
        let s = Self.size
        var svg = ""
        for step in 0...4 {
            let value = ceiling * Double(step) / 4
            svg += "<line x1=\"\(f(s.left))\" x2=\"\(f(s.width - s.right))\" y1=\"\(f(y(value)))\" y2=\"\(f(y(value)))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(f(s.left - 4))\" y=\"\(f(y(value) + 3))\" font-size=\"9\" text-anchor=\"end\">\(NumberFormatting.plain(value))</text>"
        }
        svg += "<text x=\"\(f(s.left))\" y=\"\(f(s.height - 2))\" font-size=\"9\">\(HTMLText.escape(label))</text>"
        return svg
    }

    private func f(_ value: Double) -> String { NumberFormatting.fixed(value, places: 1) }

    private func table(_ heading: FertilityHeading) -> String {
        let statusIndex = FertilityHeading.longStatusIndex
        func kind(_ index: Int) -> String { index == 0 ? " class=\"name\"" : index == statusIndex ? " class=\"status\"" : "" }
        var html = "<table>\n<tr>" + heading.longTitles.enumerated().map { "<th\(kind($0.offset))>\(HTMLText.escape($0.element))</th>" }.joined() + "</tr>\n"
        for unit in units + [report.total] {
            for year in unit.years {
                let cells = heading.longCells(unit, year)
                let rowClass = unit.unit.level == .total ? "total" : year.status.rawValue
                html += "<tr class=\"\(rowClass)\">" + cells.enumerated().map { "<td\(kind($0.offset))>\(HTMLText.escape($0.element))</td>" }.joined() + "</tr>\n"
            }
        }
        return html + "</table>\n"
    }
}
