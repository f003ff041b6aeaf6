/// Reads birth registers (one or several files, read as one register) into a
/// `RegisterScan`, streaming: memory grows with units, months and ids, never
/// with rows (but for a stream under `--date-order auto`, held in memory up to
/// `ReadSettings.streamMemoryLimit` so that its date order is chosen as a
/// file's is). A large regular file is read on two threads (`SplitFileRead`),
/// with exactly the one-thread result.
public struct RegisterReader: Sendable {
    public let settings: ReadSettings

    public init(settings: ReadSettings) {
        self.settings = settings
    }

    /// Reads every source in order. Each rejected row goes to `onRejection`, in
    /// input order (without one, a second thread need not keep them). Throws
    /// when a file cannot be opened or read, or has no header or lacks a
    /// required column.
    public func read(
        _ sources: [InputSource],
        onRejection: ((Rejection) -> Void)? = nil
    ) throws(SRBError) -> RegisterScan {
        try readCountingMergedHalves(sources, onRejection: onRejection).scan
    }

    /// Reads as `read` does; also says how many files had their second half
    /// read on a second thread and merged (for tests of the split).
    func readCountingMergedHalves(
        _ sources: [InputSource],
        onRejection: ((Rejection) -> Void)?,
        rejectionBufferLimit: Int = SplitFileRead.defaultRejectionBufferLimit
    ) throws(SRBError) -> (scan: RegisterScan, mergedHalves: Int) {
        func readAll(_ outlet: RegisterSink.Outlet) throws(SRBError) -> (scan: RegisterScan, mergedHalves: Int) {
            var sink = RegisterSink(state: ScanState(settings: settings), outlet: outlet)
            var mergedHalves = 0
            for (index, source) in sources.enumerated() {
                if try readFile(source, into: &sink, isLastFile: index == sources.count - 1,
                                rejectionBufferLimit: rejectionBufferLimit) {
                    mergedHalves += 1
                }
            }
            sink.state.finish()
            return (sink.state.scan, mergedHalves)
        }
        guard let onRejection else { return try readAll(.discard) }
        return try withoutActuallyEscaping(onRejection) { forward throws(SRBError) in try readAll(.forward(forward)) }
    }

    private func readFile(
        _ source: InputSource,
        into sink: inout RegisterSink,
        isLastFile: Bool,
        rejectionBufferLimit: Int
    ) throws(SRBError) -> Bool {
        let name = source.displayName
        let (encoding, overrides) = (settings.encoding, settings.columnOverrides)
        var stream = RecordStream(delimiter: settings.delimiter, encoding: encoding,
                                  maximumFieldLength: settings.maximumFieldLength) { record in
            // The header search tries every delimiter on every early line; a record of fewer fields can be
            // no header (unless overrides name one column for two roles).
            guard record.fieldCount >= HeaderLayout.fewestColumns || !overrides.isEmpty else { return false }
            let headers = (0..<record.storedFieldCount).map { ScanState.decode(record.field($0), encoding: encoding) }
            return (try? HeaderLayout(headers: headers, fieldCount: record.fieldCount, overrides: overrides,
                                      at: SourceLocation(file: "", line: record.line))) != nil
        }
        stream.sheet = settings.sheet
        sink.state.scan.files.append(name)  // a file that cannot be opened stops the run: the scan is dropped
        sink.state.beginFile(named: name)
        // Opened once: a pipe or FIFO is never reopened, and both halves of a split come from the same file.
        // Under `auto` a stream is held in memory (up to a limit) so that its date order is surveyed like a file's.
        let reader = try ChunkedFileReader(source, holdingStreamUpTo: settings.dateOrder == .auto ? settings.streamMemoryLimit : nil)
        var surveyed: DateOrderEvidence?
        if settings.dateOrder == .auto {
            if reader.canReadTwice {
                var survey = DateOrderSurvey(encoding: encoding, overrides: overrides)
                _ = try stream.read(from: reader, path: name, fromStart: true, into: &survey)
                surveyed = survey.evidence
                sink.state.fileDateOrder = survey.evidence.order
            } else {
                sink.state.watchesDateOrder = true
            }
        }
        let split = try SplitFileRead(reader: reader, path: name, stream: stream, settings: settings,
                                      rejectionBufferLimit: rejectionBufferLimit).read(into: &sink, isLastFile: isLastFile)
        let findings: RecordStream.Findings
        if let split {
            findings = split.findings
        } else {
            findings = try stream.read(from: reader, path: name, into: &sink)
        }
        if let failure = sink.failure { throw failure }
        try findings.checkIsTable(file: name)
        if findings.linesAboveHeader > 0, let line = findings.headerLine {
            sink.state.scan.warnings.append(.linesAboveHeaderSkipped(findings.location(file: name, line: line),
                                                                     count: findings.linesAboveHeader))
        }
        switch surveyed ?? sink.state.dateEvidence {
        case .dayFirst(let line, let field):
            sink.state.scan.warnings.append(.datesReadDayFirst(findings.location(file: name, line: line), field: field))
        case .monthFirst(let line, let field):
            let location = findings.location(file: name, line: line)
            sink.state.scan.warnings.append(surveyed != nil ? .datesReadMonthFirst(location, field: field)
                                                            : .datesLookMonthFirst(location, field: field))
        case .ambiguous(let line, let field):
            sink.state.scan.warnings.append(.datesCouldBeEitherOrder(findings.location(file: name, line: line), field: field))
        case .none:
            break
        }
        if let line = findings.firstNonUTF8Line {
            sink.state.scan.warnings.append(.notUTF8(findings.location(file: name, line: line)))
        }
        if sink.state.layout == nil {
            throw .noHeader(file: name, reason: findings.firstLineTooLong ? .firstLineTooLong(limit: HeaderSearch.maximumBytes) : .empty)
        }
        return split?.mergedSecondHalf ?? false
    }
}
