/// A monthly view as one self-contained HTML page (no external reference): the
/// heading, per unit a small chart of the rolling 12-month SRB with its interval
/// and the threshold, then the month's table with every window (and, with
/// `--by-order`, a row per birth order below each unit), and the notes.
struct MonthlyHTML {
    let monthly: MonthlyReport
    let units: [MonthlyReport.UnitMonthly]
    let text: Localizer
    var madeOn: CalendarDay? = nil

    func rendered() -> String {
        let heading = MonthlyHeading(monthly: monthly, text: text)
        let lines = heading.lines
        var body = "<h1>\(HTMLText.escape(lines[0]))</h1>\n"
        body += lines.dropFirst().map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
        body += chart
        body += table(heading)
        body += "<p class=\"legend\">\(HTMLText.escape(text(.monthlyLegend)))</p>\n"
        body += "<p class=\"legend\">\(HTMLText.escape(text(.monthlyChangeNote)))</p>\n"
        body += "<footer>\n" + heading.footer(madeOn: madeOn).map { "<p>\(HTMLText.escape($0))</p>\n" }.joined() + "</footer>\n"
        let style = """
        table { border-collapse: collapse; margin-bottom: 1em; font-size: 0.9em; }
        th, td { padding: 0.2em 0.5em; border-bottom: 1px solid #ccc; text-align: right; white-space: nowrap; }
        th { white-space: normal; vertical-align: bottom; }
        th.name, td.name, td.code, td.status { text-align: left; }
        tr.significant td { background: #f8d0d0; font-weight: bold; }
        tr.over td { background: #fbecc8; }
        tr.total td { font-weight: bold; border-top: 2px solid #111; }
        footer { margin-top: 1.5em; color: #444; font-size: 0.9em; }
        \(HTMLPage.chartStyle)
        figure.rolling { break-inside: auto; page-break-inside: auto; }
        figure.rolling svg { break-inside: avoid; page-break-inside: avoid; }
        """
        return HTMLPage.document(title: lines[0], language: text.language, style: style, body: body)
    }

    /// One small chart per unit and one for the total, on one shared scale;
    /// nothing when no unit has 12 months of data.
    private var chart: String {
        let panels = units.map { RollingChart.Panel(name: $0.unit.name, points: $0.rolling) }
            + [RollingChart.Panel(name: text(.totalRow), points: monthly.total.rolling)]
        guard panels.contains(where: { !$0.points.isEmpty }) else { return "" }
        let chart = RollingChart(panels: panels, threshold: monthly.settings.threshold,
                                 minimumBirths: monthly.settings.minimumBirths, text: text)
        let percent = NumberFormatting.percent(monthly.settings.confidence)
        return "<figure class=\"rolling\">\n<h2>\(HTMLText.escape(text(.chartRollingTitle, percent)))</h2>\n<div class=\"small-multiples\">\n"
            + chart.rendered().joined() + "</div>\n<figcaption>"
            + HTMLText.escape(text(.chartRollingNote, NumberFormatting.plain(monthly.settings.threshold)))
            + "</figcaption>\n</figure>\n"
    }

    private func table(_ heading: MonthlyHeading) -> String {
        let titles = heading.windowTitles
        let percent = NumberFormatting.percent(monthly.settings.confidence)
        let hasCodes = units.contains { $0.unit.code != nil }
        let header = ((hasCodes ? [text(.columnCode)] : [])
            + [ReportHeading.unitColumnTitle(monthly.settings.level, text), titles[0], titles[1], titles[2],
               text(.columnIntervalShort, percent), text(.columnStatus), titles[3], text(.columnChange12Months),
               text(.columnChangePValue)]).enumerated().map { index, title in
            let leftAligned = index <= (hasCodes ? 1 : 0) || index == (hasCodes ? 6 : 5)  // code, name, status
            return leftAligned ? "<th class=\"name\">\(HTMLText.escape(title))</th>" : "<th>\(HTMLText.escape(title))</th>"
        }.joined()
        var html = "<table>\n<thead><tr>\(header)</tr></thead>\n<tbody>\n"
        let orderCode: String? = hasCodes ? "" : nil
        func orderRows(_ unit: MonthlyReport.UnitMonthly) -> String {
            (unit.byOrder ?? []).map { row($0, name: "↳ " + $0.order.label(text), code: orderCode, className: "order") }.joined()
        }
        for unit in units {
            html += row(unit, name: unit.unit.name, code: hasCodes ? unit.unit.code ?? "" : nil, className: nil) + orderRows(unit)
        }
        // The total is the table's last rows, not a <tfoot>, which a printed page would repeat.
        html += row(monthly.total, name: text(.totalRow), code: orderCode, className: "total") + orderRows(monthly.total)
        return html + "</tbody>\n</table>\n"
    }

    /// A unit's row (class: its last 12 months' status), the total's or a birth order's (`className`).
    private func row(_ unit: some MonthlyWindowedNumbers, name: String, code: String?, className: String?) -> String {
        let last = unit.last12Months
        let status = [last.status.mark, last.status.label(text)].filter { !$0.isEmpty }.joined(separator: " ")
        func cell(_ value: String, _ className: String? = nil) -> String {
            "<td\(className.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(value))</td>"
        }
        let tip = { (window: MonthlyReport.WindowResult) in
            "<td title=\"\(HTMLText.escape(PeriodLabel.text(window.period) + ": " + window.estimate.intervalText))\">"
                + HTMLText.escape(window.srbAndBirths) + "</td>"
        }
        let cells = (code.map { cell($0, "code") } ?? "") + cell(name, "name") + tip(unit.windows[0]) + tip(unit.windows[1]) + tip(last)
            + cell(last.estimate.intervalText) + cell(status, "status") + tip(unit.windows[3])
            + cell(unit.changeText) + cell(unit.pValueText)
        return "<tr class=\"\(className ?? last.status.rawValue)\">\(cells)</tr>\n"
    }
}
