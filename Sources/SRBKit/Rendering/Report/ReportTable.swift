/// The terminal table of a report: heading, one row per unit, the total, a legend.
struct ReportTable {
    let report: Report
    let units: [UnitResult]
    let text: Localizer
    let isCheck: Bool
    var madeOn: CalendarDay? = nil

    /// The table; with `maximumWidth`, the boys and girls columns are dropped
    /// when the table would be wider, and the legend is wrapped to fit.
    func rendered(colors: Bool, maximumWidth: Int? = nil) -> String {
        let heading = ReportHeading(report: report, text: text, isCheck: isCheck, madeOn: madeOn)
        let footer = "\n" + heading.footer.flatMap { TextWrapping.noteLines($0, width: maximumWidth) }.joined(separator: "\n") + "\n"
        // The heading names the area of the data (its district or province): shown with escapes too.
        var output = heading.lines.map(VisibleText.escaping).joined(separator: "\n") + "\n\n"
        if isCheck && units.isEmpty && report.settings.level != .total {
            return output + text(.noUnitFlagged) + "\n" + footer
        }
        var table = TextTable(columns: columns(short: false))
        var codes: [String] = []
        for unit in units {
            table.rows.append(row(mark: unit.status.mark, name: unit.unit.name, unit.estimate, unit.status))
            codes.append(unit.unit.code ?? "")
            for part in unit.byOrder ?? [] {
                table.rows.append(row(mark: "", name: "  " + part.order.label(text), part.estimate, part.status))
                codes.append("")
            }
        }
        var total = row(mark: report.total.status.mark, name: text(.totalRow), report.total.estimate, report.total.status)
        total.isSeparatedAbove = !units.isEmpty
        total.style = .emphasis
        table.rows.append(total)
        for part in report.total.byOrder ?? [] {
            table.rows.append(row(mark: "", name: "  " + part.order.label(text), part.estimate, part.status))
        }
        // With a ward registry, its codes in a column after the mark.
        let hasCodes = units.contains { $0.unit.code != nil }
        func withCodes(_ table: TextTable) -> TextTable {
            guard hasCodes else { return table }
            let cells = codes + Array(repeating: "", count: table.rows.count - codes.count)
            return table.insertingColumn(.init(title: text(.columnCode), alignsRight: false), at: 1, cells: cells)
        }
        let optional = Set(ReportTable.optionalColumns.map { $0 + (hasCodes ? 1 : 0) })
        table = withCodes(table)
        if let maximumWidth, table.width > maximumWidth {
            let full = table
            table = full.removingColumns(optional)
            if table.width > maximumWidth {
                var short = TextTable(columns: columns(short: true))
                short.rows = full.rows.map { row in  // the rows without the code cell, which withCodes puts back
                    TextTable.Row(cells: hasCodes ? Array(row.cells.prefix(1) + row.cells.dropFirst(2)) : row.cells,
                                  style: row.style, isSeparatedAbove: row.isSeparatedAbove)
                }
                table = withCodes(short).removingColumns(optional)
            }
        }
        output += table.rendered(colors: colors)
        let legend = TextWrapping.noteLines(text(.legend), width: maximumWidth).joined(separator: "\n")
        return output + "\n" + legend + "\n" + footer
    }

    /// The columns, with short titles (`Births`/`Số sinh`, `95% CI`/`KTC 95%`)
    /// for a terminal too narrow for the full ones.
    private func columns(short: Bool) -> [TextTable.Column] {
        let percent = NumberFormatting.percent(report.settings.confidence)
        return [
            .init(title: "", alignsRight: false),
            .init(title: ReportHeading.unitColumnTitle(report.settings.level, text), alignsRight: false),
            .init(title: text(short ? .columnBirthsShort : .columnBirths), alignsRight: true),
            .init(title: text(.columnBoys), alignsRight: true),
            .init(title: text(.columnGirls), alignsRight: true),
            .init(title: text(.columnSRB), alignsRight: true),
            .init(title: text(short ? .columnIntervalShort : .columnInterval, percent), alignsRight: true),
            .init(title: text(.columnStatus), alignsRight: false),
        ]
    }

    /// Boys and girls: births, SRB and the interval already say what matters.
    static let optionalColumns: Set<Int> = [3, 4]

    private func row(mark: String, name: String, _ estimate: SexRatioEstimate, _ status: UnitStatus) -> TextTable.Row {
        let style: TextTable.Style = switch status {
        case .significant: .alert
        case .over: .warning
        default: .plain
        }
        return TextTable.Row(cells: [mark, name, String(estimate.births), String(estimate.boys), String(estimate.girls),
                                     estimate.srbText, estimate.intervalText, status.label(text)], style: style)
    }
}

/// The lines above a report's table: title, then threshold and interval method.
struct ReportHeading {
    let report: Report
    let text: Localizer
    let isCheck: Bool
    var madeOn: CalendarDay? = nil

    var lines: [String] {
        let settings = report.settings
        var period = PeriodLabel.text(report.period)
        if let days = report.dataDays, days != report.period {
            period = text(.periodDataCovers, period, days.from.description, days.to.description)
        }
        if let area = report.coveredArea { period = area + ", " + period }
        var details = text(.settingsLine, NumberFormatting.plain(settings.threshold),
                           NumberFormatting.percent(settings.confidence),
                           settings.intervalMethod == .exact ? text(.methodExact) : text(.methodWilson))
        if settings.minimumBirths > 0 { details += "; " + text(.minimumBirthsNote, String(settings.minimumBirths)) }
        return [isCheck ? text(.checkTitle, period) : text(.reportTitle, period), details]
    }

    /// The lines under a report that make it fileable: the files read, where
    /// every row went, and the day it was made.
    static func footer(files: [String], input: InputAccounting, period: Period, madeOn: CalendarDay?,
                       text: Localizer) -> [String] {
        var lines = [text(.footerFiles, files.joined(separator: ", ")),
                     Diagnostics(language: text.language).summaryLine(input, period: period)]
        if let madeOn { lines.append(text(.footerMadeOn, madeOn.description)) }
        return lines
    }

    var footer: [String] {
        ReportHeading.footer(files: report.input.files, input: report.input, period: report.period, madeOn: madeOn, text: text)
    }

    static func unitColumnTitle(_ level: UnitLevel, _ text: Localizer) -> String {
        switch level {
        case .ward: text(.columnWard)
        case .district: text(.columnDistrict)
        case .province: text(.columnProvince)
        case .total: text(.columnUnit)
        }
    }
}
