#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SRBKit

/// argv → command → one SRBKit call → bytes out → exit code.
func runCommandLine(_ arguments: [String], terminal: Terminal) -> ExitCode {
    let tokens = ArgumentToken.split(arguments)
    let language = helpLanguage(tokens, environment: terminal.environment)
    let commands: [String: (specs: [OptionSpec], summary: String, operands: String,
                            run: ([ArgumentToken], Terminal) throws(UsageError) -> ExitCode)] = [
        ReportCommand.name: (ReportCommand.specs, ReportCommand.summary, ReportCommand.operands, ReportCommand.run),
        CheckCommand.name: (CheckCommand.specs, CheckCommand.summary, CheckCommand.operands, CheckCommand.run),
        PlanCommand.name: (PlanCommand.specs, PlanCommand.summary, PlanCommand.operands, PlanCommand.run),
        ProgressCommand.name: (ProgressCommand.specs, ProgressCommand.summary, ProgressCommand.operands, ProgressCommand.run),
        ValidateCommand.name: (ValidateCommand.specs, ValidateCommand.summary, ValidateCommand.operands, ValidateCommand.run),
        GenerateCommand.name: (GenerateCommand.specs, GenerateCommand.summary, GenerateCommand.operands, GenerateCommand.run),
    ]
    do throws(UsageError) {
        guard let first = tokens.first else {
            terminal.writeOut(Help.overview(language))
            return .success
        }
        switch first.kind {
        case .option(name: "--help", _):
            terminal.writeOut(Help.overview(language))
            return .success
        case .option(name: "--version", _):
            terminal.writeOut(Help.version + "\n")
            return .success
        case .option(let name, _):
            throw .unknownOption(name, command: "", suggestion: NearestName.closest(
                to: name, among: ["--help", "--version"], maximumDistance: 3))
        case .positional("help"):
            guard tokens.count > 1, case .positional(let name) = tokens[1].kind else {
                terminal.writeOut(Help.overview(language))
                return .success
            }
            guard let command = commands[name] else {
                throw .unknownCommand(name, suggestion: NearestName.closest(to: name, among: commands.keys.sorted()))
            }
            terminal.writeOut(Help.forCommand(name, summary: command.summary, operands: command.operands, specs: command.specs,
                                               language: language))
            return .success
        case .positional(let name):
            guard let command = commands[name] else {
                throw .unknownCommand(name, suggestion: NearestName.closest(to: name, among: commands.keys.sorted()))
            }
            let rest = Array(tokens.dropFirst())
            if rest.contains(where: { $0.kind == .option(name: "--help", value: nil) }) {
                terminal.writeOut(Help.forCommand(name, summary: command.summary, operands: command.operands, specs: command.specs,
                                               language: language))
                return .success
            }
            return try command.run(rest, terminal)
        }
    } catch {
        terminal.error(UsageMessages(text: Localizer(language)).message(for: error))
        return .usage
    }
}

/// The language of help and usage messages: `--lang` when given and valid
/// (`--lang vi` or `--lang=vi`), else the locale.
func helpLanguage(_ tokens: [ArgumentToken], environment: [String: String]) -> Language {
    for (offset, token) in tokens.enumerated() {
        guard case .option(name: "--lang", let value) = token.kind else { continue }
        var given = value
        if given == nil, offset + 1 < tokens.count, case .positional(let next) = tokens[offset + 1].kind { given = next }
        if let given, let language = Language(rawValue: given) { return language }
    }
    return Language.fromEnvironment(environment)
}

signal(SIGPIPE, SIG_IGN)
let terminal = Terminal.current(environment: ProcessInfo.processInfo.environment)
exit(runCommandLine(Array(CommandLine.arguments.dropFirst()), terminal: terminal).rawValue)
