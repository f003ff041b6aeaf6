/// Turns a `Report` into the bytes of one output format.
public struct ReportRenderer: Sendable {
    public let options: RenderOptions
    /// For `srb check`: show only the units flagged under this rule.
    public let flaggedOnly: FlagRule?

    public init(options: RenderOptions, flaggedOnly: FlagRule? = nil) {
        self.options = options
        self.flaggedOnly = flaggedOnly
    }

    /// The report in `format`.
    public func render(_ report: Report, as format: OutputFormat) -> String {
        let shown = flaggedOnly.map { report.units(flaggedBy: $0) } ?? report.units
        let read = VietnameseCollation.sorted(shown) { $0.unit.name }  // the order people read names in
        switch format {
        case .json: return json(report, units: shown)
        case .csv: return delimited(report, units: shown, writer: .csv)
        case .tsv: return delimited(report, units: shown, writer: .tsv)
        case .markdown: return ReportMarkdown(report: report, units: read, text: Localizer(options.language),
                                              isCheck: flaggedOnly != nil, madeOn: options.madeOn).rendered()
        case .html: return ReportHTML(report: report, units: read, text: Localizer(options.language),
                                      isCheck: flaggedOnly != nil, madeOn: options.madeOn).rendered()
        case .table: return ReportTable(report: report, units: read, text: Localizer(options.language),
                                        isCheck: flaggedOnly != nil, madeOn: options.madeOn)
                .rendered(colors: options.usesColor, maximumWidth: options.maximumWidth)
        }
    }

    private func json(_ report: Report, units: [UnitResult]) -> String {
        let input = report.input
        return JSONValue.object([
            ("schema", .string("srb.report/1")),
            ("period", .object([("from", .string(report.period.from.description)),
                                ("to", .string(report.period.to.description))])),
            ("threshold", .double(report.settings.threshold)),
            ("confidence", .double(report.settings.confidence)),
            ("ci_method", .string(report.settings.intervalMethod.rawValue)),
            ("units", .array(units.map { $0.jsonValue() })),
            ("total", report.total.jsonValue()),
            ("input", input.jsonValue()),
        ]).rendered()
    }

    /// With `--by-order`, an `order` column last: each unit's row (order empty),
    /// then one row per order of that unit.
    private func delimited(_ report: Report, units: [UnitResult], writer: DelimitedText) -> String {
        let splits = report.settings.splitsByBirthOrder
        var output = writer.line(UnitResult.delimitedHeader + (splits ? ["order"] : []))
        for unit in units + [report.total] {
            output += writer.line(unit.delimitedCells(writer) + (splits ? [""] : []))
            for part in unit.byOrder ?? [] { output += writer.line(unit.delimitedCells(part, writer)) }
        }
        return output
    }
}

extension InputAccounting {
    /// The JSON `input` object.
    func jsonValue() -> JSONValue {
        .object([
            ("files", .array(files.map(JSONValue.string))),
            ("rows_read", .int(rowsRead)),
            ("rows_used", .int(rowsUsed)),
            ("rows_outside_period", .int(rowsOutsidePeriod)),
            ("rows_rejected", .int(rowsRejected)),
            ("rejected_by_reason", .object(RejectionReason.allCases.map { ($0.rawValue, .int(rejectedByReason[$0, default: 0])) })),
        ])
    }
}
