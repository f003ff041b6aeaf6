import SRBKit

/// The options every command that writes a result shares: `--format`,
/// `--output`, `--lang`, `--quiet`.
struct OutputOptions {
    let format: OutputFormat
    /// `--output FILE`; nil for standard output.
    let outputPath: String?
    let language: Language
    let isQuiet: Bool
    /// `--excel`: CSV for Excel on Vietnamese Windows (`ExcelCSV`).
    let isForExcel: Bool

    static let specs: [OptionSpec] = [
        OptionSpec("--format", value: "F", .optionFormat),
        OptionSpec("--excel", .optionExcel),
        OptionSpec("--output", value: "FILE", .optionOutput),
        OptionSpec("--lang", value: "L", .optionLang),
        OptionSpec("--quiet", .optionQuiet),
    ]

    init(_ arguments: ParsedArguments, context: ProcessContext) throws(UsageError) {
        isForExcel = arguments.has("--excel")
        let given: OutputFormat? = try arguments.value("--format")
        if isForExcel, let given, given != .csv {
            throw arguments.bad("--format", given.rawValue, .oneOf(["csv"]))  // --excel writes CSV
        }
        format = given ?? (isForExcel ? .csv : .table)
        outputPath = try arguments.value("--output", as: FileName.self)?.path
        language = try arguments.value("--lang") ?? context.localeLanguage
        isQuiet = arguments.has("--quiet")
    }

    /// The rendered text as written: a CSV or TSV bound for a terminal has its
    /// control characters shown as escapes (every other format escapes its own).
    func shown(_ text: String, context: ProcessContext) -> String {
        if isForExcel { return ExcelCSV.converting(text, language: language) }
        guard outputPath == nil, context.standardOutputIsTerminal, format == .csv || format == .tsv else { return text }
        return VisibleText.escaping(text, keepingLineBreaksAndTabs: true)
    }

    /// Options for the renderer: colour and the terminal's width only for a
    /// table on a terminal; control characters shown as escapes wherever a
    /// terminal may show the text.
    /// The day the output says it was made: `asOf` when given, else
    /// `SOURCE_DATE_EPOCH`'s day or today.
    func renderOptions(_ context: ProcessContext, asOf: CalendarDay? = nil) -> RenderOptions {
        let toTerminal = outputPath == nil && context.standardOutputIsTerminal
        return RenderOptions(language: language, usesColor: toTerminal && format == .table && context.allowsColor,
                             maximumWidth: toTerminal ? context.tableWidth : nil, madeOn: asOf ?? context.madeOn)
    }
}

/// How input tables are read, for every command that reads one: `--delimiter`,
/// `--encoding`, and `--sheet` for a file that is an `.xlsx` workbook.
struct InputOptions {
    let delimiter: Delimiter?
    let encoding: TextEncoding?
    let sheet: SheetSelector

    static let specs: [OptionSpec] = [
        OptionSpec("--delimiter", value: "D", .optionDelimiter),
        OptionSpec("--encoding", value: "E", .optionEncoding),
        OptionSpec("--sheet", value: "NAME|N", .optionSheet),
    ]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        delimiter = try arguments.value("--delimiter")
        encoding = try arguments.value("--encoding")
        sheet = arguments.text("--sheet").map(SheetSelector.nameOrNumber) ?? .first
    }
}
