import SRBKit

/// `srb check [options] FILE...`: the report's numbers, only the flagged units,
/// exit 1 when any unit is flagged (for cron).
enum CheckCommand: Command {
    static let name = "check"
    static let summary = TextKey.commandCheck
    static let operands = " FILE..."
    static let options = RegisterOptions.specs + [OptionSpec("--fail-on", value: "STATUS", .optionFailOn)]

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        let rule: FlagRule = try arguments.value("--fail-on") ?? .significant
        let run = RegisterRun(options: options, context: context)
        let renderer = ReportRenderer(options: run.renderOptions, flaggedOnly: rule)
        return run.perform(
            build: { scan throws(SRBError) in try Report(scan: scan, settings: options.report) },
            render: { renderer.render($0, as: options.output.format) },
            finish: { report in
                run.tellWhereRowsWent(warnings: report.warnings, rejections: report.firstRejections,
                                      input: report.input, period: report.period)
                return report.isFlagged(by: rule) ? .findings : .success
            })
    }
}
