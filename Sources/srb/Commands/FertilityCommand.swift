import SRBKit

/// `srb fertility --population POP [options] FILE...`: age-specific fertility
/// rates and the total fertility rate per unit and year, with Dobson's
/// interval, against the TFR target.
enum FertilityCommand: Command {
    static let name = "fertility"
    static let summary = TextKey.commandFertility
    static let operands = " --population POP FILE..."
    /// The register options but those of the SRB flag (threshold, interval
    /// method, minimum births) and `--by-order`, plus the population and target.
    static let options = [
        OptionSpec("--population", value: "POP", .optionPopulation),
        OptionSpec("--tfr-target", value: "X", .optionTFRTarget),
    ] + RegisterOptions.specs.filter { !["--threshold", "--ci", "--min-births", "--by-order"].contains($0.name) }

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        if let text = arguments.text("--period"), !(Period(parsing: text)?.isWholeYears ?? false) {
            throw arguments.bad("--period", text, .yearRange)
        }
        guard let populationPath = try arguments.value("--population", as: FileName.self)?.path else {
            throw .missingValue(option: "--population", command: name)
        }
        let target = try arguments.value("--tfr-target", as: NonNegativeNumber.self)?.value ?? FertilityReport.defaultTarget
        var options = try RegisterOptions(arguments, context: context)
        options.read.countsMotherAge = true
        let run = RegisterRun(options: options, context: context)
        let population: PopulationTable
        var registry: UnitRegistry?
        do throws(SRBError) {
            population = try PopulationTable.read(InputSource(argument: populationPath))
            if let wards = options.wardsPath { registry = try UnitRegistry.read(InputSource(argument: wards)) }
        } catch {
            return run.fail(error)
        }
        let renderer = FertilityRenderer(options: run.renderOptions)
        let settings = options.report
        return run.perform(
            otherInputs: [populationPath],
            build: { scan throws(SRBError) in
                try FertilityReport(scan: scan, population: population, registry: registry, level: settings.level,
                                    period: settings.period, confidence: settings.confidence, target: target)
            },
            render: { renderer.render($0, as: options.output.format) },
            finish: { report in
                run.tellWhereRowsWent(warnings: report.warnings, rejections: report.firstRejections,
                                      input: report.input, period: report.period)
                if report.birthsUnknownAge > 0, !options.output.isQuiet {
                    context.tell(run.diagnostics.text(.fertilityUnknownAgeNote, String(report.birthsUnknownAge)))
                }
                return .success
            })
    }
}
