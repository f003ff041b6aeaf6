/// Turns a `ProgressReport` into the bytes of one output format.
public struct ProgressRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// The progress report in `format`, followed by the plan's activities when
    /// `plan` is given (`srb progress --plan`): under `plan` in JSON, after the
    /// table in table, markdown and html. CSV and TSV hold one long table and
    /// carry no plan (`srb plan --format csv` gives it).
    public func render(_ progress: ProgressReport, plan: PlanProgress? = nil, as format: OutputFormat) -> String {
        let text = Localizer(options.language)
        switch format {
        case .json: return json(progress, plan: plan)
        case .csv: return delimited(progress, writer: .csv)
        case .tsv: return delimited(progress, writer: .tsv)
        case .markdown:
            let planText = plan.map { "\n" + PlanMarkdown(progress: $0, text: text).rendered() } ?? ""
            return ProgressMarkdown(progress: progress, text: text).rendered() + planText + "\n"
                + footer(progress, text).map(MarkdownText.escape).joined(separator: "  \n") + "\n"
        case .html: return ProgressHTML(progress: progress, text: text, plan: plan, madeOn: options.madeOn).rendered()
        case .table:
            let planText = plan.map { "\n" + PlanTable(progress: $0, text: text).rendered(colors: options.usesColor) } ?? ""
            let width = options.maximumWidth ?? ProgressTable.defaultWidth
            let table = ProgressTable(progress: progress, text: text, width: width)
            return table.rendered(colors: options.usesColor) + planText + "\n"
                + footer(progress, text).flatMap { TextWrapping.noteLines($0, width: width) }.joined(separator: "\n") + "\n"
        }
    }

    private func footer(_ progress: ProgressReport, _ text: Localizer) -> [String] {
        ReportHeading.footer(files: progress.input.files, input: progress.input, period: progress.period,
                             madeOn: options.madeOn, text: text)
    }

    /// `srb.progress/1`: the report's top-level keys, then the targets.
    private func json(_ progress: ProgressReport, plan: PlanProgress?) -> String {
        let settings = progress.settings
        let planMembers: [(String, JSONValue)] = plan.map { [("plan", $0.jsonValue())] } ?? []
        return JSONValue.object([
            ("schema", .string("srb.progress/1")),
            ("period", .object([("from", .string(progress.period.from.description)),
                                ("to", .string(progress.period.to.description))])),
            ("threshold", .double(settings.threshold)),
            ("confidence", .double(settings.confidence)),
            ("ci_method", .string(settings.intervalMethod.rawValue)),
            ("units", .array(progress.units.map { $0.jsonValue() })),
            ("total", progress.total.jsonValue()),
            ("input", progress.input.jsonValue()),
            ("baseline_year", .int(progress.baselineYear)),
            ("annual_reduction", .double(progress.targets.annualReduction)),
            ("target_year", .int(progress.targets.targetYear)),
        ] + planMembers).rendered()
    }

    /// Long: one row per unit and year (then, when split, one per order of that
    /// year, `order` last), the total's rows last.
    private func delimited(_ progress: ProgressReport, writer: DelimitedText) -> String {
        let splits = progress.settings.splitsByBirthOrder
        var output = writer.line(UnitProgress.delimitedHeader + (splits ? ["order"] : []))
        for unit in progress.units + [progress.total] {
            for (offset, year) in unit.series.years.enumerated() {
                output += writer.line(unit.delimitedCells(year, writer) + (splits ? [""] : []))
                for part in unit.byOrder ?? [] {
                    output += writer.line(unit.delimitedCells(part.series.years[offset], writer)
                                          + [writer.text(part.order.rawValue)])
                }
            }
        }
        return output
    }
}
