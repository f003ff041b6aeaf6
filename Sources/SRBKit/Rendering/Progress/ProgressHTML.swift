/// A progress report as one self-contained HTML page (no external reference):
/// heading, one row per unit with the years across (SRB and verdict, the year's
/// births, interval and path in each cell's tooltip), the trend, the legend.
struct ProgressHTML {
    let progress: ProgressReport
    let text: Localizer
    /// The plan's activities, placed under the table (`srb progress --plan`).
    var plan: PlanProgress?
    var madeOn: CalendarDay? = nil

    func rendered() -> String {
        let heading = ProgressHeading(progress: progress, text: text).lines
        let target = String(progress.targets.targetYear)
        var body = "<h1>\(HTMLText.escape(heading[0]))</h1>\n"
        body += heading.dropFirst().map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
        body += chart
        for first in stride(from: 0, to: progress.years.count, by: Self.yearsPerTable) {
            let block = first..<min(first + Self.yearsPerTable, progress.years.count)
            body += table(titles: progress.years.map(String.init)[block]) { series in
                series.years[block].map(yearCell).joined()
            }
        }
        body += "<h2>\(HTMLText.escape(text(.progressTrendHeading)))</h2>\n"
        body += table(titles: [text(.columnTrend), text(.columnTrendWeighted), text(.columnTrendTest),
                               text(.columnProjectedInterval, target)]) { series in
            [series.trendPerYear.map { ProgressSeries.signed($0) } ?? "–",
             series.weightedTrendPerYear.map { ProgressSeries.signed($0) } ?? "–",
             series.trendTestText(text), series.projectionText(text)].map { "<td>\(HTMLText.escape($0))</td>" }.joined()
        }
        body += "<p class=\"legend\">\(HTMLText.escape(text(.progressLegend)))</p>\n"
        body += "<p class=\"legend\">\(HTMLText.escape(text(.progressTrendNote, target)))</p>\n"
        let style = """
        table { border-collapse: collapse; margin-bottom: 1em; }
        table.years th, table.years td { padding: 0.2em 0.7em; border-bottom: 1px solid #ccc; text-align: right;
                                         white-space: nowrap; }
        table.years th:first-child, table.years td:first-child { text-align: left; }
        td.off_path { background: #f8d0d0; }
        td.on_path { background: #fbecc8; }
        tr.order td { color: #444; font-size: 90%; }
        tr.total td { font-weight: bold; border-top: 2px solid #111; }
        footer { margin-top: 1.5em; color: #444; font-size: 0.9em; }
        \(HTMLPage.chartStyle)
        """
        if let plan { body += PlanHTML(progress: plan, text: text).body }
        body += "<footer>\n" + ReportHeading.footer(files: progress.input.files, input: progress.input, period: progress.period,
                                                    madeOn: madeOn, text: text).map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
            + "</footer>\n"
        return HTMLPage.document(title: heading[0], language: text.language,
                                 style: style + (plan == nil ? "" : PlanHTML.style), body: body)
    }

    /// One small chart per unit and one for the total, on one shared scale.
    private var chart: String {
        let panels = progress.unitsInReadingOrder.map { ProgressChart.Panel(name: $0.unit.name, series: $0.series) }
            + [ProgressChart.Panel(name: text(.totalRow), series: progress.total.series)]
        let chart = ProgressChart(panels: panels, years: progress.years, threshold: progress.settings.threshold, text: text)
        return "<figure>\n<h2>\(HTMLText.escape(text(.chartProgressTitle)))</h2>\n<div class=\"small-multiples\">\n"
            + chart.rendered().joined() + "</div>\n<figcaption>"
            + HTMLText.escape(text(.chartProgressNote, NumberFormatting.plain(progress.settings.threshold)))
            + "</figcaption>\n</figure>\n"
    }

    /// Years per table: a long series is cut into tables that fit an A4
    /// page, as the text table wraps at its width.
    static let yearsPerTable = 8

    /// One table: the unit column, then `titles`, one row per unit (and birth
    /// order) with `cells` of its series, the total last.
    private func table(titles: some Sequence<String>, cells: (ProgressSeries) -> String) -> String {
        let header = ([ReportHeading.unitColumnTitle(progress.settings.level, text)] + titles)
            .map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        var html = "<table class=\"years\">\n<thead><tr>\(header)</tr></thead>\n<tbody>\n"
        for unit in progress.unitsInReadingOrder { html += rows(unit, name: unit.unit.name, cells: cells) }
        // The total is the table's last row, not a <tfoot>, which a printed page would repeat.
        html += rows(progress.total, name: text(.totalRow), isTotal: true, cells: cells) + "</tbody>\n</table>\n"
        return html
    }

    private func rows(_ unit: UnitProgress, name: String, isTotal: Bool = false,
                      cells: (ProgressSeries) -> String) -> String {
        var output = row(name, cells(unit.series), className: isTotal ? "total" : "unit")
        for part in unit.byOrder ?? [] {
            output += row("↳ " + part.order.label(text), cells(part.series), className: "order")
        }
        return output
    }

    private func row(_ name: String, _ cells: String, className: String) -> String {
        "<tr class=\"\(className)\"><td>\(HTMLText.escape(name))</td>\(cells)</tr>\n"
    }

    /// A year's SRB and verdict mark, its births, interval and path in the tooltip.
    private func yearCell(_ year: YearProgress) -> String {
        let percent = NumberFormatting.percent(progress.settings.confidence)
        var tip = "\(text(.columnBirths)) \(year.estimate.births) (\(year.estimate.boys)/\(year.estimate.girls)); "
            + "\(text(.columnInterval, percent)) \(year.estimate.intervalText)"
        if let path = year.path { tip += "; \(text(.columnPath)) \(NumberFormatting.fixed(path, places: 1))" }
        tip += "; " + year.verdict.label(text)
        return "<td class=\"\(year.verdict.rawValue)\" title=\"\(HTMLText.escape(tip))\">"
            + HTMLText.escape(year.markedSRB) + "</td>"
    }
}
