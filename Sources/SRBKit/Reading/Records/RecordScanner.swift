// A note for the next person: this is the reader's hot loop (it runs once per
// byte of a 15-million-row register). Most records are plain: no quote, on one
// line, inside the chunk just read. Those are found in place: one pass over
// their bytes notes where fields end, and the record is handed on as a view of
// the chunk, copying nothing. Anything else (a quote anywhere in the record, a
// record that runs past the chunk's end, one over a length limit) is read from
// its first byte by `CSVTokenizer`, the streaming state machine that knows all
// of RFC 4180 and the limits, which stops right after that record's line end;
// then the plain loop takes over again. Both count lines the same way, so
// records, line numbers and limits are exactly the tokenizer's alone (a test
// compares them on random inputs cut into random chunks). When the tokenizer
// gives a record up (a quoted field that never closes), the bytes after that
// record's first line end are scanned again here, then the chunk goes on.

/// Splits bytes into records as `CSVTokenizer` does, and finds the first line
/// that is not UTF-8 (when asked to) with `UTF8Validator`, a chunk at a time.
struct RecordScanner {
    let delimiter: UInt8
    let maximumFieldLength: Int
    let validatesUTF8: Bool
    private let maximumRecordLength: Int

    private var line = 1
    private var skipsLineFeed = false
    /// The tokenizer reading records the plain loop cannot, while `isTokenizing`
    /// (one, restarted for each such record: its storage is kept).
    private var tokenizer: CSVTokenizer
    private var isTokenizing = false
    private var validator = UTF8Validator()
    /// True when the last byte consumed was a CR (for the validator's line count).
    private var lastByteWasCR = false
    /// Field bounds of the record being read in place, in pairs.
    private var bounds: [Int]
    /// Field bounds of a record the tokenizer read.
    private var tokenizerBounds: [Int] = []

    /// Records that start before this line are skipped (the titles above a header).
    let firstRecordLine: Int
    /// Records skipped for starting before `firstRecordLine`.
    private(set) var recordsSkipped = 0

    init(delimiter: UInt8, maximumFieldLength: Int, validatesUTF8: Bool, firstRecordLine: Int = 1) {
        self.delimiter = delimiter
        self.firstRecordLine = firstRecordLine
        self.maximumFieldLength = maximumFieldLength
        self.validatesUTF8 = validatesUTF8
        maximumRecordLength = CSVTokenizer.maximumRecordLength(forFieldLength: maximumFieldLength)
        bounds = [Int](repeating: 0, count: 2 * CSVTokenizer.maximumStoredFields)
        tokenizer = CSVTokenizer(delimiter: delimiter, maximumFieldLength: maximumFieldLength)
    }

    /// 1-based line of the first byte that is not UTF-8; nil while all was.
    var firstNonUTF8Line: Int? { validator.firstInvalidLine }

    /// True between records: the next byte starts a line (or ends a CRLF) outside any record.
    var isBetweenRecords: Bool { !isTokenizing }

    /// Line the next byte is on.
    var currentLine: Int { line }

    /// Consumes a chunk, handing `sink` every record completed inside it.
    /// Returns false when the sink asked to stop (the scanner is then spent).
    mutating func consume<Sink: RecordSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink) -> Bool {
        guard let last = chunk.last else { return true }
        if validatesUTF8 {
            validator.check(chunk, firstLine: isTokenizing ? tokenizer.currentLine : line, afterCR: lastByteWasCR)
        }
        lastByteWasCR = last == UInt8(ascii: "\r")
        var bounds = self.bounds
        self.bounds = []
        defer { self.bounds = bounds }
        return bounds.withUnsafeMutableBufferPointer { pairs in
            scan(chunk, pairs: pairs, into: &sink)
        }
    }

    /// Ends the input: a last record without a line end is emitted.
    mutating func finish<Sink: RecordSink>(into sink: inout Sink) {
        if validatesUTF8 { validator.finish(lastLine: isTokenizing ? tokenizer.currentLine : line) }
        guard isTokenizing else { return }
        var scratch = tokenizerBounds
        var accepting = true
        var skipped = recordsSkipped
        let firstLine = firstRecordLine
        tokenizer.finish { record in
            guard accepting else { return }
            accepting = record.withView(bounds: &scratch) {
                RecordScanner.hand($0, to: &sink, from: firstLine, skipped: &skipped)
            }
        }
        recordsSkipped = skipped
        isTokenizing = false
    }

    /// Returns false when the sink asked to stop.
    private mutating func scan<Sink: RecordSink>(
        _ chunk: UnsafeBufferPointer<UInt8>,
        pairs: UnsafeMutableBufferPointer<Int>,
        into sink: inout Sink
    ) -> Bool {
        let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        let delimiter = self.delimiter
        let end = chunk.endIndex
        var position = chunk.startIndex
        if isTokenizing {
            guard let stop = tokenize(chunk, from: position, pairs: pairs, into: &sink) else { return false }
            position = stop
        }
        let storedPairs = pairs.count / 2
        let raw = UnsafeRawBufferPointer(chunk)
        let stops = StopBytes(delimiter: delimiter)
        while position < end {
            if skipsLineFeed {  // the LF of a CRLF whose CR ended the previous chunk or the tokenizer's record
                skipsLineFeed = false
                if chunk[position] == lineFeed {
                    position += 1
                    continue
                }
            }
            let first = chunk[position]
            if first == lineFeed || first == carriageReturn {  // a blank line
                position = passLineEnd(at: position, in: chunk)
                continue
            }
            // A record starts here: note its fields until its line end.
            let recordStart = position
            var fieldStart = position
            var fields = 0
            var plain = true
            // Sixteen bytes at a time: every delimiter, line end and quote of a block is
            // found at once and taken in turn; the last few bytes of the chunk one by one.
            blocks: while position + 16 <= end {
                var found = stops.findAll(in: raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self))
                while found != 0 {
                    let stop = position + found.trailingZeroBitCount
                    let byte = chunk[stop]
                    if byte == delimiter {
                        guard fields + 1 < storedPairs else {  // past the stored fields: the tokenizer counts the rest
                            plain = false
                            position = stop
                            break blocks
                        }
                        pairs[2 * fields] = fieldStart
                        pairs[2 * fields + 1] = stop
                        fields += 1
                        fieldStart = stop + 1
                        found &= found - 1
                    } else {
                        plain = byte != quote
                        position = stop
                        break blocks
                    }
                }
                position += 16
            }
            if position + 16 > end {
                while position < end {
                    let byte = chunk[position]
                    if byte == delimiter {
                        guard fields + 1 < storedPairs else {
                            plain = false
                            break
                        }
                        pairs[2 * fields] = fieldStart
                        pairs[2 * fields + 1] = position
                        fields += 1
                        position += 1
                        fieldStart = position
                    } else if byte == lineFeed || byte == carriageReturn {
                        break
                    } else if byte == quote {
                        plain = false
                        break
                    } else {
                        position += 1
                    }
                }
            }
            if plain {
                pairs[2 * fields] = fieldStart
                pairs[2 * fields + 1] = position
            }
            guard plain, position < end, withinLimits(pairs, fields: fields + 1, length: position - recordStart) else {
                tokenizer.restart(line: line)
                tokenizer.expectedFieldCount = sink.expectedFieldCount
                isTokenizing = true
                guard let stop = tokenize(chunk, from: recordStart, pairs: pairs, into: &sink) else { return false }
                position = stop
                continue
            }
            let record = RecordView(base: chunk, bounds: UnsafeBufferPointer(rebasing: pairs[0..<(2 * fields + 2)]),
                                    line: line, fieldCount: fields + 1,
                                    firstOversizedField: nil, firstFieldPastRecordLimit: nil)
            guard RecordScanner.hand(record, to: &sink, from: firstRecordLine, skipped: &recordsSkipped) else { return false }
            position = passLineEnd(at: position, in: chunk)
        }
        return true
    }

    /// Hands a record to the sink, or skips it: a blank one (spaces, tabs and
    /// delimiters only, like a blank line), or one that starts before
    /// `firstLine` (a title above the header). Returns false when the sink asked to stop.
    @inline(__always)
    private static func hand<Sink: RecordSink>(
        _ record: RecordView, to sink: inout Sink, from firstLine: Int, skipped: inout Int
    ) -> Bool {
        if record.isBlank { return true }
        guard record.line >= firstLine else {
            skipped += 1
            return true
        }
        return sink.take(record)
    }

    /// Passes the line end (CR, LF or CRLF, whose LF may open the next chunk)
    /// at `position`, counting the line; returns where the next line starts.
    @inline(__always)
    private mutating func passLineEnd(at position: Int, in chunk: UnsafeBufferPointer<UInt8>) -> Int {
        line += 1
        let next = position + 1
        guard chunk[position] == UInt8(ascii: "\r") else { return next }
        if next == chunk.endIndex {
            skipsLineFeed = true
            return next
        }
        return chunk[next] == UInt8(ascii: "\n") ? next + 1 : next
    }

    /// True when no field of a plain record is longer than the field limit and
    /// its bytes (delimiters left out) are within the record limit; looked at
    /// field by field only for a record longer than one field may be.
    @inline(__always)
    private func withinLimits(_ pairs: UnsafeMutableBufferPointer<Int>, fields: Int, length: Int) -> Bool {
        guard length > maximumFieldLength else { return true }
        guard length - (fields - 1) <= maximumRecordLength else { return false }
        for field in 0..<fields where pairs[2 * field + 1] - pairs[2 * field] > maximumFieldLength { return false }
        return true
    }

    /// Feeds the tokenizer from `start` until it holds no record; the later
    /// lines of a record it gave up are scanned again first. Returns where the
    /// plain loop goes on (the chunk's end when a record goes on past it), nil
    /// when the sink asked to stop.
    private mutating func tokenize<Sink: RecordSink>(
        _ chunk: UnsafeBufferPointer<UInt8>,
        from start: Int,
        pairs: UnsafeMutableBufferPointer<Int>,
        into sink: inout Sink
    ) -> Int? {
        var position = start
        while isTokenizing {
            guard let stop = continueWithTokenizer(chunk, from: position, into: &sink) else { return nil }
            position = stop
            guard !isTokenizing, let replay = tokenizer.takeReplay() else { break }
            line = tokenizer.currentLine
            skipsLineFeed = tokenizer.skipsNextLineFeed
            guard replay.withUnsafeBufferPointer({ scan($0, pairs: pairs, into: &sink) }) else { return nil }
        }
        return position
    }

    /// Feeds the tokenizer until it completes its record or the chunk ends;
    /// returns where it stopped, nil when the sink asked to stop.
    private mutating func continueWithTokenizer<Sink: RecordSink>(
        _ chunk: UnsafeBufferPointer<UInt8>,
        from start: Int,
        into sink: inout Sink
    ) -> Int? {
        var scratch = tokenizerBounds
        defer { tokenizerBounds = scratch }
        let rest = UnsafeBufferPointer(rebasing: chunk[start...])  // indexed from 0
        var accepted = true
        var skipped = recordsSkipped
        let firstLine = firstRecordLine
        let (stop, completed) = tokenizer.consume(rest, stoppingAfterOneRecord: true) { record in
            accepted = record.withView(bounds: &scratch) {
                RecordScanner.hand($0, to: &sink, from: firstLine, skipped: &skipped)
            }
        }
        recordsSkipped = skipped
        guard accepted else { return nil }
        guard completed else { return chunk.endIndex }
        line = tokenizer.currentLine
        skipsLineFeed = tokenizer.skipsNextLineFeed
        isTokenizing = false
        return start + stop
    }
}

/// The bytes the plain loop stops at (the delimiter, LF, CR and the quote),
/// found sixteen at a time.
private struct StopBytes {
    private let delimiter: SIMD16<UInt8>, lineFeed: SIMD16<UInt8>, carriageReturn: SIMD16<UInt8>, quote: SIMD16<UInt8>
    /// Each lane's bit in its half of the mask (stored, not static: a static
    /// vector would be checked for lazy initialisation on every block).
    private let laneBits = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)

    init(delimiter: UInt8) {
        self.delimiter = SIMD16(repeating: delimiter)
        lineFeed = SIMD16(repeating: UInt8(ascii: "\n"))
        carriageReturn = SIMD16(repeating: UInt8(ascii: "\r"))
        quote = SIMD16(repeating: UInt8(ascii: "\""))
    }

    /// Bit i set when byte i of `block` is a stop byte. (The lanes' bits are
    /// added up per half, which is their OR: compare, select, sum of absolute
    /// differences on x86.)
    @inline(__always)
    func findAll(in block: SIMD16<UInt8>) -> UInt32 {
        let hit = block .== delimiter .| block .== lineFeed .| block .== carriageReturn .| block .== quote
        let bits = SIMD16<UInt8>(repeating: 0).replacing(with: laneBits, where: hit)
        return UInt32(bits.lowHalf.wrappedSum()) | UInt32(bits.highHalf.wrappedSum()) << 8
    }
}
