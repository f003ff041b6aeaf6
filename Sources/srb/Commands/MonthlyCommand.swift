import SRBKit

/// `srb monthly [options] FILE...`: for a month and each unit, the month, the
/// year to date, the last 12 months and the 12 before, with the change and
/// Fisher's exact test of it.
enum MonthlyCommand: Command {
    static let name = "monthly"
    static let summary = TextKey.commandMonthly
    static let operands = " FILE..."
    /// The register options but `--period` (the windows are the periods), plus `--month`.
    static let options = [OptionSpec("--month", value: "M", .optionMonth)]
        + RegisterOptions.specs.filter { $0.name != "--period" }

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        let month = try arguments.value("--month", as: CalendarMonth.self)
        let run = RegisterRun(options: options, context: context)
        let renderer = MonthlyRenderer(options: run.renderOptions)
        return run.perform(
            build: { scan throws(SRBError) in try MonthlyReport(scan: scan, settings: options.report, month: month) },
            render: { renderer.render($0, as: options.output.format) },
            finish: { monthly in
                run.tellWhereRowsWent(warnings: monthly.warnings, rejections: monthly.firstRejections,
                                      input: monthly.input, period: monthly.span)
                return .success
            })
    }
}
