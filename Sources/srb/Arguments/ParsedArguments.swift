import SRBKit

/// Options and positional arguments of one command, matched against its table.
struct ParsedArguments {
    let command: String
    private(set) var values: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    /// Matches tokens to `specs`. An option given twice keeps the last value
    /// unless it is repeatable.
    init(_ tokens: [ArgumentToken], specs: [OptionSpec], command: String) throws(UsageError) {
        self.command = command
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
    func text(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The value of option `name` read as `Value`; nil when the option is absent.
    func value<Value: ArgumentValue>(_ name: String, as type: Value.Type = Value.self) throws(UsageError) -> Value? {
        guard let text = text(name) else { return nil }
        guard let value = Value(argument: text) else {
            throw .badValue(option: name, value: text, expected: Value.expected, command: command)
        }
        return value
    }

    /// Every value of a repeatable option, read as `Value`.
    func values<Value: ArgumentValue>(_ name: String, as type: Value.Type = Value.self) throws(UsageError) -> [Value] {
        var result: [Value] = []
        for text in all(name) {
            guard let value = Value(argument: text) else {
                throw .badValue(option: name, value: text, expected: Value.expected, command: command)
            }
            result.append(value)
        }
        return result
    }

    /// A usage error for `name`'s value `text`, expected to be `expected`.
    func bad(_ name: String, _ text: String, _ expected: ExpectedValue) -> UsageError {
        .badValue(option: name, value: text, expected: expected, command: command)
    }
}
