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
        let percent = NumberFormatting.percent(report.confidence)
        output += MarkdownText.row([text(.columnName), text(.columnYear), text(.columnBirths), text(.columnBirthsUnknownAge),
                                    text(.columnWomen), text(.columnTFR), text(.columnIntervalLow, percent),
                                    text(.columnIntervalHigh, percent), text(.columnStatus)]
                                   + AgeGroup.allCases.map { text(.columnASFR, $0.rawValue) })
        output += "|---|---:|---:|---:|---:|---:|---:|---:|---|" + String(repeating: "---:|", count: AgeGroup.allCases.count) + "\n"
        for unit in units + [report.total] {
            for year in unit.years {
                let estimate = year.estimate
                func fixed(_ value: Double?, _ places: Int) -> String { value.map { NumberFormatting.fixed($0, places: places) } ?? "–" }
                output += MarkdownText.row([heading.name(unit), String(year.year), String(estimate.totalBirths),
                                            String(estimate.birthsUnknownAge),
                                            year.hasPopulation ? String(estimate.totalWomen) : "–",
                                            fixed(estimate.tfr, 2), fixed(estimate.tfrLow, 2), fixed(estimate.tfrHigh, 2),
                                            (year.status.mark + " " + year.status.label(text)).trimmingCharacters(in: .whitespaces)]
                                           + AgeGroup.allCases.map { fixed(year.hasPopulation ? estimate.asfr[$0] ?? nil : nil, 1) })
            }
        }
        return output + "\n" + heading.notes.map(MarkdownText.escape).joined(separator: "  \n") + "\n"
    }
}
