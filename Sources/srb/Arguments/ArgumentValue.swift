import SRBKit

/// A type an option's value is read as, and what it expects (as argument-parser's
/// `ExpressibleByArgument`): the words of a usage error come from `expected`.
protocol ArgumentValue {
    init?(argument: String)
    static var expected: ExpectedValue { get }
}

/// An enumeration of words: its cases are the values, and what is expected.
extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
    init?(argument: String) { self.init(rawValue: argument) }
    static var expected: ExpectedValue { .oneOf(allCases.map(\.rawValue)) }
}

extension OutputFormat: ArgumentValue {}
extension Language: ArgumentValue {}
extension UnitLevel: ArgumentValue {}
extension IntervalMethod: ArgumentValue {}
extension DateOrder: ArgumentValue {}
extension FlagRule: ArgumentValue {}
extension GeneratorSettings.Shape: ArgumentValue {}
extension GeneratorSettings.Order: ArgumentValue {}

extension Delimiter: ArgumentValue {
    init?(argument: String) { self.init(spelling: argument) }
    static var expected: ExpectedValue { .oneOf([",", ";", "tab", "|"]) }
}

extension TextEncoding: ArgumentValue {
    init?(argument: String) { self.init(spelling: argument) }
}

extension Period: ArgumentValue {
    init?(argument: String) { self.init(parsing: argument) }
    static var expected: ExpectedValue { .period }
}

extension CalendarDay: ArgumentValue {
    init?(argument: String) { self.init(registerDate: argument) }
    static var expected: ExpectedValue { .date }
}

/// A number ≥ 0, with a decimal point or, as Vietnamese plans write it, a decimal comma (`0,2`).
struct NonNegativeNumber: ArgumentValue {
    let value: Double

    init?(argument: String) {
        guard let number = NonNegativeNumber.decimal(argument), number.isFinite, number >= 0 else { return nil }
        value = number
    }

    static var expected: ExpectedValue { .number(minimum: 0) }

    /// `0.2`, `0,2`, `109`, `1e2`; a comma only as the one decimal separator.
    static func decimal(_ text: String) -> Double? {
        if let number = Double(text) { return number }
        guard !text.contains("."), text.filter({ $0 == "," }).count == 1 else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}

/// A confidence level: 0.5 ≤ C < 1 (a decimal comma allowed).
struct ConfidenceLevel: ArgumentValue {
    let value: Double

    init?(argument: String) {
        guard let number = NonNegativeNumber.decimal(argument), number >= 0.5, number < 1 else { return nil }
        value = number
    }

    static var expected: ExpectedValue { .confidence }
}

/// A share of rows, from 0 to 1 (a decimal comma allowed).
struct Share: ArgumentValue {
    let value: Double

    init?(argument: String) {
        guard let number = NonNegativeNumber.decimal(argument), number >= 0, number <= 1 else { return nil }
        value = number
    }

    static var expected: ExpectedValue { .share }
}

/// A whole number ≥ 0.
struct WholeNumber: ArgumentValue {
    let value: Int

    init?(argument: String) {
        guard let number = Int(argument), number >= 0 else { return nil }
        value = number
    }

    static var expected: ExpectedValue { .wholeNumber(minimum: "0", maximum: nil) }
}

/// A year written with four digits.
struct FourDigitYear: ArgumentValue {
    let value: Int

    init?(argument: String) {
        guard argument.count == 4, argument.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(argument), year >= 1 else {
            return nil
        }
        value = year
    }

    static var expected: ExpectedValue { .year }
}

/// A month: `YYYY-MM` (or any form `Period` reads that is one whole month).
extension CalendarMonth: ArgumentValue {
    init?(argument: String) {
        guard let period = Period(parsing: argument),
              period == Period.month(period.from.month, of: period.from.year) else { return nil }
        self.init(year: period.from.year, month: period.from.month)
    }

    static var expected: ExpectedValue { .month }
}

extension MonthWindow: ArgumentValue {
    init?(argument: String) { self.init(name: argument) }
    static var expected: ExpectedValue { .monthWindow }
}

/// A file name: anything but empty.
struct FileName: ArgumentValue {
    let path: String

    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        path = argument
    }

    static var expected: ExpectedValue { .fileName }
}

/// `ROLE=HEADER` of `--column`.
struct ColumnAssignment: ArgumentValue {
    let role: ColumnRole
    let header: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), let role = ColumnRole(rawValue: String(argument[..<equals])),
              !argument[argument.index(after: equals)...].isEmpty else { return nil }
        self.role = role
        header = String(argument[argument.index(after: equals)...])
    }

    static var expected: ExpectedValue { .columnAssignment(roles: ColumnRole.allCases.map(\.rawValue)) }
}

/// `--threads`: 1 or 2.
struct ThreadCount: ArgumentValue {
    let value: Int

    init?(argument: String) {
        guard let count = Int(argument), (1...2).contains(count) else { return nil }
        value = count
    }

    static var expected: ExpectedValue { .oneOf(["1", "2"]) }
}
