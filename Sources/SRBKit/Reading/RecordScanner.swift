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
// compares them on random inputs cut into random chunks).

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
    private(set) var unterminatedQuoteLine: Int?

    init(delimiter: UInt8, maximumFieldLength: Int, validatesUTF8: Bool) {
        self.delimiter = delimiter
        self.maximumFieldLength = maximumFieldLength
        self.validatesUTF8 = validatesUTF8
        maximumRecordLength = maximumFieldLength.multipliedReportingOverflow(by: 16).overflow
            ? Int.max : maximumFieldLength * 16
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
        tokenizer.finish { record in _ = record.withView(bounds: &scratch) { sink.take($0) } }
        unterminatedQuoteLine = tokenizer.unterminatedQuoteLine
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
            guard let stop = continueWithTokenizer(chunk, from: position, into: &sink) else { return false }
            position = stop
            if isTokenizing { return true }
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
            if first == lineFeed || first == carriageReturn {
                line += 1
                position += 1
                if first == carriageReturn {
                    if position == end {
                        skipsLineFeed = true
                    } else if chunk[position] == lineFeed {
                        position += 1
                    }
                }
                continue
            }
            // A record starts here: note its fields until its line end.
            let recordStart = position
            var fieldStart = position
            var fields = 0
            var plain = true
            // Eight bytes at a time: every delimiter, line end and quote of a word is
            // found at once and taken in turn; the last few bytes of the chunk one by one.
            words: while position + 8 <= end {
                var found = stops.findAll(in: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                while found != 0 {
                    let stop = position + found.trailingZeroBitCount >> 3
                    let byte = chunk[stop]
                    if byte == delimiter {
                        guard fields + 1 < storedPairs else {  // past the stored fields: the tokenizer counts the rest
                            plain = false
                            position = stop
                            break words
                        }
                        pairs[2 * fields] = fieldStart
                        pairs[2 * fields + 1] = stop
                        fields += 1
                        fieldStart = stop + 1
                        found &= found - 1
                    } else {
                        plain = byte != quote
                        position = stop
                        break words
                    }
                }
                position += 8
            }
            if position + 8 > end {
                position = max(position, fieldStart)
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
                guard let stop = takeOverWithTokenizer(chunk, from: recordStart, into: &sink) else { return false }
                position = stop
                if isTokenizing { return true }
                continue
            }
            let record = RecordView(base: chunk, bounds: UnsafeBufferPointer(rebasing: pairs[0..<(2 * fields + 2)]),
                                    line: line, fieldCount: fields + 1,
                                    firstOversizedField: nil, firstFieldPastRecordLimit: nil)
            guard sink.take(record) else { return false }
            // The line end: CR, LF or CRLF (whose LF may open the next chunk).
            line += 1
            position += 1
            if chunk[position - 1] == carriageReturn {
                if position == end {
                    skipsLineFeed = true
                } else if chunk[position] == lineFeed {
                    position += 1
                }
            }
        }
        return true
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

    /// Starts the tokenizer on the record that begins at `start`; returns where
    /// it stopped (the end of the chunk when the record goes on), nil when the
    /// sink asked to stop.
    private mutating func takeOverWithTokenizer<Sink: RecordSink>(
        _ chunk: UnsafeBufferPointer<UInt8>,
        from start: Int,
        into sink: inout Sink
    ) -> Int? {
        tokenizer.restart(line: line)
        isTokenizing = true
        return continueWithTokenizer(chunk, from: start, into: &sink)
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
        let (stop, completed) = tokenizer.consume(rest, stoppingAfterOneRecord: true) { record in
            accepted = record.withView(bounds: &scratch) { sink.take($0) }
        }
        guard accepted else { return nil }
        guard completed else { return chunk.endIndex }
        line = tokenizer.currentLine
        skipsLineFeed = tokenizer.skipsNextLineFeed
        isTokenizing = false
        return start + stop
    }
}

/// The bytes the plain loop stops at (the delimiter, LF, CR and the quote),
/// found eight at a time in a little-endian word.
private struct StopBytes {
    private let delimiter: UInt64, lineFeed: UInt64, carriageReturn: UInt64, quote: UInt64
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    init(delimiter: UInt8) {
        self.delimiter = UInt64(delimiter) &* StopBytes.ones
        lineFeed = UInt64(UInt8(ascii: "\n")) &* StopBytes.ones
        carriageReturn = UInt64(UInt8(ascii: "\r")) &* StopBytes.ones
        quote = UInt64(UInt8(ascii: "\"")) &* StopBytes.ones
    }

    /// A word whose lowest set bit is the high bit of the first stop byte in
    /// `word` (bits above it may be wrong); zero when there is none.
    @inline(__always)
    func find(in word: UInt64) -> UInt64 {
        StopBytes.zeroBytes(word ^ delimiter) | StopBytes.zeroBytes(word ^ lineFeed)
            | StopBytes.zeroBytes(word ^ carriageReturn) | StopBytes.zeroBytes(word ^ quote)
    }

    /// A word with the high bit of every stop byte in `word` set, and no other bit.
    @inline(__always)
    func findAll(in word: UInt64) -> UInt64 {
        let notStop = StopBytes.nonZeroBytes(word ^ delimiter) & StopBytes.nonZeroBytes(word ^ lineFeed)
            & StopBytes.nonZeroBytes(word ^ carriageReturn) & StopBytes.nonZeroBytes(word ^ quote)
        return ~notStop & StopBytes.highBits
    }

    /// The high bit of each byte set when that byte is not zero (exact for every byte).
    @inline(__always)
    private static func nonZeroBytes(_ value: UInt64) -> UInt64 {
        ((value & ~highBits) &+ ~highBits) | value
    }

    /// The classic test for a zero byte: exact up to the first zero byte.
    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & highBits
    }
}
