/// The terminal form of a validation: sections of short lines and aligned tables.
struct ValidationTable {
    let validation: Validation
    let text: Localizer

    /// The validation; with `maximumWidth` (a terminal), prose lines are wrapped
    /// to it and the per-unit table takes short titles when the full ones do not fit.
    func rendered(colors: Bool, maximumWidth: Int? = nil) -> String {
        let sections = ValidationSections(validation: validation, text: text)
        let fit = { (line: String) in TextWrapping.noteLines(line, width: maximumWidth).joined(separator: "\n") }
        var output = fit(sections.title) + "\n" + fit(sections.filesLine) + "\n\n"
        var rows = TextTable(columns: [.init(title: "", alignsRight: false), .init(title: "", alignsRight: true)])
        rows.rows = sections.rowLines.map { TextTable.Row(cells: [$0.label, String($0.count)]) }
        output += ValidationTable.body(of: rows, colors: colors) + "\n"
        output += sections.factLines.map(fit).joined(separator: "\n") + "\n\n"

        output += text(.validateMonthlyHeading) + "\n"
        var units = TextTable(columns: sections.unitTitles.enumerated().map { index, title in
            .init(title: title, alignsRight: (1...3).contains(index))
        })
        units.rows = zip(validation.unitsInReadingOrder, sections.unitRows).map { entry, cells in
            TextTable.Row(cells: cells, style: entry.gapMonths.isEmpty ? .plain : .warning)
        }
        if let maximumWidth, units.width > maximumWidth {
            let short = [text(.validateColumnUnitShort), text(.columnBirthsShort), text(.validateColumnMonthsShort),
                         text(.validateColumnMedianShort), text(.validateColumnGapsShort)]
            var narrow = TextTable(columns: zip(units.columns, short).map { .init(title: $1, alignsRight: $0.alignsRight) })
            narrow.rows = units.rows
            units = narrow
        }
        output += units.rendered(colors: colors)
        output += (sections.gapLines + [text(.validateGridNote)]).map(fit).joined(separator: "\n") + "\n\n"

        output += text(.validateSexHeading) + "\n"
        var sex = TextTable(columns: [.init(title: sections.sexTitles[0], alignsRight: false),
                                      .init(title: sections.sexTitles[1], alignsRight: false),
                                      .init(title: sections.sexTitles[2], alignsRight: true)])
        sex.rows = zip(validation.sexSpellings, sections.sexRows).map { spelling, cells in
            TextTable.Row(cells: cells, style: spelling.sex == nil ? .warning : .plain)
        }
        output += sex.rendered(colors: colors)
        if let line = sections.otherSpellingsLine { output += fit(line) + "\n" }
        output += "\n"

        output += text(.validateDuplicatesHeading) + "\n" + fit(sections.duplicateLine) + "\n"
        if !validation.duplicateExamples.isEmpty {
            var duplicates = TextTable(columns: sections.duplicateTitles.map { .init(title: $0, alignsRight: false) })
            duplicates.rows = sections.duplicateRows.map { TextTable.Row(cells: $0) }
            output += duplicates.rendered(colors: colors)
        }
        output += "\n"

        if !validation.unknownUnits.isEmpty || validation.otherUnknownUnitRows > 0 {
            output += text(.validateUnknownUnitsHeading) + "\n"
            var unknown = TextTable(columns: [.init(title: sections.unknownTitles[0], alignsRight: false),
                                              .init(title: sections.unknownTitles[1], alignsRight: true),
                                              .init(title: sections.unknownTitles[2], alignsRight: false)])
            unknown.rows = sections.unknownRows.map { TextTable.Row(cells: $0) }
            output += unknown.rendered(colors: colors)
            if let line = sections.otherUnknownLine { output += fit(line) + "\n" }
            output += "\n"
        }
        output += text(.validateFindingsHeading) + "\n"
        output += sections.findingLines.map { "- " + fit($0) }.joined(separator: "\n") + "\n\n"
        return output + fit(sections.verdict) + "\n"
    }

    /// A table's rows without its (empty) title line and rule.
    private static func body(of table: TextTable, colors: Bool) -> String {
        table.rendered(colors: colors).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(2).joined(separator: "\n")
    }
}
