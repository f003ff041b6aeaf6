import SRBKit

/// The options report, check, progress and validate share, turned into settings.
struct RegisterOptions {
    var read: ReadSettings
    let report: ReportSettings
    let output: OutputOptions
    let rejectsPath: String?
    /// `--wards FILE`: the ward registry, read by `RegisterRun`.
    let wardsPath: String?
    /// `--as-of DATE`, else today: births after it are rejected.
    let asOf: CalendarDay
    /// `--as-of DATE` when given.
    let givenAsOf: CalendarDay?
    /// `--max-rejected S`: the share of rows read that may be rejected (1: any).
    let maximumRejectedShare: Double
    let sources: [InputSource]

    /// The options of the register commands, without the output group.
    static let registerSpecs: [OptionSpec] = [
        OptionSpec("--period", value: "P", .optionPeriod),
        OptionSpec("--by", value: "LEVEL", .optionBy),
        OptionSpec("--wards", value: "FILE", .optionWards),
        OptionSpec("--threshold", value: "X", .optionThreshold),
        OptionSpec("--confidence", value: "C", .optionConfidence),
        OptionSpec("--ci", value: "METHOD", .optionCI),
        OptionSpec("--min-births", value: "N", .optionMinBirths),
        OptionSpec("--date-order", value: "O", .optionDateOrder),
        OptionSpec("--max-rejected", value: "S", .optionMaxRejected),
        OptionSpec("--column", value: "ROLE=HEADER", repeatable: true, .optionColumn),
        OptionSpec("--rejects", value: "FILE", .optionRejects),
        OptionSpec("--by-order", .optionByOrder),
        OptionSpec("--as-of", value: "DATE", .optionAsOf),
        OptionSpec("--threads", value: "N", .optionThreads),
    ]

    /// Every option a register command takes.
    static let specs = registerSpecs + InputOptions.specs + OutputOptions.specs + [OptionSpec.help]

    init(_ arguments: ParsedArguments, context: ProcessContext) throws(UsageError) {
        output = try OutputOptions(arguments, context: context)
        let input = try InputOptions(arguments)
        let period: Period? = try arguments.value("--period")
        var overrides: [ColumnRole: String] = [:]
        for assignment in try arguments.values("--column", as: ColumnAssignment.self) {
            overrides[assignment.role] = assignment.header
        }
        rejectsPath = try arguments.value("--rejects", as: FileName.self)?.path
        wardsPath = try arguments.value("--wards", as: FileName.self)?.path
        givenAsOf = try arguments.value("--as-of")
        asOf = givenAsOf ?? context.today
        maximumRejectedShare = try arguments.value("--max-rejected", as: Share.self)?.value ?? 1
        let threads = try arguments.value("--threads", as: ThreadCount.self)?.value ?? ReadSettings.defaultThreads
        var read = ReadSettings(delimiter: input.delimiter, encoding: input.encoding,
                                dateOrder: try arguments.value("--date-order") ?? .auto,
                                columnOverrides: overrides, period: period, latestDate: asOf, threads: threads)
        read.sheet = input.sheet
        self.read = read
        report = ReportSettings(
            period: period,
            level: try arguments.value("--by") ?? .ward,
            threshold: try arguments.value("--threshold", as: NonNegativeNumber.self)?.value ?? ReportSettings.defaultThreshold,
            confidence: try arguments.value("--confidence", as: ConfidenceLevel.self)?.value ?? ReportSettings.defaultConfidence,
            intervalMethod: try arguments.value("--ci") ?? .exact,
            minimumBirths: try arguments.value("--min-births", as: WholeNumber.self)?.value ?? 0,
            splitsByBirthOrder: arguments.has("--by-order"))
        guard !arguments.positionals.isEmpty else { throw .noInput(command: arguments.command) }
        sources = arguments.positionals.map(InputSource.init(argument:))
        if let outputPath = output.outputPath, let rejectsPath {
            try RunOutputs.refuseSameFile("--output", outputPath, "--rejects", rejectsPath, command: arguments.command)
        }
    }

    /// Every file the run reads: the registers, and the ward registry.
    var inputPaths: [String] {
        sources.map(\.displayName) + (wardsPath.map { [$0] } ?? [])
    }
}
