/// The terminal form of a validation: sections of short lines and aligned tables.
struct ValidationTable {
    let validation: Validation
    let text: Localizer

    func rendered(colors: Bool) -> String {
        let sections = ValidationSections(validation: validation, text: text)
        var output = sections.title + "\n" + sections.filesLine + "\n\n"
        var rows = TextTable(columns: [.init(title: "", alignsRight: false), .init(title: "", alignsRight: true)])
        rows.rows = sections.rowLines.map { TextTable.Row(cells: [$0.label, String($0.count)]) }
        output += ValidationTable.body(of: rows, colors: colors) + "\n"
        output += sections.factLines.joined(separator: "\n") + "\n\n"

        output += text(.validateMonthlyHeading) + "\n"
        var units = TextTable(columns: sections.unitTitles.enumerated().map { index, title in
            .init(title: title, alignsRight: (1...3).contains(index))
        })
        units.rows = zip(validation.units, sections.unitRows).map { entry, cells in
            TextTable.Row(cells: cells, style: entry.gapMonths.isEmpty ? .plain : .warning)
        }
        output += units.rendered(colors: colors)
        output += (sections.gapLines + [text(.validateGridNote)]).joined(separator: "\n") + "\n\n"

        output += text(.validateSexHeading) + "\n"
        var sex = TextTable(columns: [.init(title: sections.sexTitles[0], alignsRight: false),
                                      .init(title: sections.sexTitles[1], alignsRight: false),
                                      .init(title: sections.sexTitles[2], alignsRight: true)])
        sex.rows = zip(validation.sexSpellings, sections.sexRows).map { spelling, cells in
            TextTable.Row(cells: cells, style: spelling.sex == nil ? .warning : .plain)
        }
        output += sex.rendered(colors: colors)
        if let line = sections.otherSpellingsLine { output += line + "\n" }
        output += "\n"

        output += text(.validateDuplicatesHeading) + "\n" + sections.duplicateLine + "\n"
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
            if let line = sections.otherUnknownLine { output += line + "\n" }
            output += "\n"
        }
        return output + sections.verdict + "\n"
    }

    /// A table's rows without its (empty) title line and rule.
    private static func body(of table: TextTable, colors: Bool) -> String {
        table.rendered(colors: colors).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(2).joined(separator: "\n")
    }
}
