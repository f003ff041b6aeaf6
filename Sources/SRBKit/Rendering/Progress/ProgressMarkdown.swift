/// A progress report in Markdown: the heading, then the long table (one row per
/// unit and year, SPEC's columns translated, the order last when split), then a
/// table of each unit's trend.
struct ProgressMarkdown {
    let progress: ProgressReport
    let text: Localizer

    func rendered() -> String {
        let heading = ProgressHeading(progress: progress, text: text).lines
        var output = "**\(MarkdownText.escape(heading[0]))**\n\n"
            + heading.dropFirst().map(MarkdownText.escape).joined(separator: "  \n") + "\n\n"
        let splits = progress.settings.splitsByBirthOrder
        let percent = NumberFormatting.percent(progress.settings.confidence)
        var titles = [text(.columnLevel), text(.columnCode), text(.columnName), text(.columnYear), text(.columnBirths),
                      text(.columnBoys), text(.columnGirls), text(.columnSRB), text(.columnIntervalLow, percent),
                      text(.columnIntervalHigh, percent), text(.columnChange), text(.columnPath), text(.columnVerdict)]
        if splits { titles.append(text(.columnOrder)) }
        output += MarkdownText.row(titles)
        output += "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|" + (splits ? "---|" : "") + "\n"
        for unit in progress.unitsInReadingOrder + [progress.total] {
            for (offset, year) in unit.series.years.enumerated() {
                output += MarkdownText.row(cells(unit, year) + (splits ? [""] : []))
                for part in unit.byOrder ?? [] {
                    output += MarkdownText.row(cells(unit, part.series.years[offset]) + [part.order.label(text)])
                }
            }
        }

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
        return output + "\n" + MarkdownText.escape(text(.progressLegend)) + "  \n"
            + MarkdownText.escape(text(.progressTrendNote, target)) + "\n"
    }

    private func unitName(_ unit: UnitProgress) -> String {
        unit.unit.level == .total ? text(.totalRow) : unit.unit.name
    }

    private func cells(_ unit: UnitProgress, _ year: YearProgress) -> [String] {
        let estimate = year.estimate
        let level = unit.unit.level == .total ? text(.totalRow) : ReportHeading.unitColumnTitle(unit.unit.level, text)
        return [level, unit.unit.code ?? "", unitName(unit), String(year.year), String(estimate.births),
                String(estimate.boys), String(estimate.girls), estimate.srbText,
                estimate.ciLow.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                estimate.ciHigh.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                year.change.map { ProgressSeries.signed($0, places: 1) } ?? "–",
                year.path.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                year.verdict.mark + " " + year.verdict.label(text)]
    }

    private func trendCells(_ name: String, _ series: ProgressSeries) -> [String] {
        [name, series.trendPerYear.map { ProgressSeries.signed($0) } ?? "–",
         series.weightedTrendPerYear.map { ProgressSeries.signed($0) } ?? "–",
         series.trendTestText(text), series.projectionText(text)]
    }
}
