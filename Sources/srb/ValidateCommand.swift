import SRBKit

/// `srb validate [options] FILE...`: the data quality of registers, run before
/// the monthly report. Exit 0 when no row was rejected, 1 when some were, 65
/// when nothing could be used (the report is still written: it says why).
enum ValidateCommand {
    static let name = "validate"
    static let summary = "data quality of registers: what was read, used, rejected and why"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = " FILE..."
    static let specs = SharedOptions.specs

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        let options = try SharedOptions(arguments, command: name, environment: terminal.environment)
        let run = RegisterRun(options: options, terminal: terminal)
        switch run.read(thenBuild: { scan throws(SRBError) in
            try Validation(scan: scan, period: options.report.period, level: options.report.level)
        }) {
        case .failure(let error):
            return run.fail(error)
        case .success(let validation):
            let renderer = ValidationRenderer(options: run.renderOptions)
            if let error = run.deliver(renderer.render(validation, as: options.format)) { return run.fail(error) }
            run.tellProblems(warnings: validation.warnings, rejections: validation.firstRejections,
                             rejectedCount: validation.input.rowsRejected)
            if validation.rowsUsable == 0 { return run.fail(.noUsableRow) }
            return validation.input.rowsRejected > 0 ? .findings : .success
        }
    }
}
