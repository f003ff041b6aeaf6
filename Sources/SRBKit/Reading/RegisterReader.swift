/// Reads birth registers (one or several files, read as one register) into a
/// `RegisterScan`, streaming: memory grows with units, months and ids, never
/// with rows.
public struct RegisterReader: Sendable {
    public let settings: ReadSettings

    public init(settings: ReadSettings) {
        self.settings = settings
    }

    /// Reads every source in order. Each rejected row goes to `onRejection` as it
    /// is found. Throws when a file cannot be opened or read, or has no header or
    /// lacks a required column.
    public func read(
        _ sources: [InputSource],
        onRejection: (Rejection) -> Void = { _ in }
    ) throws(SRBError) -> RegisterScan {
        var state = ScanState(settings: settings)
        for source in sources {
            try readFile(source, into: &state, onRejection: onRejection)
        }
        state.finish()
        return state.scan
    }

    private func readFile(
        _ source: InputSource,
        into state: inout ScanState,
        onRejection: (Rejection) -> Void
    ) throws(SRBError) {
        let name = source.displayName
        let stream = RecordStream(delimiter: settings.delimiter, encoding: settings.encoding,
                                  maximumFieldLength: settings.maximumFieldLength)
        state.scan.files.append(name)  // a file that cannot be opened stops the run: the scan is dropped
        state.beginFile(named: name)
        let findings = try stream.read(source) { record throws(SRBError) in
            try state.take(record, onRejection: onRejection)
        }
        if let line = findings.firstNonUTF8Line {
            state.scan.warnings.append(.notUTF8(SourceLocation(file: name, line: line)))
        }
        if let line = findings.unterminatedQuoteLine {
            state.scan.warnings.append(.unterminatedQuote(SourceLocation(file: name, line: line)))
        }
        if state.layout == nil { throw .noHeader(file: name) }
    }
}
