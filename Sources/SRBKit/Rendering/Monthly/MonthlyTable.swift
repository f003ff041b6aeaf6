/// The terminal table of a monthly view: one row per unit with the month, the
/// year to date and the last 12 months side by side (SRB and births), the last
/// 12 months' interval and status, the 12 months before, the change and its p;
/// with `--by-order`, an indented row per birth order below each unit and the total.
struct MonthlyTable {
    let monthly: MonthlyReport
    let units: [MonthlyReport.UnitMonthly]
    let text: Localizer
    var madeOn: CalendarDay? = nil

    /// The table; with `maximumWidth`, the previous 12 months and then the
    /// year to date are dropped when the table would be wider.
    func rendered(colors: Bool, maximumWidth: Int? = nil) -> String {
        let heading = MonthlyHeading(monthly: monthly, text: text)
        // The heading names the area of the data (its district or province): shown with escapes too.
        var output = heading.lines.map(VisibleText.escaping).joined(separator: "\n") + "\n\n"
        var table = TextTable(columns: columns(heading))
        var codes: [String] = []
        func orderRows(_ unit: MonthlyReport.UnitMonthly) -> [TextTable.Row] {
            (unit.byOrder ?? []).map { row($0, mark: "", name: "  " + $0.order.label(text)) }
        }
        for unit in units {
            let orders = orderRows(unit)
            table.rows += [row(unit, mark: unit.last12Months.status.mark, name: unit.unit.name)] + orders
            codes += [unit.unit.code ?? ""] + Array(repeating: "", count: orders.count)
        }
        var total = row(monthly.total, mark: monthly.total.last12Months.status.mark, name: text(.totalRow))
        total.isSeparatedAbove = !units.isEmpty
        total.style = .emphasis
        table.rows += [total] + orderRows(monthly.total)
        let hasCodes = units.contains { $0.unit.code != nil }
        if hasCodes {
            let cells = codes + Array(repeating: "", count: table.rows.count - codes.count)
            table = table.insertingColumn(.init(title: text(.columnCode), alignsRight: false), at: 1, cells: cells)
        }
        let shift = hasCodes ? 1 : 0
        if let maximumWidth, table.width > maximumWidth {
            // Each try drops columns of the full table: indices stay those of `columns`.
            let full = table
            for dropped in [[Self.previousColumn], [Self.previousColumn, Self.yearToDateColumn]] where table.width > maximumWidth {
                table = full.removingColumns(Set(dropped.map { $0 + shift }))
            }
        }
        output += table.rendered(colors: colors)
        let notes = [text(.monthlyLegend), text(.monthlyChangeNote)]
            .flatMap { TextWrapping.noteLines($0, width: maximumWidth) }.joined(separator: "\n")
        let footer = heading.footer(madeOn: madeOn).flatMap { TextWrapping.noteLines($0, width: maximumWidth) }
        return output + "\n" + notes + "\n\n" + footer.joined(separator: "\n") + "\n"
    }

    static let yearToDateColumn = 3
    static let previousColumn = 7

    private func columns(_ heading: MonthlyHeading) -> [TextTable.Column] {
        let titles = heading.windowTitles
        let percent = NumberFormatting.percent(monthly.settings.confidence)
        return [
            .init(title: "", alignsRight: false),
            .init(title: ReportHeading.unitColumnTitle(monthly.settings.level, text), alignsRight: false),
            .init(title: titles[0], alignsRight: true),
            .init(title: titles[1], alignsRight: true),
            .init(title: titles[2], alignsRight: true),
            .init(title: text(.columnIntervalShort, percent), alignsRight: true),
            .init(title: text(.columnStatus), alignsRight: false),
            .init(title: titles[3], alignsRight: true),
            .init(title: text(.columnChange12Months), alignsRight: true),
            .init(title: text(.columnChangePValue), alignsRight: true),
        ]
    }

    /// A unit's row (with its mark), or one of its birth orders' (indented, no mark).
    private func row(_ unit: some MonthlyWindowedNumbers, mark: String, name: String) -> TextTable.Row {
        let last = unit.last12Months
        let style: TextTable.Style = switch last.status {
        case .significant: .alert
        case .over: .warning
        default: .plain
        }
        return TextTable.Row(cells: [mark, name, unit.windows[0].srbAndBirths, unit.windows[1].srbAndBirths,
                                     last.srbAndBirths, last.estimate.intervalText, last.status.label(text),
                                     unit.windows[3].srbAndBirths, unit.changeText, unit.pValueText], style: style)
    }
}
