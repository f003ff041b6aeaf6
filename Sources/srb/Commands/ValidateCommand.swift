import SRBKit

/// `srb validate [options] FILE...`: the data quality of registers, run before
/// the monthly report. Exit 0 when no row was rejected, 1 when some were, 65
/// when nothing could be used (the report is still written: it says why).
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = TextKey.commandValidate
    static let operands = " FILE..."
    static let options = RegisterOptions.specs

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        let run = RegisterRun(options: options, context: context)
        let renderer = ValidationRenderer(options: run.renderOptions)
        return run.perform(
            build: { scan throws(SRBError) in
                try Validation(scan: scan, settings: options.report)
            },
            render: { renderer.render($0, as: options.output.format) },
            finish: { validation in
                run.tellProblems(warnings: validation.warnings, rejections: validation.firstRejections,
                                 rejectedCount: validation.input.rowsRejected)
                if validation.rowsUsable == 0 { return run.fail(.noUsableRow) }
                return validation.input.rowsRejected > 0 ? .findings : .success
            })
    }
}
