import SRBKit

/// `srb check [options] FILE...`: the report's numbers, only the flagged units,
/// exit 1 when any unit is flagged (for cron).
enum CheckCommand {
    static let name = "check"
    static let summary = "the same numbers; prints only flagged units; exit 1 if any"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = " FILE..."
    static let specs = SharedOptions.specs + [
        OptionSpec("--fail-on", value: "STATUS", "significant (default) or over, which counts over too"),
    ]

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        let options = try SharedOptions(arguments, command: name, environment: terminal.environment)
        let ruleText = arguments.value("--fail-on") ?? "significant"
        guard let rule = ReportRenderer.FlagRule(rawValue: ruleText) else {
            throw .badValue(option: "--fail-on", value: ruleText, expected: "significant or over", command: name)
        }
        let run = RegisterRun(options: options, terminal: terminal)
        switch run.read(thenBuild: { scan throws(SRBError) in try Report(scan: scan, settings: options.report) }) {
        case .failure(let error):
            return run.fail(error)
        case .success(let report):
            let renderer = ReportRenderer(options: run.renderOptions, flaggedOnly: rule)
            if let error = run.deliver(renderer.render(report, as: options.format)) { return run.fail(error) }
            run.tellWhereRowsWent(warnings: report.warnings, rejections: report.firstRejections,
                                  input: report.input, period: report.period)
            let flagged = report.units.contains { rule.flags($0.status) }
                || (report.settings.level == .total && rule.flags(report.total.status))
            return flagged ? .findings : .success
        }
    }
}
