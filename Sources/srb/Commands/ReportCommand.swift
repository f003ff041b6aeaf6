import SRBKit

/// `srb report [options] FILE...`: SRB per unit for one period.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = TextKey.commandReport
    static let operands = " FILE..."
    static let options = RegisterOptions.specs

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        let run = RegisterRun(options: options, context: context)
        let renderer = ReportRenderer(options: run.renderOptions)
        return run.perform(
            build: { scan throws(SRBError) in try Report(scan: scan, settings: options.report) },
            render: { renderer.render($0, as: options.output.format) },
            finish: { report in
                run.tellWhereRowsWent(warnings: report.warnings, rejections: report.firstRejections,
                                      input: report.input, period: report.period)
                return .success
            })
    }
}
