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
        let percent = NumberFormatting.percent(report.settings.confidence)
        var table = TextTable(columns: [
            .init(title: "", alignsRight: false),
            .init(title: ReportHeading.unitColumnTitle(report.settings.level, text), alignsRight: false),
            .init(title: text(.columnBirths), alignsRight: true),
            .init(title: text(.columnBoys), alignsRight: true),
            .init(title: text(.columnGirls), alignsRight: true),
            .init(title: text(.columnSRB), alignsRight: true),
            .init(title: text(.columnInterval, percent), alignsRight: true),
            .init(title: text(.columnStatus), alignsRight: false),
        ])
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
            table = table.removingColumns(ReportTable.optionalColumns)
        }
        output += table.rendered(colors: colors)
        let legend = maximumWidth.map { TextTable.wrap(text(.legend), width: $0) } ?? text(.legend)
        return output + "\n" + legend + "\n"
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
