import SRBKit

/// argv → command → one SRBKit call → bytes out → exit code.
struct CommandLineRun {
    let context: ProcessContext

    func run(_ arguments: [String]) -> ExitCode {
        let tokens = ArgumentToken.split(arguments)
        let language = helpLanguage(tokens)
        do throws(UsageError) {
            guard let first = tokens.first else { return show(Help.overview(language)) }
            switch first.kind {
            case .option(name: "--help", _):
                return show(Help.overview(language))
            case .option(name: "--version", _):
                return show(Help.version + "\n")
            case .option(let name, _):
                throw .unknownOption(name, command: "", suggestion: NearestName.closest(
                    to: name, among: ["--help", "--version"], maximumDistance: 3))
            case .positional("help"):
                guard tokens.count > 1, case .positional(let name) = tokens[1].kind else {
                    return show(Help.overview(language))
                }
                return show(Help.forCommand(try command(named: name), language: language))
            case .positional(let name):
                let command = try command(named: name)
                let rest = Array(tokens.dropFirst())
                if rest.contains(where: { $0.kind == .option(name: "--help", value: nil) }) {
                    return show(Help.forCommand(command, language: language))
                }
                return try command.run(ParsedArguments(rest, specs: command.options, command: name), in: context)
            }
        } catch {
            context.error(UsageMessages(text: Localizer(language)).message(for: error))
            return .usage
        }
    }

    private func command(named name: String) throws(UsageError) -> any Command.Type {
        guard let command = CommandList.named(name) else {
            throw .unknownCommand(name, suggestion: NearestName.closest(to: name, among: CommandList.names))
        }
        return command
    }

    /// Help on standard output; a failed write is an error (exit 73).
    private func show(_ text: String) -> ExitCode {
        let output = OutputFile.standardOutput()
        do throws(SRBError) {
            try output.write(text)
            return .success
        } catch {
            context.error(Diagnostics(language: context.localeLanguage).message(for: error))
            return ExitCode(error)
        }
    }

    /// The language of help and usage messages: `--lang` when given and valid
    /// (`--lang vi` or `--lang=vi`), else the locale's.
    private func helpLanguage(_ tokens: [ArgumentToken]) -> Language {
        for (offset, token) in tokens.enumerated() {
            guard case .option(name: "--lang", let value) = token.kind else { continue }
            var given = value
            if given == nil, offset + 1 < tokens.count, case .positional(let next) = tokens[offset + 1].kind { given = next }
            if let given, let language = Language(rawValue: given) { return language }
        }
        return context.localeLanguage
    }
}
