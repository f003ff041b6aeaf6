/// Turns a `PlanProgress` into the bytes of one output format.
public struct PlanRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// The progress in `format`.
    public func render(_ progress: PlanProgress, as format: OutputFormat) -> String {
        let text = Localizer(options.language)
        switch format {
        case .json:
            return JSONValue.object([
                ("schema", .string(PlanRenderer.schema)),
                ("as_of", .string(progress.asOf.description)),
            ] + progress.jsonMembers()).rendered()
        case .csv: return delimited(progress, writer: .csv)
        case .tsv: return delimited(progress, writer: .tsv)
        case .table: return PlanTable(progress: progress, text: text).rendered(colors: options.usesColor,
                                                                             maximumWidth: options.maximumWidth)
        case .markdown: return PlanMarkdown(progress: progress, text: text).rendered()
        case .html: return PlanHTML(progress: progress, text: text).rendered()
        }
    }

    public static let schema = "srb.plan/1"

    private func delimited(_ progress: PlanProgress, writer: DelimitedText) -> String {
        var output = writer.line(ActivityResult.delimitedHeader)
        for result in progress.activities { output += writer.line(result.delimitedCells(writer)) }
        return output
    }
}
