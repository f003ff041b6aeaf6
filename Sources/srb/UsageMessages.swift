import SRBKit

/// Words for command-line problems, through the same localized texts as the library.
struct UsageMessages {
    let text: Localizer

    func message(for error: UsageError) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            return withSuggestion(text(.usageUnknownCommand, name), suggestion) + "; " + text(.usageSeeHelp, "help").replacingOccurrences(of: "srb help --help", with: "srb --help")
        case .unknownOption(let name, let command, let suggestion):
            return withSuggestion(text(.usageUnknownOption, name), suggestion) + "; " + text(.usageSeeHelp, command)
        case .missingValue(let option, let command):
            return text(.usageMissingValue, option) + "; " + text(.usageSeeHelp, command)
        case .badValue(let option, let value, let expected, _):
            return text(.usageBadValue, option, value, expected)
        case .takesNoValue(let option, let command):
            return text(.usageTakesNoValue, option) + "; " + text(.usageSeeHelp, command)
        case .noInput(let command):
            return text(.usageNoInput) + "; " + text(.usageSeeHelp, command)
        case .unexpectedArgument(let argument, let command):
            return text(.usageUnexpectedArgument, argument) + "; " + text(.usageSeeHelp, command)
        }
    }

    private func withSuggestion(_ message: String, _ suggestion: String?) -> String {
        guard let suggestion else { return message }
        return message + "; " + text(.usageDidYouMean, suggestion)
    }
}
