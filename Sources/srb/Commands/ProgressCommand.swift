import SRBKit

/// `srb progress [options] FILE...`: SRB per unit and year against the path from
/// the baseline year, with each unit's trend projected to the target year, and
/// with `--plan` the plan's activities as of `--as-of`.
enum ProgressCommand: Command {
    static let name = "progress"
    static let summary = TextKey.commandProgress
    static let operands = " FILE..."
    static let options = [
        OptionSpec("--baseline-year", value: "Y0", .optionBaselineYear),
        OptionSpec("--annual-reduction", value: "R", .optionAnnualReduction),
        OptionSpec("--target-year", value: "Y", .optionTargetYear),
        OptionSpec("--plan", value: "PLAN", .optionPlan),
    ] + RegisterOptions.specs

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let options = try RegisterOptions(arguments, context: context)
        var targets = Targets(baselineYear: try arguments.value("--baseline-year", as: FourDigitYear.self)?.value)
        if let reduction = try arguments.value("--annual-reduction", as: NonNegativeNumber.self) {
            targets.annualReduction = reduction.value
        }
        if let target = try arguments.value("--target-year", as: FourDigitYear.self) { targets.targetYear = target.value }
        let planPath = try arguments.value("--plan", as: FileName.self)?.path
        let run = RegisterRun(options: options, context: context)
        var plan: Plan?
        if let planPath {
            do throws(SRBError) {
                plan = try PlanReader().read(InputSource(argument: planPath))
            } catch {
                return run.fail(error)
            }
        }
        let planProgress = plan.map { PlanProgress(plan: $0, asOf: options.asOf) }
        let renderer = ProgressRenderer(options: run.renderOptions)
        return run.perform(
            otherInputs: planPath.map { [$0] } ?? [],
            build: { scan throws(SRBError) in try ProgressReport(scan: scan, settings: options.report, targets: targets) },
            render: { renderer.render($0, plan: planProgress, as: options.output.format) },
            finish: { progress in
                if let plan, !options.output.isQuiet {
                    for warning in plan.warnings { context.warning(run.diagnostics.message(for: warning)) }
                }
                run.tellWhereRowsWent(warnings: progress.warnings, rejections: progress.firstRejections,
                                      input: progress.input, period: progress.period)
                return .success
            })
    }
}
