/// The terminal table of a report: heading, one row per unit, the total, a legend.
struct ReportTable {
    let report: Report
    let units: [UnitResult]
    let text: Localizer
    let isCheck: Bool

    /// The table; with `maximumWidth`, the boys and girls columns are dropped
    /// when the table would be wider, and the legend is wrapped to fit.
    func rendered(colors: Bool, maximumWidth: Int? = nil) -> String {
        var output = ReportHeading(report: report, text: text, isCheck: isCheck).lines.joined(separator: "\n") + "\n\n"
        if isCheck && units.isEmpty && report.settings.level != .total {
            return output + text(.noUnitFlagged) + "\n"
        }
        var table = TextTable(columns: columns(short: false))
        for unit in units {
            table.rows.append(row(mark: unit.status.mark, name: unit.unit.name, unit.estimate, unit.status))
            for part in unit.byOrder ?? [] {
                table.rows.append(row(mark: "", name: "  " + part.order.label(text), part.estimate, part.status))
            }
        }
        var total = row(mark: report.total.status.mark, name: text(.totalRow), report.total.estimate, report.total.status)
        total.isSeparatedAbove = !units.isEmpty
        total.style = .emphasis
        table.rows.append(total)
        for part in report.total.byOrder ?? [] {
            table.rows.append(row(mark: "", name: "  " + part.order.label(text), part.estimate, part.status))
        }
        if let maximumWidth, table.width > maximumWidth {
            let full = table
            table = full.removingColumns(ReportTable.optionalColumns)
            if table.width > maximumWidth {
                var short = TextTable(columns: columns(short: true))
                short.rows = full.rows
                table = short.removingColumns(ReportTable.optionalColumns)
            }
        }
        output += table.rendered(colors: colors)
        let legend = TextWrapping.noteLines(text(.legend), width: maximumWidth).joined(separator: "\n")
        return output + "\n" + legend + "\n"
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

    var lines: [String] {
        let settings = report.settings
        let period = PeriodLabel.text(report.period)
        var details = text(.settingsLine, NumberFormatting.plain(settings.threshold),
                           NumberFormatting.percent(settings.confidence),
                           settings.intervalMethod == .exact ? text(.methodExact) : text(.methodWilson))
        if settings.minimumBirths > 0 { details += "; " + text(.minimumBirthsNote, String(settings.minimumBirths)) }
        return [isCheck ? text(.checkTitle, period) : text(.reportTitle, period), details]
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
