import SRBKit

/// The steps the register commands share: read the registers, build a result,
/// write it, tell stderr where the rows went.
struct RegisterRun {
    let options: SharedOptions
    let terminal: Terminal

    /// Reads the registers (`--rejects` lists every rejected row as it is found),
    /// then builds a result from the scan: the step report, check, progress and
    /// validate share. When no result can be built from what was read, the
    /// warnings and rejected rows that explain why are told first.
    func read<Outcome>(
        thenBuild build: (RegisterScan) throws(SRBError) -> Outcome
    ) -> Result<Outcome, SRBError> {
        do throws(SRBError) {
            let rejects = try options.rejectsPath.map { path throws(SRBError) in try AtomicFile(path: path) }
            var rejectsFailure: SRBError?
            try rejects?.write(RejectsCSV.header)
            let reader = RegisterReader(settings: try readSettings())
            let scan: RegisterScan
            if let rejects {
                scan = try reader.read(options.sources) { rejection in
                    guard rejectsFailure == nil else { return }
                    do throws(SRBError) { try rejects.write(RejectsCSV.line(rejection)) } catch { rejectsFailure = error }
                }
            } else {
                scan = try reader.read(options.sources)  // no rejects file: a second thread need not keep them
            }
            if let rejectsFailure { throw rejectsFailure }
            let outcome: Outcome
            do throws(SRBError) {
                outcome = try build(scan)
            } catch {
                tellProblems(warnings: scan.warnings, rejections: scan.firstRejections, rejectedCount: scan.rowsRejected)
                throw error
            }
            try rejects?.commit()
            return .success(outcome)
        } catch {
            return .failure(error)
        }
    }

    /// The read settings with the ward registry of `--wards` loaded (exit 66
    /// when it cannot be opened, 65 when it cannot be used).
    func readSettings() throws(SRBError) -> ReadSettings {
        var settings = options.read
        if let path = options.wardsPath { settings.registry = try UnitRegistry.read(InputSource(argument: path)) }
        return settings
    }

    /// Writes `text` to `--output` atomically or to standard output.
    func deliver(_ text: String) -> SRBError? {
        guard let path = options.outputPath else {
            terminal.writeOut(text)
            return nil
        }
        do throws(SRBError) {
            let file = try AtomicFile(path: path)
            try file.write(text)
            try file.commit()
            return nil
        } catch {
            return error
        }
    }

    /// Warnings, a few rejected rows, and the accounting line, unless `--quiet`.
    func tellWhereRowsWent(warnings: [ReadWarning], rejections: [Rejection], input: InputAccounting, period: Period) {
        guard !options.isQuiet else { return }
        tellProblems(warnings: warnings, rejections: rejections, rejectedCount: input.rowsRejected)
        let diagnostics = Diagnostics(language: options.language)
        terminal.writeError(diagnostics.summaryLine(input, period: period) + "\n")
    }

    /// Warnings, then the first rejected rows and how many more there are, unless `--quiet`.
    func tellProblems(warnings: [ReadWarning], rejections: [Rejection], rejectedCount: Int) {
        guard !options.isQuiet else { return }
        let diagnostics = Diagnostics(language: options.language)
        for warning in warnings { terminal.warning(diagnostics.message(for: warning)) }
        let shown = rejections.prefix(RegisterRun.rejectionsShown)
        for rejection in shown {
            terminal.warning(diagnostics.message(for: rejection, dateOrder: options.read.dateOrder))
        }
        if rejectedCount > shown.count {
            terminal.warning(diagnostics.text(.moreRejections, String(rejectedCount - shown.count)))
        }
    }

    /// Options for the renderer: language, and colour only for a terminal on standard output.
    var renderOptions: RenderOptions {
        let toTerminal = options.outputPath == nil
        return RenderOptions(language: options.language, usesColor: toTerminal && terminal.allowsColor,
                             maximumWidth: toTerminal ? terminal.tableWidth : nil)
    }

    /// Prints an error and gives its exit code.
    func fail(_ error: SRBError) -> ExitCode {
        terminal.error(Diagnostics(language: options.language).message(for: error))
        return ExitCode(error)
    }

    static let rejectionsShown = 5
}
