/// Receives the records of a stream, one at a time.
protocol RecordSink {
    /// Takes one record; returns false to stop reading (the rest is skipped).
    mutating func take(_ record: RecordView) -> Bool
    /// The field count of the header, once known: a record that runs over
    /// several lines with another count is given up (see `CSVTokenizer`).
    var expectedFieldCount: Int? { get }
    /// Told, before the first record, that the file is a workbook whose
    /// worksheet `name` is read (lines are its rows).
    mutating func beginSheet(named name: String)
}

extension RecordSink {
    var expectedFieldCount: Int? { nil }
    mutating func beginSheet(named name: String) {}
}

/// One file's way from bytes to records, shared by registers, the ward registry
/// and plans: chunks → `ByteDecoder` (byte-order marks, UTF-16) → the header
/// line and its delimiter found among the first lines (`HeaderSearch`) →
/// `RecordScanner` (records from the header on, and the first line that is
/// not UTF-8) → a `RecordSink`, whose first record is the header.
struct RecordStream {
    /// What the stream noticed about the file as a whole.
    struct Findings {
        /// 1-based line of the first byte that is not UTF-8 (detection only).
        var firstNonUTF8Line: Int?
        /// Records above the header (titles, a `sep=;` line), skipped.
        var linesAboveHeader = 0
        /// 1-based line of the header, once found.
        var headerLine: Int?
        /// True when the first line ran past `HeaderSearch.maximumBytes` with no line end.
        var firstLineTooLong = false
        /// What the file is when it is no table at all (nothing was read).
        var unsupportedFormat: FileFormat?
        /// The worksheet read, when the file is a workbook.
        var sheet: String?

        /// A place in the file named `file`: in the sheet read, for a workbook.
        func location(file: String, line: Int, column: Int? = nil) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column, sheet: sheet)
        }

        /// Throws for a file that is no table: another format, or no header line.
        func checkIsTable(file: String) throws(SRBError) {
            if let format = unsupportedFormat { throw .unsupportedFormat(file: file, format: format) }
        }
    }

    let delimiter: Delimiter?
    let encoding: TextEncoding?
    let maximumFieldLength: Int
    /// Whether a record names the columns the reader needs: the first one that
    /// does, within the first lines, is the header.
    let isHeader: @Sendable (RecordView) -> Bool
    /// The worksheet read when the file is an `.xlsx` workbook.
    var sheet: SheetSelector = .first

    init(delimiter: Delimiter?, encoding: TextEncoding?, maximumFieldLength: Int,
         isHeader: @escaping @Sendable (RecordView) -> Bool) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.maximumFieldLength = maximumFieldLength
        self.isHeader = isHeader
    }

    /// Reads `source` to its end, handing each record to `body`. After `body`
    /// throws, the rest of the file is skipped and the error rethrown. For a
    /// workbook, `onSheet` is first given the name of the worksheet read.
    func read(
        _ source: InputSource,
        onSheet: (String) -> Void = { _ in },
        _ body: (RecordView) throws(SRBError) -> Void
    ) throws(SRBError) -> Findings {
        try withoutActuallyEscaping(body) { escapable throws(SRBError) in
            try withoutActuallyEscaping(onSheet) { sheetCallback throws(SRBError) in
                var sink = ClosureSink(body: escapable, onSheet: sheetCallback)
                let findings = try read(source, into: &sink)
                if let failure = sink.failure { throw failure }
                try findings.checkIsTable(file: source.displayName)
                return findings
            }
        }
    }

    /// Reads `source` to its end or until `sink` asks to stop.
    func read<Sink: RecordSink>(_ source: InputSource, into sink: inout Sink) throws(SRBError) -> Findings {
        try read(from: ChunkedFileReader(source), path: source.displayName, into: &sink)
    }

    /// Reads what `reader` has left (from the start of its file, for a fresh one).
    /// With `fromStart`, reads a regular file from its first byte without
    /// moving its position (a look before the real read).
    func read<Sink: RecordSink>(from reader: ChunkedFileReader, path: String, fromStart: Bool = false,
                                into sink: inout Sink) throws(SRBError) -> Findings {
        if let workbook = try WorkbookInput(reader: reader, path: path, sheet: sheet) {
            return try workbook.read(as: self, into: &sink)
        }
        var session = Session(stream: self)
        try reader.forEachChunk(path: path, from: fromStart && reader.regularFileSize != nil ? 0 : nil, whileTrue: { chunk in
            session.feed(chunk, into: &sink)
            return !session.isStopped
        })
        return session.finish(into: &sink)
    }

    /// The running parts of one read, fed chunk by chunk: the decoder, the
    /// header line held until its delimiter is known, and the scanner.
    struct Session {
        let stream: RecordStream
        /// Nil for bytes read from the middle of a file: passed on unchanged.
        private var decoder: ByteDecoder?
        private var headerBuffer: [UInt8] = []
        private var scanner: RecordScanner?
        /// True once the sink asked to stop (or the file has no header line).
        private(set) var isStopped = false
        private var firstLineTooLong = false
        /// The first bytes, held until the format is told (nil once it is).
        private var sniffed: [UInt8]? = []
        private var unsupportedFormat: FileFormat?

        /// A session from the start of a file: byte-order mark, then the header
        /// line, whose delimiter is detected unless the stream names one.
        init(stream: RecordStream) {
            self.stream = stream
            decoder = ByteDecoder(forced: stream.encoding)
        }

        /// A session from a row boundary in the middle of a file, whose
        /// delimiter is known and whose bytes need no decoding. Lines count from 1.
        init(stream: RecordStream, midFileWith delimiter: Delimiter) {
            self.stream = stream
            decoder = nil
            sniffed = nil
            self.delimiter = delimiter
            scanner = RecordScanner(delimiter: delimiter.byte, maximumFieldLength: stream.maximumFieldLength,
                                    validatesUTF8: stream.encoding == nil)
        }

        /// The delimiter in use; nil until the header line was seen.
        private(set) var delimiter: Delimiter?

        /// True once the bytes are known to be passed on as they are (no
        /// byte-order mark asking for UTF-16): offsets in the file are offsets
        /// in what the scanner reads.
        var readsBytesAsTheyAre: Bool {
            decoder?.passesBytesThrough ?? true
        }

        /// True when every byte fed so far ended a record (or a blank line) and
        /// nothing is held back: the next byte starts a line outside any record.
        var isBetweenRecords: Bool {
            guard let scanner, scanner.isBetweenRecords else { return false }
            return decoder?.holdsNothing ?? true
        }

        /// Line the next byte is on.
        var currentLine: Int { scanner?.currentLine ?? 1 }

        /// What was noticed so far, for a session that stops between records
        /// without finishing (the rest of its file is read elsewhere).
        var findingsSoFar: Findings {
            Findings(firstNonUTF8Line: scanner?.firstNonUTF8Line, linesAboveHeader: scanner?.recordsSkipped ?? 0,
                     headerLine: scanner?.firstRecordLine, firstLineTooLong: firstLineTooLong,
                     unsupportedFormat: unsupportedFormat)
        }

        /// Decodes and scans one chunk.
        mutating func feed<Sink: RecordSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
            guard !isStopped else { return }
            if var held = sniffed {
                if held.isEmpty && chunk.count >= FileFormat.sniffedBytes {
                    sniffed = nil
                    guard tellFormat(of: chunk) else { return }
                } else {
                    held.append(contentsOf: chunk)
                    sniffed = held
                    guard held.count >= FileFormat.sniffedBytes else { return }
                    sniffed = nil
                    guard held.withUnsafeBufferPointer({ tellFormat(of: $0) }) else { return }
                    return held.withUnsafeBufferPointer { decode($0, into: &sink) }
                }
            }
            decode(chunk, into: &sink)
        }

        /// True for a table; else notes the format and stops.
        private mutating func tellFormat(of start: UnsafeBufferPointer<UInt8>) -> Bool {
            let prefix = UnsafeBufferPointer(rebasing: start.prefix(FileFormat.sniffedBytes))
            guard let format = FileFormat.sniff(prefix, looksForUTF16: stream.encoding == nil) else { return true }
            unsupportedFormat = format
            isStopped = true
            return false
        }

        private mutating func decode<Sink: RecordSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
            guard var decoder else { return scan(chunk, into: &sink) }
            self.decoder = nil
            defer { self.decoder = decoder }
            decoder.decode(chunk) { scan($0, into: &sink) }
        }

        /// Ends the input: flushes what was held back and the last record.
        mutating func finish<Sink: RecordSink>(into sink: inout Sink) -> Findings {
            if let held = sniffed, !isStopped {  // a file shorter than the bytes sniffed
                sniffed = nil
                if held.withUnsafeBufferPointer({ tellFormat(of: $0) }) {
                    held.withUnsafeBufferPointer { decode($0, into: &sink) }
                }
            }
            guard unsupportedFormat == nil else { return findingsSoFar }
            if var decoder {
                self.decoder = nil
                decoder.finish { scan($0, into: &sink) }
                self.decoder = decoder
            }
            if scanner == nil {
                let empty: [UInt8] = []
                empty.withUnsafeBufferPointer { scan($0, into: &sink, isLast: true) }
            }
            if !isStopped { scanner?.finish(into: &sink) }
            return findingsSoFar
        }

        private mutating func scan<Sink: RecordSink>(
            _ bytes: UnsafeBufferPointer<UInt8>,
            into sink: inout Sink,
            isLast: Bool = false
        ) {
            guard !isStopped else { return }
            guard scanner != nil else {
                headerBuffer.append(contentsOf: bytes)
                let search = HeaderSearch(forcedDelimiter: stream.delimiter, maximumFieldLength: stream.maximumFieldLength,
                                          isHeader: stream.isHeader)
                guard let outcome = search.decide(headerBuffer, isComplete: isLast) else { return }
                let chosen: Delimiter
                var headerLine = 1
                switch outcome {
                case .header(let found, let line):
                    (chosen, headerLine) = (found, line)
                case .firstLine(let found):
                    chosen = found
                case .noHeader:
                    firstLineTooLong = true
                    isStopped = true
                    headerBuffer = []
                    return
                }
                delimiter = chosen
                // Transcoded UTF-16 is valid by construction; a forced encoding is not checked.
                scanner = RecordScanner(delimiter: chosen.byte, maximumFieldLength: stream.maximumFieldLength,
                                        validatesUTF8: stream.encoding == nil, firstRecordLine: headerLine)
                let buffered = headerBuffer
                headerBuffer = []
                buffered.withUnsafeBufferPointer { scan($0, into: &sink) }
                return
            }
            if !scanner!.consume(bytes, into: &sink) { isStopped = true }
        }
    }
}

/// A sink that calls a closure and keeps the first error it throws.
private struct ClosureSink: RecordSink {
    let body: (RecordView) throws(SRBError) -> Void
    let onSheet: (String) -> Void
    var failure: SRBError?

    mutating func beginSheet(named name: String) { onSheet(name) }

    mutating func take(_ record: RecordView) -> Bool {
        do throws(SRBError) {
            try body(record)
            return true
        } catch {
            failure = error
            return false
        }
    }
}
