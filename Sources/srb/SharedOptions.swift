import SRBKit

/// The options report, check, progress and validate share, turned into settings.
struct SharedOptions {
    let read: ReadSettings
    let report: ReportSettings
    let format: OutputFormat
    let outputPath: String?
    let rejectsPath: String?
    /// `--wards FILE`: the ward registry, read by `RegisterRun.readSettings()`.
    let wardsPath: String?
    let language: Language
    let isQuiet: Bool
    let sources: [InputSource]

    /// The option table shared by the register commands.
    static let specs: [OptionSpec] = [
        OptionSpec("--period", value: "P", "2024, 2024-Q2, 2024-03, 2021..2024, 2024-01..2024-06, 2024-01-15..2024-02-14"),
        OptionSpec("--by", value: "LEVEL", "ward, district, province or total (default ward)"),
        OptionSpec("--wards", value: "FILE", "ward registry CSV: code,name,district,province,aliases (aliases separated by ;)"),
        OptionSpec("--threshold", value: "X", "SRB above which a unit is flagged (default 109)"),
        OptionSpec("--confidence", value: "C", "level of the intervals, 0.5 ≤ C < 1 (default 0.95)"),
        OptionSpec("--ci", value: "METHOD", "exact (Clopper–Pearson, default) or wilson"),
        OptionSpec("--min-births", value: "N", "units with fewer births are shown but never flagged (default 0)"),
        OptionSpec("--format", value: "F", "table, csv, tsv, json, markdown or html (default table)"),
        OptionSpec("--output", value: "FILE", "write there instead of standard output, atomically"),
        OptionSpec("--lang", value: "L", "en or vi (default from LC_ALL, LC_MESSAGES, LANG)"),
        OptionSpec("--delimiter", value: "D", ", ; tab | (default: detected from the header line)"),
        OptionSpec("--encoding", value: "E", "utf8, utf16 or cp1258 (default: detected)"),
        OptionSpec("--date-order", value: "O", "dmy, mdy or ymd for dates written with / - . (default dmy)"),
        OptionSpec("--column", value: "ROLE=HEADER", repeatable: true, "name the column for a role (repeatable)"),
        OptionSpec("--rejects", value: "FILE", "write each rejected row's file, line, column, reason and field as CSV"),
        OptionSpec("--quiet", "no summary on standard error (errors still print)"),
        OptionSpec("--by-order", "split each unit's numbers by birth order: 1, 2, 3+, unknown"),
        OptionSpec("--threads", value: "N", "1 or 2: read a large file on one or on two threads (default 2; same result)"),
        OptionSpec("--help", "show this help"),
    ]

    init(_ arguments: ParsedArguments, command: String, environment: [String: String]) throws(UsageError) {
        func bad(_ option: String, _ value: String, _ expected: String) -> UsageError {
            .badValue(option: option, value: value, expected: expected, command: command)
        }
        func choice<T>(_ option: String, _ parse: (String) -> T?, expected: String) throws(UsageError) -> T? {
            guard let text = arguments.value(option) else { return nil }
            guard let value = parse(text) else { throw bad(option, text, expected) }
            return value
        }

        let period = try choice("--period", { Period(parsing: $0) }, expected: "2024, 2024-Q2, 2024-03, 2024-03-15 or A..B")
        let level = try choice("--by", { UnitLevel(rawValue: $0) }, expected: "ward, district, province or total") ?? .ward
        let threshold = try choice("--threshold", { Double($0).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } },
                                   expected: "a number ≥ 0") ?? ReportSettings.defaultThreshold
        let confidence = try choice("--confidence", { Double($0).flatMap { $0 >= 0.5 && $0 < 1 ? $0 : nil } },
                                    expected: "a number from 0.5 up to (not including) 1") ?? ReportSettings.defaultConfidence
        let method = try choice("--ci", { IntervalMethod(rawValue: $0) }, expected: "exact or wilson") ?? .exact
        let minimumBirths = try choice("--min-births", { Int($0).flatMap { $0 >= 0 ? $0 : nil } },
                                       expected: "a whole number ≥ 0") ?? 0
        format = try choice("--format", { OutputFormat(rawValue: $0) }, expected: "table, csv, tsv, json, markdown or html") ?? .table
        language = try choice("--lang", { Language(rawValue: $0) }, expected: "en or vi")
            ?? Language.fromEnvironment(environment)
        let delimiter = try choice("--delimiter", { Delimiter(spelling: $0) }, expected: ", ; tab or |")
        let encoding = try choice("--encoding", { TextEncoding(spelling: $0) }, expected: "utf8, utf16 or cp1258")
        let dateOrder = try choice("--date-order", { DateOrder(rawValue: $0) }, expected: "dmy, mdy or ymd") ?? .dmy
        var overrides: [ColumnRole: String] = [:]
        for text in arguments.all("--column") {
            guard let equals = text.firstIndex(of: "="),
                  let role = ColumnRole(rawValue: String(text[..<equals])),
                  !text[text.index(after: equals)...].isEmpty else {
                throw bad("--column", text, "ROLE=HEADER with ROLE one of "
                          + ColumnRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            overrides[role] = String(text[text.index(after: equals)...])
        }
        outputPath = try choice("--output", { $0.isEmpty ? nil : $0 }, expected: "a file name")
        rejectsPath = try choice("--rejects", { $0.isEmpty ? nil : $0 }, expected: "a file name")
        wardsPath = try choice("--wards", { $0.isEmpty ? nil : $0 }, expected: "a file name")
        isQuiet = arguments.has("--quiet")
        let threads = try choice("--threads", { Int($0).flatMap { (1...2).contains($0) ? $0 : nil } }, expected: "1 or 2") ?? ReadSettings.defaultThreads
        read = ReadSettings(delimiter: delimiter, encoding: encoding, dateOrder: dateOrder,
                            columnOverrides: overrides, period: period, threads: threads)
        report = ReportSettings(period: period, level: level, threshold: threshold, confidence: confidence,
                                intervalMethod: method, minimumBirths: minimumBirths,
                                splitsByBirthOrder: arguments.has("--by-order"))
        guard !arguments.positionals.isEmpty else { throw .noInput(command: command) }
        sources = arguments.positionals.map(InputSource.init(argument:))
    }
}
