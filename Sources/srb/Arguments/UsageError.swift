/// A problem with the command line (exit 64). Facts only; `UsageMessages` words them.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, command: String)
    case badValue(option: String, value: String, expected: ExpectedValue, command: String)
    case takesNoValue(option: String, command: String)
    case noInput(command: String)
    case unexpectedArgument(String, command: String)
    /// Two outputs name the same file (`--output X --rejects X`).
    case sameOutputTwice(option: String, other: String, path: String, command: String)
    /// Two options that exclude each other (`--window` and `--period`).
    case conflictingOptions(String, String, command: String)
}

/// What an option's value should have been, as facts (the words are in the text tables).
enum ExpectedValue: Equatable {
    /// One of these words.
    case oneOf([String])
    /// A number ≥ `minimum` (a decimal comma allowed).
    case number(minimum: Double)
    /// A number from 0.5 up to, not including, 1.
    case confidence
    /// A share from 0 to 1.
    case share
    /// A whole number within the bounds (written as text: a seed goes up to 2⁶⁴ − 1).
    case wholeNumber(minimum: String, maximum: String?)
    /// A period: `2024`, `2024-Q2`, `2024-03`, a day, or a range `A..B`.
    case period
    /// A date: `YYYY-MM-DD` or `DD/MM/YYYY`.
    case date
    /// A year written with four digits.
    case year
    /// A year or a range of years: `2024`, `2020..2024`.
    case yearRange
    /// A file name (not empty).
    case fileName
    /// `ROLE=HEADER` with ROLE one of these.
    case columnAssignment(roles: [String])
    /// A ward registry file or a number of wards up to `maximum`.
    case wardsFileOrCount(maximum: Int)
    /// `WARD=X` with X a number ≥ 0.
    case wardRatio
    /// A ward of the registry, with the closest name when one is close.
    case wardOfRegistry(suggestion: String?)
    /// A month: `YYYY-MM`.
    case month
    /// A window of months: `month`, `year_to_date`, `last_N_months`.
    case monthWindow
}
