import SRBKit

/// The steps the register commands share: open the outputs, read the
/// registers, build a result, write it, tell standard error where the rows went.
struct RegisterRun {
    let options: RegisterOptions
    let context: ProcessContext

    var diagnostics: Diagnostics { Diagnostics(language: options.output.language) }

    /// A result and what to say of it once written.
    struct Built<Outcome> {
        let outcome: Outcome
        let text: String
    }

    /// Opens the outputs (checked against every input, `otherInputs` too), reads
    /// the registers (each rejected row goes to `--rejects` as it is found),
    /// builds the outcome and renders it, writes and commits it, then lets
    /// `finish` tell standard error and choose the exit code.
    ///
    /// When the outcome cannot be built, the warnings and rejected rows that
    /// explain why are told first; the rejects file is still kept when every
    /// row was read (no usable row, say), the result is not.
    func perform<Outcome>(
        otherInputs: [String] = [],
        build: (RegisterScan) throws(SRBError) -> Outcome,
        render: (Outcome) -> String,
        finish: (Outcome) -> ExitCode
    ) -> ExitCode {
        let outputs: RunOutputs
        do throws(SRBError) {
            outputs = try RunOutputs.open(result: options.output.outputPath, rejects: options.rejectsPath,
                                          inputs: options.inputPaths + otherInputs, context: context)
        } catch {
            return fail(error)
        }
        do throws(SRBError) {
            let scan = try read(into: outputs.rejects)
            let outcome: Outcome
            do throws(SRBError) {
                outcome = try build(scan)
            } catch {
                tellProblems(warnings: scan.warnings, rejections: scan.firstRejections, rejectedCount: scan.rowsRejected)
                try outputs.rejects?.commit()  // every row was read: the list is whole
                throw error
            }
            try outputs.result.write(options.output.shown(render(outcome), context: context))
            try outputs.result.commit()
            try outputs.rejects?.commit()
            let code = finish(outcome)
            if scan.rowsRead > 0, Double(scan.rowsRejected) > options.maximumRejectedShare * Double(scan.rowsRead) {
                return fail(.tooManyRejected(rejected: scan.rowsRejected, read: scan.rowsRead,
                                             limit: options.maximumRejectedShare))
            }
            return code
        } catch {
            outputs.discard()
            return fail(error)
        }
    }

    /// Reads the registers, with the ward registry of `--wards` loaded (exit 66
    /// when it cannot be opened, 65 when it cannot be used).
    private func read(into rejects: OutputFile?) throws(SRBError) -> RegisterScan {
        var settings = options.read
        if let path = options.wardsPath { settings.registry = try UnitRegistry.read(InputSource(argument: path)) }
        let reader = RegisterReader(settings: settings)
        guard let rejects else {
            return try reader.read(options.sources)  // no rejects file: a second thread need not keep them
        }
        try rejects.write(RejectsCSV.header)
        var failure: SRBError?
        let scan = try reader.read(options.sources) { rejection in
            guard failure == nil else { return }
            do throws(SRBError) { try rejects.write(RejectsCSV.line(rejection)) } catch { failure = error }
        }
        if let failure { throw failure }
        return scan
    }

    /// Warnings, a few rejected rows, and the accounting line, unless `--quiet`.
    func tellWhereRowsWent(warnings: [ReadWarning], rejections: [Rejection], input: InputAccounting, period: Period) {
        guard !options.output.isQuiet else { return }
        tellProblems(warnings: warnings, rejections: rejections, rejectedCount: input.rowsRejected)
        context.tell(diagnostics.summaryLine(input, period: period))
    }

    /// Warnings (and information, `srb: info:`), then the first rejected rows
    /// and how many more there are, unless `--quiet`.
    func tellProblems(warnings: [ReadWarning], rejections: [Rejection], rejectedCount: Int) {
        guard !options.output.isQuiet else { return }
        for warning in warnings {
            let message = diagnostics.message(for: warning)
            if warning.isInformation { context.information(message) } else { context.warning(message) }
        }
        let shown = rejections.prefix(RegisterRun.rejectionsShown)
        for rejection in shown {
            context.warning(diagnostics.message(for: rejection))
        }
        if rejectedCount > shown.count {
            context.warning(diagnostics.text(.moreRejections, String(rejectedCount - shown.count)))
        }
    }

    var renderOptions: RenderOptions { options.output.renderOptions(context, asOf: options.givenAsOf) }

    /// Prints an error and gives its exit code.
    func fail(_ error: SRBError) -> ExitCode {
        context.error(diagnostics.message(for: error))
        return ExitCode(error)
    }

    static let rejectionsShown = 5
}
