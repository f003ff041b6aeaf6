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
        let titles = [ReportHeading.unitColumnTitle(progress.settings.level, text)] + progress.years.map(String.init)
            + [text(.columnTrend), text(.columnProjected, target), text(.columnTrendWeighted),
               text(.columnProjectedWeighted, target)]
        var body = "<h1>\(HTMLText.escape(heading[0]))</h1>\n"
        body += heading.dropFirst().map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
        body += chart
        body += "<table class=\"years\">\n<thead><tr>" + titles.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for unit in progress.unitsInReadingOrder { body += rows(unit, name: unit.unit.name) }
        // The total is the table's last row, not a <tfoot>, which a printed page would repeat.
        body += rows(progress.total, name: text(.totalRow), isTotal: true) + "</tbody>\n</table>\n"
        body += "<p class=\"legend\">\(HTMLText.escape(text(.progressLegend)))</p>\n"
        body += "<p class=\"legend\">\(HTMLText.escape(text(.progressTrendNote, target)))</p>\n"
        let style = """
        table { border-collapse: collapse; }
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

    private func rows(_ unit: UnitProgress, name: String, isTotal: Bool = false) -> String {
        var output = row(name, unit.series, className: isTotal ? "total" : "unit")
        for part in unit.byOrder ?? [] {
            output += row("↳ " + part.order.label(text), part.series, className: "order")
        }
        return output
    }

    private func row(_ name: String, _ series: ProgressSeries, className: String) -> String {
        let percent = NumberFormatting.percent(progress.settings.confidence)
        var cells = "<td>\(HTMLText.escape(name))</td>"
        for year in series.years {
            var tip = "\(text(.columnBirths)) \(year.estimate.births) (\(year.estimate.boys)/\(year.estimate.girls)); "
                + "\(text(.columnInterval, percent)) \(year.estimate.intervalText)"
            if let path = year.path { tip += "; \(text(.columnPath)) \(NumberFormatting.fixed(path, places: 1))" }
            tip += "; " + year.verdict.label(text)
            cells += "<td class=\"\(year.verdict.rawValue)\" title=\"\(HTMLText.escape(tip))\">"
                + HTMLText.escape(year.markedSRB) + "</td>"
        }
        let extra = [series.trendPerYear.map { ProgressSeries.signed($0) } ?? "–", series.projectionText,
                     series.weightedTrendPerYear.map { ProgressSeries.signed($0) } ?? "–",
                     series.weightedProjectedTargetYearSRB.map { NumberFormatting.fixed($0, places: 1) } ?? "–"]
        cells += extra.map { "<td>\(HTMLText.escape($0))</td>" }.joined()
        return "<tr class=\"\(className)\">\(cells)</tr>\n"
    }
}
