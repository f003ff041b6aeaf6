/// The terminal table of a progress report: one row per unit with the years
/// across (SRB and verdict mark), then the trend and its projection; with
/// `--by-order`, a row below each unit for its third and later births, where son
/// preference shows most (every order is in csv, json, markdown and html).
///
/// Fits the terminal (80 columns in a file or a pipe): when the years do not
/// fit, the table is cut into blocks of columns, each repeating the unit
/// column, one under the other.
struct ProgressTable {
    let progress: ProgressReport
    let text: Localizer
    /// Widest line of a block, in terminal columns, unless a single column is wider.
    var width = ProgressTable.defaultWidth

    /// The width of a table written to a file or a pipe, printable on A4.
    static let defaultWidth = 80

    func rendered(colors: Bool) -> String {
        let heading = ProgressHeading(progress: progress, text: text).lines.flatMap { TextWrapping.itemLines($0, width: width) }
        var output = heading.joined(separator: "\n") + "\n\n"
        let columns = [TextTable.Column(title: ReportHeading.unitColumnTitle(progress.settings.level, text),
                                        alignsRight: false)]
            + progress.years.map { TextTable.Column(title: String($0), alignsRight: true) }
            + [TextTable.Column(title: text(.columnTrendBoth), alignsRight: true),
               TextTable.Column(title: text(.columnTrendTest), alignsRight: false),
               TextTable.Column(title: text(.columnProjectedInterval, String(progress.targets.targetYear)), alignsRight: true)]
        var rows: [TextTable.Row] = []
        for unit in progress.unitsInReadingOrder { rows += unitRows(unit, name: unit.unit.name) }
        let totalRows = unitRows(progress.total, name: text(.totalRow))
        rows.append(TextTable.Row(cells: totalRows[0].cells, style: .emphasis, isSeparatedAbove: !progress.units.isEmpty))
        rows += totalRows.dropFirst()

        let blocks = ProgressTable.blocks(columns: columns, rows: rows, width: width)
        output += blocks.map { block in
            var table = TextTable(columns: [columns[0]] + block.map { columns[$0] })
            table.rows = rows.map { row in
                TextTable.Row(cells: [row.cells[0]] + block.map { row.cells[$0] }, style: row.style,
                              isSeparatedAbove: row.isSeparatedAbove)
            }
            return table.rendered(colors: colors)
        }.joined(separator: "\n")
        var notes = [text(.progressLegend), text(.progressTrendNote, String(progress.targets.targetYear))]
        if progress.settings.splitsByBirthOrder { notes.append(text(.progressOrderNote)) }
        return output + "\n" + notes.flatMap { TextWrapping.itemLines($0, width: width) }.joined(separator: "\n") + "\n"
    }

    /// The unit's row, then its third-and-later row when split by order.
    private func unitRows(_ unit: UnitProgress, name: String) -> [TextTable.Row] {
        var rows = [TextTable.Row(cells: [name] + cells(unit.series))]
        for part in unit.byOrder ?? [] where part.order == .thirdOrLater {
            rows.append(TextTable.Row(cells: ["  ↳ " + part.order.rawValue] + cells(part.series)))
        }
        return rows
    }

    private func cells(_ series: ProgressSeries) -> [String] {
        series.years.map(\.markedSRB) + [series.trendText, series.trendTestText(text), series.projectionText(text)]
    }

    /// Columns after the first, packed greedily into blocks whose lines, with the
    /// first column and two spaces between columns, are at most `width` wide.
    static func blocks(columns: [TextTable.Column], rows: [TextTable.Row], width: Int) -> [[Int]] {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1.cells[index])) }
        }
        var blocks: [[Int]] = []
        var current: [Int] = []
        var used = widths[0]
        for index in columns.indices.dropFirst() {
            if !current.isEmpty && used + 2 + widths[index] > width {
                blocks.append(current)
                current = []
                used = widths[0]
            }
            current.append(index)
            used += 2 + widths[index]
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

/// The lines above a progress table: title, then threshold, path and target.
struct ProgressHeading {
    let progress: ProgressReport
    let text: Localizer

    var lines: [String] {
        let targets = progress.targets
        var lines = [
            text(.progressTitle, PeriodLabel.text(progress.period)),
            text(.progressSettingsLine, NumberFormatting.plain(progress.settings.threshold), String(progress.baselineYear),
                 NumberFormatting.plain(targets.annualReduction), String(targets.targetYear)),
        ]
        if let period = progress.settings.period { lines.append(text(.progressCountedNote, PeriodLabel.text(period))) }
        return lines
    }
}
