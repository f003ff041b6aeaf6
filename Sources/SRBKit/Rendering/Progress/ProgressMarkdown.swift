/// A progress report in Markdown: the heading, then the long table (one row per
/// unit and year, SPEC's columns spelled exactly, `order` last when split), then a
/// table of each unit's trend.
///
/// The long table is the CSV's: column names, levels, the total's name and the
/// verdict words as the CSV writes them in every language (SPEC "Output"), so a
/// script reads the same table from either. Unlike the CSV, and like the
/// report's Markdown, it is for people: SRB, interval, change and path are
/// rounded to one decimal, and a null is `–`.
struct ProgressMarkdown {
    let progress: ProgressReport
    let text: Localizer

    func rendered() -> String {
        let heading = ProgressHeading(progress: progress, text: text).lines
        var output = "**\(MarkdownText.escape(heading[0]))**\n\n"
            + heading.dropFirst().map(MarkdownText.escape).joined(separator: "  \n") + "\n\n"
        let splits = progress.settings.splitsByBirthOrder
        output += MarkdownText.verbatimRow(UnitProgress.delimitedHeader + (splits ? ["order"] : []))
        output += "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|" + (splits ? "---|" : "") + "\n"
        for unit in progress.unitsInReadingOrder + [progress.total] {
            for (offset, year) in unit.series.years.enumerated() {
                output += MarkdownText.verbatimRow(cells(unit, year) + (splits ? [""] : []))
                for part in unit.byOrder ?? [] {
                    output += MarkdownText.verbatimRow(cells(unit, part.series.years[offset]) + [part.order.rawValue])
                }
            }
        }
        let settings = progress.settings
        output += "\n" + MarkdownText.escape(text(.progressMarkdownColumns, NumberFormatting.percent(settings.confidence),
                                                   settings.intervalMethod == .exact ? text(.methodExact) : text(.methodWilson)))
            + "\n"

        output += "\n**\(MarkdownText.escape(text(.progressTrendHeading)))**\n\n"
        let target = String(progress.targets.targetYear)
        output += MarkdownText.row([text(.columnName), text(.columnTrend), text(.columnTrendWeighted),
                                    text(.columnTrendTest), text(.columnProjectedInterval, target)]
                                   + (splits ? [text(.columnOrder)] : []))
        output += "|---|---:|---:|---|---:|" + (splits ? "---|" : "") + "\n"
        for unit in progress.unitsInReadingOrder + [progress.total] {
            output += MarkdownText.row(trendCells(unitName(unit), unit.series) + (splits ? [""] : []))
            for part in unit.byOrder ?? [] {
                output += MarkdownText.row(trendCells(unitName(unit), part.series) + [part.order.label(text)])
            }
        }
        return output + "\n" + MarkdownText.escape(text(.progressTrendNote, target)) + "\n"
    }

    private func unitName(_ unit: UnitProgress) -> String {
        unit.unit.level == .total ? text(.totalRow) : unit.unit.name
    }

    /// The CSV's cells of one year, its numbers rounded to one decimal; the code
    /// and name (data) escaped, the rest srb's own words and numbers.
    private func cells(_ unit: UnitProgress, _ year: YearProgress) -> [String] {
        let estimate = year.estimate
        func rounded(_ value: Double?) -> String { value.map { NumberFormatting.fixed($0, places: 1) } ?? "–" }
        return [unit.unit.level.rawValue, MarkdownText.escape(unit.unit.code ?? ""), MarkdownText.escape(unit.unit.name),
                String(year.year),
                String(estimate.births), String(estimate.boys), String(estimate.girls), rounded(estimate.srb),
                rounded(estimate.ciLow), rounded(estimate.ciHigh), rounded(year.change), rounded(year.path),
                year.verdict.rawValue]
    }

    private func trendCells(_ name: String, _ series: ProgressSeries) -> [String] {
        [name, series.trendPerYear.map { ProgressSeries.signed($0) } ?? "–",
         series.weightedTrendPerYear.map { ProgressSeries.signed($0) } ?? "–",
         series.trendTestText(text), series.projectionText(text)]
    }
}
