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
    let language = Language.fromEnvironment(terminal.environment)
    let commands: [String: (specs: [OptionSpec], summary: String,
                            run: ([ArgumentToken], Terminal) throws(UsageError) -> ExitCode)] = [
        ReportCommand.name: (ReportCommand.specs, ReportCommand.summary, ReportCommand.run),
        CheckCommand.name: (CheckCommand.specs, CheckCommand.summary, CheckCommand.run),
        PlanCommand.name: (PlanCommand.specs, PlanCommand.summary, PlanCommand.run),
        ProgressCommand.name: (ProgressCommand.specs, ProgressCommand.summary, ProgressCommand.run),
        ValidateCommand.name: (ValidateCommand.specs, ValidateCommand.summary, ValidateCommand.run),
    ]
    do throws(UsageError) {
        guard let first = tokens.first else {
            terminal.writeOut(Help.overview)
            return .success
        }
        switch first.kind {
        case .option(name: "--help", _):
            terminal.writeOut(Help.overview)
            return .success
        case .option(name: "--version", _):
            terminal.writeOut(Help.version + "\n")
            return .success
        case .option(let name, _):
            throw .unknownOption(name, command: "", suggestion: NearestName.closest(
                to: name, among: ["--help", "--version"], maximumDistance: 3))
        case .positional("help"):
            guard tokens.count > 1, case .positional(let name) = tokens[1].kind else {
                terminal.writeOut(Help.overview)
                return .success
            }
            guard let command = commands[name] else {
                throw .unknownCommand(name, suggestion: NearestName.closest(to: name, among: commands.keys.sorted()))
            }
            terminal.writeOut(Help.forCommand(name, summary: command.summary, specs: command.specs))
            return .success
        case .positional(let name):
            guard let command = commands[name] else {
                throw .unknownCommand(name, suggestion: NearestName.closest(to: name, among: commands.keys.sorted()))
            }
            let rest = Array(tokens.dropFirst())
            if rest.contains(where: { $0.kind == .option(name: "--help", value: nil) }) {
                terminal.writeOut(Help.forCommand(name, summary: command.summary, specs: command.specs))
                return .success
            }
            return try command.run(rest, terminal)
        }
    } catch {
        terminal.error(UsageMessages(text: Localizer(language)).message(for: error))
        return .usage
    }
}

signal(SIGPIPE, SIG_IGN)
let terminal = Terminal.current(environment: ProcessInfo.processInfo.environment)
exit(runCommandLine(Array(CommandLine.arguments.dropFirst()), terminal: terminal).rawValue)
