/// The terminal table of a fertility report: one row per unit, the years
/// across (TFR, interval, status mark), cut into blocks of years that fit 80 columns.
struct FertilityTable {
    let report: FertilityReport
    let units: [FertilityReport.UnitFertility]
    let text: Localizer
    var width = ProgressTable.defaultWidth

    func rendered(colors: Bool) -> String {
        let heading = FertilityHeading(report: report, text: text)
        var output = heading.lines.flatMap { TextWrapping.itemLines($0, width: width) }.joined(separator: "\n") + "\n\n"
        let columns = [TextTable.Column(title: ReportHeading.unitColumnTitle(report.level, text), alignsRight: false)]
            + report.years.map { TextTable.Column(title: String($0), alignsRight: true) }
        var rows = units.map { TextTable.Row(cells: [$0.unit.name] + $0.years.map { $0.cell(text) }) }
        rows.append(TextTable.Row(cells: [text(.totalRow)] + report.total.years.map { $0.cell(text) },
                                  style: .emphasis, isSeparatedAbove: !units.isEmpty))
        output += ProgressTable.blocks(columns: columns, rows: rows, width: width).map { block in
            var table = TextTable(columns: [columns[0]] + block.map { columns[$0] })
            table.rows = rows.map { row in
                TextTable.Row(cells: [row.cells[0]] + block.map { row.cells[$0] }, style: row.style,
                              isSeparatedAbove: row.isSeparatedAbove)
            }
            return table.rendered(colors: colors)
        }.joined(separator: "\n")
        return output + "\n" + heading.notes.flatMap { TextWrapping.itemLines($0, width: width) }.joined(separator: "\n") + "\n"
    }
}
