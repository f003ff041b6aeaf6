import SRBKit

/// `srb report [options] FILE...`: SRB per unit for one period.
enum ReportCommand {
    static let name = "report"
    static let summary = "SRB per unit for one period (the monthly report)"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = " FILE..."
    static let specs = SharedOptions.specs

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        let options = try SharedOptions(arguments, command: name, environment: terminal.environment)
        let run = RegisterRun(options: options, terminal: terminal)
        switch run.read(thenBuild: { scan throws(SRBError) in try Report(scan: scan, settings: options.report) }) {
        case .failure(let error):
            return run.fail(error)
        case .success(let report):
            let renderer = ReportRenderer(options: run.renderOptions)
            if let error = run.deliver(renderer.render(report, as: options.format)) { return run.fail(error) }
            run.tellWhereRowsWent(warnings: report.warnings, rejections: report.firstRejections,
                                  input: report.input, period: report.period)
            return .success
        }
    }
}
