import SRBKit

/// `srb plan [options] PLAN`: progress of the plan's activities as of a date.
enum PlanCommand: Command {
    static let name = "plan"
    static let summary = TextKey.commandPlan
    static let operands = " PLAN"
    static let options = [OptionSpec("--as-of", value: "DATE", .optionPlanAsOf)]
        + InputOptions.specs + OutputOptions.specs + [OptionSpec.help]

    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode {
        let output = try OutputOptions(arguments, context: context)
        let input = try InputOptions(arguments)
        let givenAsOf: CalendarDay? = try arguments.value("--as-of")
        let asOf = givenAsOf ?? context.today
        guard let planArgument = arguments.positionals.first else { throw .noInput(command: name) }
        if arguments.positionals.count > 1 { throw .unexpectedArgument(arguments.positionals[1], command: name) }

        let diagnostics = Diagnostics(language: output.language)
        func fail(_ error: SRBError) -> ExitCode {
            context.error(diagnostics.message(for: error))
            return ExitCode(error)
        }
        let outputs: RunOutputs
        let plan: Plan
        do throws(SRBError) {
            outputs = try RunOutputs.open(result: output.outputPath, rejects: nil, inputs: [planArgument], context: context)
            var reader = PlanReader(delimiter: input.delimiter, encoding: input.encoding)
            reader.sheet = input.sheet
            plan = try reader.read(InputSource(argument: planArgument))
        } catch {
            return fail(error)
        }
        let progress = PlanProgress(plan: plan, asOf: asOf)
        do throws(SRBError) {
            let text = PlanRenderer(options: output.renderOptions(context, asOf: givenAsOf)).render(progress, as: output.format)
            try outputs.result.write(output.shown(text, context: context))
            try outputs.result.commit()
        } catch {
            outputs.discard()
            return fail(error)
        }
        if !output.isQuiet {
            for warning in plan.warnings { context.warning(diagnostics.message(for: warning)) }
            context.tell(diagnostics.summaryLine(plan))
        }
        return .success
    }
}
