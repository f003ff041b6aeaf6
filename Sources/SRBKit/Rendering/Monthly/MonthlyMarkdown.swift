/// A monthly view as a Markdown pipe table: the heading as a paragraph, one row
/// per unit with every window (and, with `--by-order`, one per birth order below
/// it), then the notes and the footer.
struct MonthlyMarkdown {
    let monthly: MonthlyReport
    let units: [MonthlyReport.UnitMonthly]
    let text: Localizer
    var madeOn: CalendarDay? = nil

    func rendered() -> String {
        let heading = MonthlyHeading(monthly: monthly, text: text)
        let lines = heading.lines
        var output = "**\(MarkdownText.escape(lines[0]))**\n\n"
            + lines.dropFirst().map(MarkdownText.escape).joined(separator: "  \n") + "\n\n"
        let hasCodes = units.contains { $0.unit.code != nil }
        let titles = heading.windowTitles
        let percent = NumberFormatting.percent(monthly.settings.confidence)
        output += MarkdownText.row((hasCodes ? [text(.columnCode)] : [])
            + [ReportHeading.unitColumnTitle(monthly.settings.level, text), titles[0], titles[1], titles[2],
               text(.columnInterval, percent), text(.columnStatus), titles[3], text(.columnChange12Months),
               text(.columnChangePValue)])
        output += (hasCodes ? "|---" : "") + "|---|---:|---:|---:|---:|---|---:|---:|---:|\n"
        let orderCode: String? = hasCodes ? "" : nil
        func orderRows(_ unit: MonthlyReport.UnitMonthly) -> String {
            (unit.byOrder ?? []).map { row($0, name: "↳ " + MarkdownText.escape($0.order.label(text)), code: orderCode) }.joined()
        }
        for unit in units {
            output += row(unit, name: MarkdownText.escape(unit.unit.name), code: hasCodes ? unit.unit.code ?? "" : nil) + orderRows(unit)
        }
        output += row(monthly.total, name: "**" + MarkdownText.escape(text(.totalRow)) + "**", code: orderCode)
            + orderRows(monthly.total)
        output += "\n" + MarkdownText.escape(text(.monthlyLegend)) + "  \n" + MarkdownText.escape(text(.monthlyChangeNote)) + "\n\n"
        return output + heading.footer(madeOn: madeOn).map(MarkdownText.escape).joined(separator: "  \n") + "\n"
    }

    /// `name` is already escaped (the total's is bold); a birth order's row has no code.
    private func row(_ unit: some MonthlyWindowedNumbers, name: String, code: String?) -> String {
        let last = unit.last12Months
        let status = [last.status.mark, last.status.label(text)].filter { !$0.isEmpty }.joined(separator: " ")
        let cells = [unit.windows[0].srbAndBirths, unit.windows[1].srbAndBirths, last.srbAndBirths,
                     last.estimate.intervalText, status, unit.windows[3].srbAndBirths, unit.changeText, unit.pValueText]
        return "| " + ((code.map { [MarkdownText.escape($0)] } ?? []) + [name] + cells.map(MarkdownText.escape))
            .joined(separator: " | ") + " |\n"
    }
}
