/// A plain-text table whose columns line up by displayed width.
struct TextTable {
    struct Column {
        let title: String
        let alignsRight: Bool
    }

    /// A row's cells, and an optional style for the whole row. Cells hold text
    /// from the data: control characters in them are shown as escapes.
    struct Row {
        let cells: [String]
        var style: Style = .plain
        var isSeparatedAbove = false

        init(cells: [String], style: Style = .plain, isSeparatedAbove: Bool = false) {
            self.cells = cells.map(VisibleText.escaping)
            self.style = style
            self.isSeparatedAbove = isSeparatedAbove
        }
    }

    enum Style {
        case plain, warning, alert, emphasis
    }

    private(set) var columns: [Column]
    var rows: [Row] = []

    init(columns: [Column]) {
        self.columns = columns
    }

    /// Widest line of the table, in terminal columns.
    var width: Int {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1.cells[index])) }
        }
        return widths.reduce(0, +) + 2 * (widths.count - 1)
    }

    /// The same table with a column inserted at `index`, its cells given row by row.
    func insertingColumn(_ column: Column, at index: Int, cells: [String]) -> TextTable {
        var copy = TextTable(columns: columns)
        copy.columns.insert(column, at: index)
        copy.rows = zip(rows, cells).map { row, cell in
            var cells = row.cells
            cells.insert(cell, at: index)
            return Row(cells: cells, style: row.style, isSeparatedAbove: row.isSeparatedAbove)
        }
        return copy
    }

    /// The same table without the columns at `indices`.
    func removingColumns(_ indices: Set<Int>) -> TextTable {
        let kept = columns.indices.filter { !indices.contains($0) }
        var copy = TextTable(columns: kept.map { columns[$0] })
        copy.rows = rows.map { row in
            Row(cells: kept.map { row.cells[$0] }, style: row.style, isSeparatedAbove: row.isSeparatedAbove)
        }
        return copy
    }

    /// The same table without rows whose cells are all empty (continuation lines
    /// of a removed column).
    func removingEmptyRows() -> TextTable {
        var copy = self
        copy.rows = rows.filter { row in row.cells.contains { !$0.isEmpty } }
        return copy
    }

    /// The table, one line per row, columns two spaces apart, no trailing spaces.
    /// With `colors`, styled rows are wrapped in ANSI colour codes.
    func rendered(colors: Bool) -> String {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1.cells[index])) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                DisplayWidth.pad(cell, to: widths[index], alignRight: columns[index].alignsRight)
            }
            var text = padded.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = line(columns.map(\.title)) + "\n"
        let ruleWidth = widths.reduce(0, +) + 2 * (widths.count - 1)
        output += String(repeating: "─", count: ruleWidth) + "\n"
        for row in rows {
            if row.isSeparatedAbove { output += String(repeating: "─", count: ruleWidth) + "\n" }
            let text = line(row.cells)
            output += colors ? TextTable.colored(text, row.style) : text
            output += "\n"
        }
        return output
    }

    private static func colored(_ text: String, _ style: Style) -> String {
        switch style {
        case .plain: text
        case .warning: "\u{1B}[33m" + text + "\u{1B}[0m"
        case .alert: "\u{1B}[1;31m" + text + "\u{1B}[0m"
        case .emphasis: "\u{1B}[1m" + text + "\u{1B}[0m"
        }
    }
}
