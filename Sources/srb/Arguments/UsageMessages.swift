import SRBKit

/// Words for command-line problems, from the same text tables as the library's.
struct UsageMessages {
    let text: Localizer

    func message(for error: UsageError) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            return withSuggestion(text(.usageUnknownCommand, name), suggestion) + "; " + seeHelp("")
        case .unknownOption(let name, let command, let suggestion):
            return withSuggestion(text(.usageUnknownOption, name), suggestion) + "; " + seeHelp(command)
        case .missingValue(let option, let command):
            return text(.usageMissingValue, option) + "; " + seeHelp(command)
        case .badValue(let option, let value, let expected, _):
            return text(.usageBadValue, option, value, describe(expected))
        case .takesNoValue(let option, let command):
            return text(.usageTakesNoValue, option) + "; " + seeHelp(command)
        case .noInput(let command):
            return text(.usageNoInput) + "; " + seeHelp(command)
        case .unexpectedArgument(let argument, let command):
            return text(.usageUnexpectedArgument, argument) + "; " + seeHelp(command)
        case .sameOutputTwice(let option, let other, let path, _):
            return text(.usageSameOutputTwice, option, other, path)
        case .conflictingOptions(let option, let other, let command):
            return text(.usageConflictingOptions, option, other) + "; " + seeHelp(command)
        }
    }

    /// What a value should have been, in words.
    func describe(_ expected: ExpectedValue) -> String {
        switch expected {
        case .oneOf(let words): text(.expectedOneOf, quoted(words))
        case .number(let minimum): text(.expectedNumber, minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum))
        case .confidence: text(.expectedConfidence)
        case .share: text(.expectedShare)
        case .wholeNumber(let minimum, nil): text(.expectedWholeNumber, minimum)
        case .wholeNumber(let minimum, let maximum?): text(.expectedWholeNumberBetween, minimum, maximum)
        case .period: text(.expectedPeriod)
        case .date: text(.expectedDate)
        case .year: text(.expectedYear)
        case .yearRange: text(.expectedYearRange)
        case .fileName: text(.expectedFileName)
        case .columnAssignment(let roles): text(.expectedColumnAssignment, quoted(roles))
        case .wardsFileOrCount(let maximum): text(.expectedWardsFileOrCount, String(maximum))
        case .wardRatio: text(.expectedWardRatio)
        case .wardOfRegistry(nil): text(.expectedWardOfRegistry)
        case .wardOfRegistry(let suggestion?): text(.expectedWardOfRegistrySuggestion, suggestion)
        case .month: text(.expectedMonth)
        case .monthWindow: text(.expectedMonthWindow)
        }
    }

    /// `'table', 'csv'`: words as they must be typed.
    private func quoted(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// `see 'srb report --help'`, or `see 'srb --help'` outside a command.
    private func seeHelp(_ command: String) -> String {
        text(.usageSeeHelp, command.isEmpty ? "srb --help" : "srb \(command) --help")
    }

    private func withSuggestion(_ message: String, _ suggestion: String?) -> String {
        guard let suggestion else { return message }
        return message + "; " + text(.usageDidYouMean, suggestion)
    }
}
