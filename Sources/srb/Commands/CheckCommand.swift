import SRBKit

/// `srb check [options] FILE...`: the report's numbers, only the flagged units,
/// exit 1 when any unit is flagged (for cron). With `--window`, the period is
/// that window of `--month` (the last month with births by default).
enum CheckCommand: Command {
    static let name = "check"
    static let summary = TextKey.commandCheck
    static let operands = " FILE..."
    static let options = RegisterOptions.specs + [
        OptionSpec("--fail-on", value: "STATUS", .optionFailOn),
        OptionSpec("--window", value: "W", .optionWindow),
        OptionSpec("--month", value: "M", .optionMonth),
    ]

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        let rule: FlagRule = try arguments.value("--fail-on") ?? .significant
        let month = try arguments.value("--month", as: CalendarMonth.self)
        // `--month` alone checks that month.
        let window = try arguments.value("--window", as: MonthWindow.self) ?? (month == nil ? nil : .month)
        if window != nil, arguments.has("--period") {
            throw .conflictingOptions(month != nil && !arguments.has("--window") ? "--month" : "--window", "--period",
                                      command: name)
        }
        let run = RegisterRun(options: options, context: context)
        let renderer = ReportRenderer(options: run.renderOptions, flaggedOnly: rule)
        var monthWarning: ReadWarning?
        return run.perform(
            build: { scan throws(SRBError) in
                var settings = options.report
                if let window {
                    guard let end = month ?? scan.lastMonthWithBirths else { throw .noUsableRow }
                    settings.period = window.period(endingAt: end)
                    if month != nil { monthWarning = scan.noBirthsWarning(in: end) }
                }
                return try Report(scan: scan, settings: settings)
            },
            render: { renderer.render($0, as: options.output.format) },
            finish: { report in
                run.tellWhereRowsWent(warnings: report.warnings + [monthWarning].compactMap { $0 },
                                      rejections: report.firstRejections, input: report.input, period: report.period)
                return report.isFlagged(by: rule) ? .findings : .success
            })
    }
}
