import SRBKit

/// One command-line argument, remembered with its position.
struct ArgumentToken: Equatable {
    enum Kind: Equatable {
        /// `--name` or `--name=value` (`value` nil without `=`); `-h` is `--help`.
        case option(name: String, value: String?)
        /// Anything else, `-` included, and everything after `--`.
        case positional(String)
    }

    let kind: Kind
    /// 0-based index in the arguments after the program name.
    let index: Int

    /// Splits arguments into tokens; `--` ends options.
    static func split(_ arguments: [String]) -> [ArgumentToken] {
        var tokens: [ArgumentToken] = []
        var optionsEnded = false
        for (index, argument) in arguments.enumerated() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                tokens.append(ArgumentToken(kind: .positional(argument), index: index))
            } else if argument == "--" {
                optionsEnded = true
            } else if argument == "-h" {
                tokens.append(ArgumentToken(kind: .option(name: "--help", value: nil), index: index))
            } else if let equals = argument.firstIndex(of: "=") {
                tokens.append(ArgumentToken(kind: .option(name: String(argument[..<equals]),
                                                          value: String(argument[argument.index(after: equals)...])),
                                            index: index))
            } else {
                tokens.append(ArgumentToken(kind: .option(name: argument, value: nil), index: index))
            }
        }
        return tokens
    }
}

/// A problem with the command line (exit 64). Facts only; `UsageMessages` words it.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, command: String)
    case badValue(option: String, value: String, expected: String, command: String)
    case takesNoValue(option: String, command: String)
    case noInput(command: String)
    case unexpectedArgument(String, command: String)
}

/// How one option is written and whether it takes a value.
struct OptionSpec {
    let name: String
    let valueName: String?
    let isRepeatable: Bool
    let summary: String

    init(_ name: String, value valueName: String? = nil, repeatable: Bool = false, _ summary: String) {
        self.name = name
        self.valueName = valueName
        self.isRepeatable = repeatable
        self.summary = summary
    }
}

/// Options and positional arguments of one command, matched against its table.
struct ParsedArguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    /// Matches tokens to `specs`. An option given twice keeps the last value
    /// unless it is repeatable.
    init(_ tokens: [ArgumentToken], specs: [OptionSpec], command: String) throws(UsageError) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .positional(let value):
                positionals.append(value)
            case .option(let name, let inlineValue):
                guard let spec = specs.first(where: { $0.name == name }) else {
                    let suggestion = NearestName.closest(to: name, among: specs.map(\.name), maximumDistance: 3)
                    throw .unknownOption(name, command: command, suggestion: suggestion)
                }
                guard spec.valueName != nil else {
                    if inlineValue != nil { throw .takesNoValue(option: name, command: command) }
                    values[name] = [""]
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < tokens.count, case .positional(let next) = tokens[index].kind {
                    value = next
                    index += 1
                } else if index < tokens.count, case .option(let next, nil) = tokens[index].kind,
                          Double(next) != nil {
                    value = next  // a negative number such as --threshold -1 is a value, judged later
                    index += 1
                } else {
                    throw .missingValue(option: name, command: command)
                }
                if spec.isRepeatable {
                    values[name, default: []].append(value)
                } else {
                    values[name] = [value]
                }
            }
        }
    }

    func has(_ name: String) -> Bool { values[name] != nil }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
}
