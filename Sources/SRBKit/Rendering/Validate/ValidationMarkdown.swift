/// A validation as Markdown: a heading, paragraphs and pipe tables, with every
/// month of every unit (likely gaps in bold).
struct ValidationMarkdown {
    let validation: Validation
    let text: Localizer

    func rendered() -> String {
        let sections = ValidationSections(validation: validation, text: text)
        func table(_ titles: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
            var output = MarkdownText.row(titles)
            output += "|" + titles.indices.map { rightAligned.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|\n"
            for row in rows { output += MarkdownText.row(row) }
            return output + "\n"
        }
        var output = "## \(MarkdownText.escape(sections.title))\n\n\(MarkdownText.escape(sections.filesLine))\n\n"
        output += table(["", ""], sections.rowLines.map { [$0.label.trimmingSpaces, String($0.count)] }, rightAligned: [1])
        output += sections.factLines.map { MarkdownText.escape($0) + "\n\n" }.joined()

        output += "### \(MarkdownText.escape(text(.validateMonthlyHeading)))\n\n"
        output += table(sections.unitTitles, sections.unitRows, rightAligned: [1, 2, 3])
        output += sections.gapLines.map { MarkdownText.escape($0) + "\n\n" }.joined()
        if !validation.months.isEmpty {
            var grid = MarkdownText.row([sections.unitColumnTitle] + validation.months.map(Validation.monthLabel))
            grid += "|---|" + validation.months.map { _ in "---:" }.joined(separator: "|") + "|\n"
            for entry in validation.unitsInReadingOrder {
                let cells = entry.monthlyBirths.enumerated().map { index, births in
                    entry.gapMonths.contains(index) ? "**\(births)**" : String(births)
                }
                grid += "| " + ([MarkdownText.escape(entry.unit.name)] + cells).joined(separator: " | ") + " |\n"
            }
            output += grid + "\n"
        }

        output += "### \(MarkdownText.escape(text(.validateSexHeading)))\n\n"
        output += table(sections.sexTitles, sections.sexRows, rightAligned: [2])
        if let line = sections.otherSpellingsLine { output += MarkdownText.escape(line) + "\n\n" }

        output += "### \(MarkdownText.escape(text(.validateDuplicatesHeading)))\n\n"
        output += MarkdownText.escape(sections.duplicateLine) + "\n\n"
        if !validation.duplicateExamples.isEmpty {
            output += table(sections.duplicateTitles, sections.duplicateRows, rightAligned: [])
        }
        if !validation.unknownUnits.isEmpty || validation.otherUnknownUnitRows > 0 {
            output += "### \(MarkdownText.escape(text(.validateUnknownUnitsHeading)))\n\n"
            output += table(sections.unknownTitles, sections.unknownRows, rightAligned: [1])
            if let line = sections.otherUnknownLine { output += MarkdownText.escape(line) + "\n\n" }
        }
        output += "### \(MarkdownText.escape(text(.validateFindingsHeading)))\n\n"
        output += sections.findingLines.map { "- " + MarkdownText.escape($0) + "\n" }.joined() + "\n"
        return output + "**" + MarkdownText.escape(sections.verdict) + "**\n"
    }
}
