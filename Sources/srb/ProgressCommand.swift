import SRBKit

/// `srb progress [options] FILE...`: SRB per unit and year against the path from
/// the baseline year, with each unit's trend projected to the target year.
enum ProgressCommand {
    static let name = "progress"
    static let summary = "SRB per unit and year against the targets"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = " FILE..."
    static let specs = [
        OptionSpec("--baseline-year", value: "Y0", "year the path starts from (default: first year with births)"),
        OptionSpec("--annual-reduction", value: "R", "points per year the SRB must fall (default 0.2)"),
        OptionSpec("--target-year", value: "Y", "year by which SRB must be ≤ threshold; the trend is projected to it (default 2030)"),
        OptionSpec("--plan", value: "PLAN", "an activity table, as for srb plan"),
        OptionSpec("--as-of", value: "DATE", "date the activity states are judged at: 2024-09-30 or 30/09/2024 (default today)"),
    ] + SharedOptions.specs

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        let options = try SharedOptions(arguments, command: name, environment: terminal.environment)
        let targets = try targets(arguments)
        let request = try planRequest(arguments)
        let run = RegisterRun(options: options, terminal: terminal)
        var plan: Plan?
        if let request {
            do throws(SRBError) {
                plan = try PlanReader().read(InputSource(argument: request.path))
            } catch {
                return run.fail(error)
            }
        }
        switch run.read(thenBuild: { scan throws(SRBError) in
            try ProgressReport(scan: scan, settings: options.report, targets: targets)
        }) {
        case .failure(let error):
            return run.fail(error)
        case .success(let progress):
            let renderer = ProgressRenderer(options: run.renderOptions)
            let planProgress = plan.map { PlanProgress(plan: $0, asOf: request?.asOf ?? Clock.today()) }
            if let error = run.deliver(renderer.render(progress, plan: planProgress, as: options.format)) {
                return run.fail(error)
            }
            if let plan, !options.isQuiet {
                let diagnostics = Diagnostics(language: options.language)
                for warning in plan.warnings { terminal.warning(diagnostics.message(for: warning)) }
            }
            run.tellWhereRowsWent(warnings: progress.warnings, rejections: progress.firstRejections,
                                  input: progress.input, period: progress.period)
            return .success
        }
    }

    /// `--plan PLAN` and `--as-of DATE` (nil: today), checked the way `srb plan`
    /// checks them; nil without `--plan`.
    static func planRequest(_ arguments: ParsedArguments) throws(UsageError) -> (path: String, asOf: CalendarDay?)? {
        var asOf: CalendarDay?
        if let text = arguments.value("--as-of") {
            guard let day = CalendarDay(registerDate: text) else {
                throw .badValue(option: "--as-of", value: text, expected: "a date: YYYY-MM-DD or DD/MM/YYYY", command: name)
            }
            asOf = day
        }
        guard let path = arguments.value("--plan") else { return nil }
        guard !path.isEmpty else { throw .badValue(option: "--plan", value: path, expected: "a file name", command: name) }
        return (path, asOf)
    }

    /// `--baseline-year`, `--annual-reduction`, `--target-year`; defaults in `Targets`.
    static func targets(_ arguments: ParsedArguments) throws(UsageError) -> Targets {
        func year(_ option: String) throws(UsageError) -> Int? {
            guard let text = arguments.value(option) else { return nil }
            guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), year >= 1 else {
                throw .badValue(option: option, value: text, expected: "a year written with four digits", command: name)
            }
            return year
        }
        var targets = Targets(baselineYear: try year("--baseline-year"))
        if let text = arguments.value("--annual-reduction") {
            guard let reduction = Double(text), reduction.isFinite, reduction >= 0 else {
                throw .badValue(option: "--annual-reduction", value: text, expected: "a number ≥ 0", command: name)
            }
            targets.annualReduction = reduction
        }
        if let target = try year("--target-year") { targets.targetYear = target }
        return targets
    }
}
