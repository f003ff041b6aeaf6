/// A report as one self-contained HTML page (no external reference): heading,
/// the table of units with marks as well as colours, and the legend.
struct ReportHTML {
    let report: Report
    let units: [UnitResult]
    let text: Localizer
    let isCheck: Bool
    var madeOn: CalendarDay? = nil

    func rendered() -> String {
        let headingLines = ReportHeading(report: report, text: text, isCheck: isCheck, madeOn: madeOn)
        let heading = headingLines.lines
        let percent = NumberFormatting.percent(report.settings.confidence)
        let titles = (hasCodes ? [text(.columnCode)] : []) + [ReportHeading.unitColumnTitle(report.settings.level, text),
                      text(.columnBirths), text(.columnBoys), text(.columnGirls), text(.columnSRB),
                      text(.columnInterval, percent), text(.columnStatus)]
        var body = "<h1>\(HTMLText.escape(heading[0]))</h1>\n<p>\(HTMLText.escape(heading[1]))</p>\n"
        body += charts(percent: percent)
        body += "<table>\n<thead><tr>" + titles.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for unit in units {
            body += row(unit.unit.name, unit.estimate, unit.status, className: unit.status.rawValue, code: unit.unit.code)
            for part in unit.byOrder ?? [] {
                body += row("↳ " + part.order.label(text), part.estimate, part.status, className: "order", code: nil)
            }
        }
        // The total is the table's last row, not a <tfoot>, which a printed page would repeat.
        body += row(text(.totalRow), report.total.estimate, report.total.status, className: "total", code: nil)
        body += "</tbody>\n</table>\n<p class=\"legend\">\(HTMLText.escape(text(.legend)))</p>\n"
        body += "<footer>\n" + headingLines.footer.map { "<p>\(HTMLText.escape($0))</p>\n" }.joined() + "</footer>\n"
        let style = """
        table { border-collapse: collapse; }
        th, td { padding: 0.2em 0.7em; border-bottom: 1px solid #ccc; text-align: right; }
        th:first-child, td:first-child, th:last-child, td:last-child { text-align: left; }
        \(hasCodes ? "th:nth-child(2), td:nth-child(2) { text-align: left; }" : "")
        tr.significant td { background: #f8d0d0; font-weight: bold; }
        tr.over td { background: #fbecc8; }
        tr.total td { font-weight: bold; border-top: 2px solid #111; }
        footer { margin-top: 1.5em; color: #444; font-size: 0.9em; }
        \(HTMLPage.chartStyle)
        """
        return HTMLPage.document(title: heading[0], language: text.language, style: style, body: body)
    }

    /// The bars of every unit and the total, then the funnel plot of the units
    /// (none with `--by total`, or when `check` shows no unit).
    private func charts(percent: String) -> String {
        let threshold = report.settings.threshold
        let rows = units.map { SRBBarChart.Row(name: $0.unit.name, estimate: $0.estimate, status: $0.status) }
            + [SRBBarChart.Row(name: text(.totalRow), estimate: report.total.estimate, status: report.total.status,
                               isTotal: true)]
        var html = "<figure>\n" + SRBBarChart(rows: rows, threshold: threshold, text: text)
            .rendered(title: text(.chartBarsTitle, percent)) + "</figure>\n"
        guard !units.isEmpty else { return html }
        let points = units.map { FunnelPlot.Point(name: $0.unit.name, estimate: $0.estimate, status: $0.status) }
        html += "<figure>\n" + FunnelPlot(points: points, threshold: threshold, confidence: report.settings.confidence, text: text)
            .rendered(title: text(.chartFunnelTitle))
        let note = text(.chartFunnelNote, text.percent(report.settings.confidence), text.percent(FunnelPlot.outerCoverage))
        html += "<figcaption>\(HTMLText.escape(note))</figcaption>\n</figure>\n"
        return html
    }

    /// True with a ward registry: its codes get a column.
    private var hasCodes: Bool { units.contains { $0.unit.code != nil } }

    private func row(_ name: String, _ estimate: SexRatioEstimate, _ status: UnitStatus, className: String,
                     code: String?) -> String {
        let statusText = [status.mark, status.label(text)].filter { !$0.isEmpty }.joined(separator: " ")
        let cells = (hasCodes ? [code ?? ""] : []) + [name, String(estimate.births), String(estimate.boys), String(estimate.girls),
                     estimate.srbText, estimate.intervalText, statusText]
        return "<tr class=\"\(className)\">" + cells.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
    }
}
