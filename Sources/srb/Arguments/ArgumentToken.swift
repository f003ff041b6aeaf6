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
