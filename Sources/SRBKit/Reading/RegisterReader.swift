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
        if state.straddlingCountRows > 0 {
            state.scan.warnings.append(.countRowsStraddlePeriod(count: state.straddlingCountRows))
        }
        return state.scan
    }

    private func readFile(
        _ source: InputSource,
        into state: inout ScanState,
        onRejection: (Rejection) -> Void
    ) throws(SRBError) {
        let name = source.displayName
        let reader = try ChunkedFileReader(source)
        state.scan.files.append(name)
        state.beginFile(named: name)
        var decoder = ByteDecoder(forced: settings.encoding)
        var headerBuffer: [UInt8] = []
        var tokenizer: CSVTokenizer?
        var failure: SRBError?

        func feed(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) {
            if tokenizer == nil {
                headerBuffer.append(contentsOf: bytes)
                let firstContent = headerBuffer.firstIndex { $0 != 10 && $0 != 13 } ?? headerBuffer.endIndex
                let headerLine = headerBuffer[firstContent...]
                let hasLineEnd = headerLine.contains { $0 == 10 || $0 == 13 }
                guard isLast || hasLineEnd || headerBuffer.count >= 1 << 16 else { return }
                let delimiter = settings.delimiter ?? Delimiter.detect(headerLine: headerLine)
                tokenizer = CSVTokenizer(delimiter: delimiter.byte, maximumFieldLength: settings.maximumFieldLength)
                let buffered = headerBuffer
                headerBuffer = []
                buffered.withUnsafeBufferPointer { feed($0, isLast: false) }
                return
            }
            tokenizer!.consume(bytes) { record in
                guard failure == nil else { return }
                do throws(SRBError) {
                    try state.take(record, onRejection: onRejection)
                } catch {
                    failure = error
                }
            }
        }

        var validator = UTF8Validator()
        let validates = settings.encoding == nil
        func take(_ bytes: UnsafeBufferPointer<UInt8>) {
            if validates { validator.check(bytes) }  // transcoded UTF-16 is valid by construction
            feed(bytes, isLast: false)
        }
        try reader.forEachChunk(path: name) { chunk in
            decoder.decode(chunk, take)
        }
        decoder.finish(take)
        if validates { validator.finish() }
        if tokenizer == nil {
            let empty: [UInt8] = []
            empty.withUnsafeBufferPointer { feed($0, isLast: true) }
        }
        tokenizer?.finish { record in
            guard failure == nil else { return }
            do throws(SRBError) {
                try state.take(record, onRejection: onRejection)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        if let line = validator.firstInvalidLine {
            state.scan.warnings.append(.notUTF8(SourceLocation(file: name, line: line)))
        }
        if let line = tokenizer?.unterminatedQuoteLine {
            state.scan.warnings.append(.unterminatedQuote(SourceLocation(file: name, line: line)))
        }
        if state.layout == nil { throw .noHeader(file: name) }
    }
}
