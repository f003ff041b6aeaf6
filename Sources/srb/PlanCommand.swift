import SRBKit

/// `srb plan [options] PLAN`: progress of the plan's activities as of a date.
enum PlanCommand {
    static let name = "plan"
    static let summary = "progress of the plan's activities as of a date"
    /// What follows the options on the command line, as the usage line shows it.
    static let operands = " PLAN"
    static let specs: [OptionSpec] = [
        OptionSpec("--as-of", value: "DATE", "date the activities are judged at: 2024-09-30 or 30/09/2024 (default today)"),
    ] + SharedOptions.specs.filter {
        ["--format", "--output", "--lang", "--delimiter", "--encoding", "--quiet", "--help"].contains($0.name)
    }

    static func run(_ tokens: [ArgumentToken], terminal: Terminal) throws(UsageError) -> ExitCode {
        let arguments = try ParsedArguments(tokens, specs: specs, command: name)
        func choice<T>(_ option: String, _ parse: (String) -> T?, expected: String) throws(UsageError) -> T? {
            guard let text = arguments.value(option) else { return nil }
            guard let value = parse(text) else {
                throw .badValue(option: option, value: text, expected: expected, command: name)
            }
            return value
        }
        let asOf = try choice("--as-of", { CalendarDay(registerDate: $0) }, expected: "a date: YYYY-MM-DD or DD/MM/YYYY")
        let format = try choice("--format", { OutputFormat(rawValue: $0) },
                                expected: "table, csv, tsv, json, markdown or html") ?? .table
        let language = try choice("--lang", { Language(rawValue: $0) }, expected: "en or vi")
            ?? Language.fromEnvironment(terminal.environment)
        let delimiter = try choice("--delimiter", { Delimiter(spelling: $0) }, expected: ", ; tab or |")
        let encoding = try choice("--encoding", { TextEncoding(spelling: $0) }, expected: "utf8, utf16 or cp1258")
        let outputPath = try choice("--output", { $0.isEmpty ? nil : $0 }, expected: "a file name")
        let isQuiet = arguments.has("--quiet")
        guard let planArgument = arguments.positionals.first else { throw .noInput(command: name) }
        if arguments.positionals.count > 1 { throw .unexpectedArgument(arguments.positionals[1], command: name) }

        let diagnostics = Diagnostics(language: language)
        let plan: Plan
        do throws(SRBError) {
            plan = try PlanReader(delimiter: delimiter, encoding: encoding).read(InputSource(argument: planArgument))
        } catch {
            terminal.error(diagnostics.message(for: error))
            return ExitCode(error)
        }
        let progress = PlanProgress(plan: plan, asOf: asOf ?? Clock.today())
        let options = RenderOptions(language: language,
                                    usesColor: outputPath == nil && format == .table && terminal.allowsColor,
                                    maximumWidth: outputPath == nil ? terminal.tableWidth : nil)
        let output = PlanRenderer(options: options).render(progress, as: format)
        if let path = outputPath {
            do throws(SRBError) {
                let file = try AtomicFile(path: path)
                try file.write(output)
                try file.commit()
            } catch {
                terminal.error(diagnostics.message(for: error))
                return ExitCode(error)
            }
        } else {
            terminal.writeOut(output)
        }
        if !isQuiet {
            for warning in plan.warnings { terminal.warning(diagnostics.message(for: warning)) }
            terminal.writeError(diagnostics.summaryLine(plan) + "\n")
        }
        return .success
    }
}
