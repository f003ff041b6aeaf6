/// Turns a `MonthlyReport` into the bytes of one output format.
public struct MonthlyRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// The monthly view in `format`: JSON `srb.monthly/1`; csv/tsv long (one
    /// row per unit and window, the total's last); a table, markdown or html
    /// with one row per unit and the windows side by side.
    public func render(_ monthly: MonthlyReport, as format: OutputFormat) -> String {
        let text = Localizer(options.language)
        let read = VietnameseCollation.sorted(monthly.units) { $0.unit.name }  // the order people read names in
        switch format {
        case .json: return json(monthly)
        case .csv: return delimited(monthly, writer: .csv)
        case .tsv: return delimited(monthly, writer: .tsv)
        case .markdown: return MonthlyMarkdown(monthly: monthly, units: read, text: text, madeOn: options.madeOn).rendered()
        case .html: return MonthlyHTML(monthly: monthly, units: read, text: text, madeOn: options.madeOn).rendered()
        case .table:
            return MonthlyTable(monthly: monthly, units: read, text: text, madeOn: options.madeOn)
                .rendered(colors: options.usesColor, maximumWidth: options.maximumWidth)
        }
    }

    private func json(_ monthly: MonthlyReport) -> String {
        let settings = monthly.settings
        return JSONValue.object([
            ("schema", .string("srb.monthly/1")),
            ("month", .string(monthly.month.description)),
            ("threshold", .double(settings.threshold)),
            ("confidence", .double(settings.confidence)),
            ("ci_method", .string(settings.intervalMethod.rawValue)),
            ("units", .array(monthly.units.map { $0.jsonValue() })),
            ("total", monthly.total.jsonValue()),
            ("input", monthly.input.jsonValue()),
        ]).rendered()
    }

    /// With `--by-order`, an `order` column last: each unit's four window rows
    /// (order empty), then four rows per order of that unit.
    private func delimited(_ monthly: MonthlyReport, writer: DelimitedText) -> String {
        let splits = monthly.settings.splitsByBirthOrder
        var output = writer.line(MonthlyReport.UnitMonthly.delimitedHeader + (splits ? ["order"] : []))
        for unit in monthly.units + [monthly.total] {
            for window in unit.windows {
                output += writer.line(unit.delimitedCells(window, writer) + (splits ? [""] : []))
            }
            for part in unit.byOrder ?? [] {
                for window in part.windows {
                    output += writer.line(unit.delimitedCells(window, writer) + [writer.text(part.order.rawValue)])
                }
            }
        }
        return output
    }
}

extension MonthlyReport.UnitMonthly {
    /// The JSON unit object: identity, `windows` by name, the change and its
    /// p-value; `by_order` follows when split, each order with the same members.
    func jsonValue() -> JSONValue {
        var members = unit.jsonIdentity + jsonNumbers
        if let byOrder {
            members.append(("by_order", .array(byOrder.map { part in
                .object([("order", .string(part.order.rawValue))] + part.jsonNumbers)
            })))
        }
        return .object(members)
    }

    static let delimitedHeader = ["level", "code", "name", "window", "from", "to", "births", "boys", "girls",
                                  "srb", "ci_low", "ci_high", "status"]

    /// The unit's level, code and name, then the numbers of `window` (the
    /// unit's own or one of its orders').
    func delimitedCells(_ window: MonthlyReport.WindowResult, _ writer: DelimitedText) -> [String] {
        let estimate = window.estimate
        return [
            writer.text(unit.level.rawValue), writer.text(unit.code ?? ""), writer.text(unit.name),
            writer.text(window.window.name), writer.text(window.period.from.description),
            writer.text(window.period.to.description),
            writer.number(String(estimate.births)), writer.number(String(estimate.boys)),
            writer.number(String(estimate.girls)),
            writer.number(estimate.srb.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciLow.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciHigh.map(NumberFormatting.exact) ?? ""),
            writer.text(window.status.rawValue),
        ]
    }
}

/// Windows, the change and its p-value: what a unit and each of its birth
/// orders show alike.
protocol MonthlyWindowedNumbers {
    var windows: [MonthlyReport.WindowResult] { get }
    var change12Months: Double? { get }
    var changePValue: Double? { get }
}

extension MonthlyReport.UnitMonthly: MonthlyWindowedNumbers {}
extension MonthlyReport.OrderMonthly: MonthlyWindowedNumbers {}

extension MonthlyWindowedNumbers {
    /// `windows` by name, `change_12_months`, `change_p_value`.
    var jsonNumbers: [(String, JSONValue)] {
        [
            ("windows", .object(windows.map { window in
                (window.window.name, .object([("from", .string(window.period.from.description)),
                                              ("to", .string(window.period.to.description))]
                                             + UnitResult.numberMembers(window.estimate, status: window.status)))
            })),
            ("change_12_months", .optional(change12Months)),
            ("change_p_value", .optional(changePValue)),
        ]
    }

    /// The last 12 months: the window whose status the tables mark.
    var last12Months: MonthlyReport.WindowResult { windows[2] }

    /// `+3.2 ●` (the mark when the change is unlikely to be chance), `–` when null.
    var changeText: String {
        guard let change = change12Months else { return "–" }
        let marked = (changePValue ?? 1) < MonthlyReport.changeMarkLevel
        return ProgressSeries.signed(change, places: 1) + (marked ? " ●" : "")
    }

    /// The p-value as people read it, `–` when null.
    var pValueText: String { changePValue.map(ProgressSeries.pValueText) ?? "–" }
}

extension MonthlyReport.WindowResult {
    /// `104.3 (312)`: the SRB and, in brackets, the births; `– (0)` without an SRB.
    var srbAndBirths: String { "\(estimate.srbText) (\(estimate.births))" }
}

/// The lines above a monthly view: title, the windows' spans, threshold and method.
struct MonthlyHeading {
    let monthly: MonthlyReport
    let text: Localizer

    var lines: [String] {
        let settings = monthly.settings
        var title = monthly.month.description
        if let area = monthly.coveredArea { title = area + ", " + title }
        let spans = monthly.total.windows.map { PeriodLabel.text($0.period) }
        var details = text(.settingsLine, NumberFormatting.plain(settings.threshold),
                           NumberFormatting.percent(settings.confidence),
                           settings.intervalMethod == .exact ? text(.methodExact) : text(.methodWilson))
        if settings.minimumBirths > 0 { details += "; " + text(.minimumBirthsNote, String(settings.minimumBirths)) }
        return [text(.monthlyTitle, title), text(.monthlyWindowsLine, spans[0], spans[1], spans[2], spans[3]), details]
    }

    /// Column titles of the windows: month, year to date, last 12, previous 12.
    var windowTitles: [String] {
        [text(.windowMonth), text(.windowYearToDate), text(.windowLastMonths, "12"), text(.windowPrevious12Months)]
    }

    func footer(madeOn: CalendarDay?) -> [String] {
        ReportHeading.footer(files: monthly.input.files, input: monthly.input, period: monthly.span,
                             madeOn: madeOn, text: text)
    }
}
