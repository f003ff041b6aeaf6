/// A fertility report in Markdown: the heading, then one row per unit and
/// year with births, women, the TFR, its interval and status, then each ASFR.
struct FertilityMarkdown {
    let report: FertilityReport
    let units: [FertilityReport.UnitFertility]
    let text: Localizer

    func rendered() -> String {
        let heading = FertilityHeading(report: report, text: text)
        var output = "**\(MarkdownText.escape(heading.lines[0]))**\n\n"
            + heading.lines.dropFirst().map(MarkdownText.escape).joined(separator: "  \n") + "\n\n"
        output += MarkdownText.row(heading.longTitles)
        output += "|---|---:|---:|---:|---:|---:|---:|---:|---|" + String(repeating: "---:|", count: AgeGroup.allCases.count) + "\n"
        for unit in units + [report.total] {
            for year in unit.years { output += MarkdownText.row(heading.longCells(unit, year)) }
        }
        return output + "\n" + heading.notes.map(MarkdownText.escape).joined(separator: "  \n") + "\n"
    }
}
