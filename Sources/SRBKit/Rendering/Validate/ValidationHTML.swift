/// A validation as one self-contained HTML page (no external reference): the
/// same sections as the table, and a grid of births per unit and month whose
/// likely gaps are marked by colour and by a `▼` that survives printing.
struct ValidationHTML {
    let validation: Validation
    let text: Localizer

    func rendered() -> String {
        let sections = ValidationSections(validation: validation, text: text)
        func escape(_ value: String) -> String { HTMLText.escape(value) }
        func table(_ titles: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            var output = "<table>\n<thead><tr>"
            output += titles.enumerated().map { "<th\(numeric.contains($0) ? " class=\"n\"" : "")>\(escape($1))</th>" }.joined()
            output += "</tr></thead>\n<tbody>\n"
            for row in rows {
                output += "<tr>" + row.enumerated().map { "<td\(numeric.contains($0) ? " class=\"n\"" : "")>\(escape($1))</td>" }
                    .joined() + "</tr>\n"
            }
            return output + "</tbody>\n</table>\n"
        }
        var body = "<h1>\(escape(sections.title))</h1>\n<p>\(escape(sections.filesLine))</p>\n"
        body += table(["", ""], sections.rowLines.map { [$0.label.trimmingSpaces, String($0.count)] }, numeric: [1])
        body += sections.factLines.map { "<p>\(escape($0))</p>\n" }.joined()

        body += "<h2>\(escape(text(.validateMonthlyHeading)))</h2>\n"
        body += table(sections.unitTitles, sections.unitRows, numeric: [1, 2, 3])
        body += sections.gapLines.map { "<p class=\"note\">\(escape($0))</p>\n" }.joined()
        // One table a year, so that every month prints on an A4 page.
        let years = Dictionary(grouping: validation.months.indices) { validation.months[$0].year }
        for year in years.keys.sorted() {
            let indices = years[year]!
            body += "<div class=\"grid\"><table>\n<thead><tr><th>\(escape(sections.unitColumnTitle))</th>"
            body += indices.map { "<th class=\"n\">\(escape(Validation.monthLabel(validation.months[$0])))</th>" }.joined()
            body += "</tr></thead>\n<tbody>\n"
            for entry in validation.unitsInReadingOrder {
                body += "<tr><td>\(escape(entry.unit.name))</td>"
                body += indices.map { index in
                    let births = entry.monthlyBirths[index]
                    return entry.gapMonths.contains(index) ? "<td class=\"n gap\">▼ \(births)</td>" : "<td class=\"n\">\(births)</td>"
                }.joined() + "</tr>\n"
            }
            body += "</tbody>\n</table></div>\n"
        }

        body += "<h2>\(escape(text(.validateSexHeading)))</h2>\n"
        body += table(sections.sexTitles, sections.sexRows, numeric: [2])
        if let line = sections.otherSpellingsLine { body += "<p>\(escape(line))</p>\n" }
        body += "<h2>\(escape(text(.validateDuplicatesHeading)))</h2>\n<p>\(escape(sections.duplicateLine))</p>\n"
        if !validation.duplicateExamples.isEmpty { body += table(sections.duplicateTitles, sections.duplicateRows, numeric: []) }
        if !validation.unknownUnits.isEmpty || validation.otherUnknownUnitRows > 0 {
            body += "<h2>\(escape(text(.validateUnknownUnitsHeading)))</h2>\n"
            body += table(sections.unknownTitles, sections.unknownRows, numeric: [1])
            if let line = sections.otherUnknownLine { body += "<p>\(escape(line))</p>\n" }
        }
        body += "<h2>\(escape(text(.validateFindingsHeading)))</h2>\n<ul>\n"
        body += sections.findingLines.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        body += "<p class=\"verdict\">\(escape(sections.verdict))</p>\n"
        let style = """
        table { border-collapse: collapse; margin: 0.5em 0 1em; }
        th, td { padding: 0.2em 0.6em; border-bottom: 1px solid #ccc; text-align: left; }
        .n { text-align: right; }
        td.gap { background: #fbecc8; font-weight: bold; }
        .grid { overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
        .grid table { font-size: 85%; }
        .note { color: #444; }
        .verdict { font-weight: bold; }
        """
        return HTMLPage.document(title: sections.title, language: text.language, style: style, body: body)
    }
}
