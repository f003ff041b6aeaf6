// A note for the next person: this is a byte-level RFC 4180 state machine. It
// knows quotes, one delimiter byte and line ends (LF, CRLF, CR), nothing else:
// it never fails and always yields fields. Field counts, dates and columns are
// judged by the register reader above it. It is fed chunks of any size and
// keeps its state across them, so a quoted field, a CRLF or a doubled quote may
// straddle a chunk boundary. Lines are physical lines (a line break inside a
// quoted field starts a new one), 1-based, so messages point where an editor
// would. Memory per record is bounded whatever the input: at most
// `maximumFieldLength` bytes per field, `maximumRecordLength` bytes and
// `maximumStoredFields` fields in all; past these the record is only counted
// and marked, so a 100 MB line of delimiters costs no more than a short one.
//
// A stray `"` opening a field would otherwise swallow the rest of the file, or
// every line up to the next quoted field, whose opening quote then closes it.
// So a record is given up, emitted marked `givenUp` (the reader rejects it),
// and reading goes on from the line after the record's first line end, so the
// stray quote costs one row, when
// - a quoted field that passed a line end grows to the field limit, or the
//   input ends inside it (`.unclosedQuote`), or
// - a quoted field that passed a line end closes and text follows its closing
//   quote, or a record that runs over several lines ends with another field
//   count than the header's (`.strayQuote`; the count only once the reader
//   has told the tokenizer, in `expectedFieldCount`).
// For that the raw bytes after the first line end are kept while the record
// lasts (at most `maximumReplayLength`; a longer record is given up where it
// stands). A quoted field that reaches the limit on its first line is only cut
// (`firstOversizedField`) until that line ends.

/// Why the tokenizer gave a record up (and read the lines after its first again).
enum GivenUpRecord: Sendable, Equatable {
    /// A quoted field never closed: it reached the field limit past a line end, or the input ended.
    case unclosedQuote
    /// A quoted field ran over several lines and then text followed its closing
    /// quote, or the record ended with another field count than the header's:
    /// a stray quote that a later quoted field closed.
    case strayQuote
}

/// One record: its fields' bytes laid end to end, and where it starts.
struct CSVRecord {
    /// Bytes of all fields, concatenated.
    fileprivate(set) var bytes: [UInt8] = []
    /// End offset in `bytes` of each stored field (the first `maximumStoredFields`).
    fileprivate(set) var fieldEnds: [Int] = []
    /// 1-based physical line on which the record starts.
    fileprivate(set) var line = 1
    /// Index of the first field cut at the tokenizer's field length limit, if any.
    fileprivate(set) var firstOversizedField: Int?
    /// Index of the first field cut because the record passed its total length limit.
    fileprivate(set) var firstFieldPastRecordLimit: Int?
    /// Every field of the record, stored or not.
    fileprivate(set) var fieldCount = 0
    /// Why the record was given up; nil for an ordinary record.
    fileprivate(set) var givenUp: GivenUpRecord?

    fileprivate mutating func reset() {
        bytes.removeAll(keepingCapacity: bytes.capacity <= 1 << 20)
        fieldEnds.removeAll(keepingCapacity: fieldEnds.capacity <= 1 << 14)
        firstOversizedField = nil
        firstFieldPastRecordLimit = nil
        fieldCount = 0
        givenUp = nil
    }
}

/// Splits bytes into records following RFC 4180, leniently: a quote inside an
/// unquoted field, or text after a closing quote, is kept as written.
struct CSVTokenizer {
    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    let delimiter: UInt8
    let maximumFieldLength: Int
    /// The header's field count, once the reader knows it: a record over
    /// several lines with another count is given up. Nil: never checked.
    var expectedFieldCount: Int?
    /// Longest record kept, in bytes: 16 fields at the field limit.
    let maximumRecordLength: Int
    /// Fields kept per record (Excel's column limit); later ones are only counted.
    static let maximumStoredFields = 16_384
    /// Raw bytes kept after a record's first line end, to read again if the record is given up.
    let maximumReplayLength: Int

    private var state = State.fieldStart
    private var record = CSVRecord()
    private var fieldLength = 0
    private var recordHasContent = false
    private var line = 1
    private var skipsLineFeed = false
    private var quotedLastWasCR = false
    /// True once the record being read has passed a line end (inside quotes).
    private var passedLineEnd = false
    private var firstLineEndWasCR = false
    /// Raw bytes of the record after its first line end, read again if it is given up.
    private var replayBytes: [UInt8] = []
    private var replayOverflowed = false
    /// Bytes to read next, from the line after a given-up record's first line
    /// end (`consume(_:stoppingAfterOneRecord:emit:)` leaves them to its caller).
    private var pendingReplay: [UInt8]?

    init(delimiter: UInt8, maximumFieldLength: Int) {
        self.delimiter = delimiter
        self.maximumFieldLength = maximumFieldLength
        self.maximumRecordLength = CSVTokenizer.maximumRecordLength(forFieldLength: maximumFieldLength)
        let replayLimit = maximumRecordLength.addingReportingOverflow(maximumFieldLength)
        maximumReplayLength = replayLimit.overflow ? Int.max : replayLimit.partialValue
        record.bytes.reserveCapacity(1024)
        record.fieldEnds.reserveCapacity(64)
    }

    /// The longest record kept for a field limit: 16 fields at the limit.
    static func maximumRecordLength(forFieldLength length: Int) -> Int {
        length.multipliedReportingOverflow(by: 16).overflow ? Int.max : length * 16
    }

    /// Starts over as a fresh tokenizer on `line` would (`RecordScanner` hands
    /// it records mid-file), keeping the storage
    /// of earlier records.
    mutating func restart(line: Int) {
        state = .fieldStart
        record.reset()
        fieldLength = 0
        recordHasContent = false
        self.line = line
        skipsLineFeed = false
        quotedLastWasCR = false
        forgetReplay()
        pendingReplay = nil
    }

    /// The bytes to read after a record given up by `consume(_:stoppingAfterOneRecord:emit:)`
    /// (from line `currentLine`), once; nil when none is waiting.
    mutating func takeReplay() -> [UInt8]? {
        defer { pendingReplay = nil }
        return pendingReplay
    }

    /// Line the next byte is on.
    var currentLine: Int { line }
    /// True after a line-ending CR: a line feed that comes next belongs to it.
    var skipsNextLineFeed: Bool { skipsLineFeed }

    /// Consumes a chunk, calling `emit` for every record completed inside it.
    /// Blank lines yield no record.
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, emit: (CSVRecord) -> Void) {
        _ = consume(chunk, stoppingAfterOneRecord: false, emit: emit)
    }

    /// Consumes a chunk as `consume(_:emit:)` does; when `stoppingAfterOneRecord`,
    /// stops just after the line end of the first record it completes. Returns
    /// where it stopped and whether a record was completed.
    mutating func consume(
        _ chunk: UnsafeBufferPointer<UInt8>,
        stoppingAfterOneRecord: Bool,
        emit: (CSVRecord) -> Void
    ) -> (stop: Int, completedRecord: Bool) {
        let quote = UInt8(ascii: "\"")
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var position = chunk.startIndex
        let end = chunk.endIndex
        /// Where this chunk's bytes start being kept for a replay (while `passedLineEnd`).
        var replayFrom = position
        defer { if passedLineEnd { keepForReplay(chunk, replayFrom..<position) } }
        while position < end {
            let byte = chunk[position]
            position += 1
            if skipsLineFeed {
                skipsLineFeed = false
                if byte == lineFeed { continue }
            }
            switch state {
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                    quotedLastWasCR = false
                    continue
                }
                let isLineEnd = byte == carriageReturn || byte == lineFeed
                if fieldLength >= maximumFieldLength && (passedLineEnd || isLineEnd) {
                    // A quoted field that never closes: give the record up.
                    if passedLineEnd {
                        position -= 1  // this byte is read again, after the replay
                        if giveUp(.unclosedQuote, before: position, in: chunk, keptFrom: replayFrom,
                                  stopping: stoppingAfterOneRecord, emit: emit) { return (position, true) }
                        replayFrom = position
                    } else {
                        giveUp(.unclosedQuote, emit: emit)
                        line += 1
                        skipsLineFeed = byte == carriageReturn
                        if stoppingAfterOneRecord { return (position, true) }
                    }
                    continue
                }
                append(byte)
                if byte == carriageReturn {
                    line += 1
                    quotedLastWasCR = true
                } else {
                    if byte == lineFeed && !quotedLastWasCR { line += 1 }
                    quotedLastWasCR = false
                }
                if isLineEnd && !passedLineEnd {
                    passedLineEnd = true
                    firstLineEndWasCR = byte == carriageReturn
                    replayFrom = position
                }
            case .fieldStart, .unquoted, .quoteInQuoted:
                if byte == delimiter {
                    startRecordIfNeeded()
                    endField()
                } else if byte == lineFeed || byte == carriageReturn {
                    if endsAsMisfit {
                        position -= 1  // this line end is read again, after the replay
                        if giveUp(.strayQuote, before: position, in: chunk, keptFrom: replayFrom,
                                  stopping: stoppingAfterOneRecord, emit: emit) { return (position, true) }
                        replayFrom = position
                        continue
                    }
                    let emitted = endRecord(emit: emit)
                    line += 1
                    skipsLineFeed = byte == carriageReturn
                    if emitted && stoppingAfterOneRecord { return (position, true) }
                } else if byte == quote && state == .fieldStart {
                    startRecordIfNeeded()
                    state = .quoted
                    quotedLastWasCR = false
                } else if byte == quote && state == .quoteInQuoted {
                    append(quote)
                    state = .quoted
                } else if state == .quoteInQuoted && passedLineEnd {
                    // Text after the closing quote of a field that ran over lines: a stray quote.
                    position -= 1
                    if giveUp(.strayQuote, before: position, in: chunk, keptFrom: replayFrom,
                              stopping: stoppingAfterOneRecord, emit: emit) { return (position, true) }
                    replayFrom = position
                } else {
                    startRecordIfNeeded()
                    append(byte)
                    state = .unquoted
                    // The ordinary bytes that follow (a quote is one here) go in at once.
                    var runEnd = position
                    while runEnd < end {
                        let next = chunk[runEnd]
                        if next == delimiter || next == lineFeed || next == carriageReturn { break }
                        runEnd += 1
                    }
                    if runEnd > position {
                        append(run: UnsafeBufferPointer(rebasing: chunk[position..<runEnd]))
                        position = runEnd
                    }
                }
            }
        }
        return (end, false)
    }

    /// Ends the input: a last record without a line end is emitted; one still
    /// inside a quoted field is given up and the lines after its first are read again.
    mutating func finish(emit: (CSVRecord) -> Void) {
        while state == .quoted || endsAsMisfit {
            giveUp(state == .quoted ? .unclosedQuote : .strayQuote, emit: emit)
            guard pendingReplay != nil else { return }
            replayPending(emit: emit)
        }
        _ = endRecord(emit: emit)
    }

    /// True when the record, ended now, would run over several lines with
    /// another field count than `expectedFieldCount`.
    private var endsAsMisfit: Bool {
        guard passedLineEnd, let expected = expectedFieldCount else { return false }
        return record.fieldCount + 1 != expected
    }

    /// Emits the record being read as given up inside a quoted field, and makes
    /// the bytes after its first line end the pending replay, from the next line.
    private mutating func giveUp(_ reason: GivenUpRecord, emit: (CSVRecord) -> Void) {
        let replay = passedLineEnd && !replayOverflowed ? replayBytes : nil
        let recordLine = record.line
        let endedWithCR = firstLineEndWasCR
        let droppedLineFeed = endedWithCR && replay?.first == UInt8(ascii: "\n")
        record.givenUp = reason
        _ = endRecord(emit: emit)
        quotedLastWasCR = false
        skipsLineFeed = false
        if var replay {
            if droppedLineFeed { replay.removeFirst() }
            // The first line end was a CR read just now: an LF after it belongs to it.
            skipsLineFeed = endedWithCR && replay.isEmpty && !droppedLineFeed
            line = recordLine + 1
            pendingReplay = replay
        } else {
            pendingReplay = nil
        }
    }

    /// Gives the record up before the byte at `index` (read again after the
    /// replay), keeping `chunk[start..<index]` for the replay first. When not
    /// `stopping`, the replay is read at once. Returns `stopping`: the caller
    /// returns to its own caller, which reads the replay.
    private mutating func giveUp(
        _ reason: GivenUpRecord,
        before index: Int,
        in chunk: UnsafeBufferPointer<UInt8>,
        keptFrom start: Int,
        stopping: Bool,
        emit: (CSVRecord) -> Void
    ) -> Bool {
        keepForReplay(chunk, start..<index)
        giveUp(reason, emit: emit)
        if stopping { return true }
        replayPending(emit: emit)
        return false
    }

    /// Reads the pending replay as if it came next (used when not stopping after a record).
    private mutating func replayPending(emit: (CSVRecord) -> Void) {
        guard let replay = takeReplay() else { return }
        replay.withUnsafeBufferPointer { bytes in
            _ = consume(bytes, stoppingAfterOneRecord: false, emit: emit)
        }
    }

    /// Keeps `range` of `chunk` for a replay of the current record, within the limit.
    private mutating func keepForReplay(_ chunk: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !replayOverflowed, !range.isEmpty else { return }
        guard replayBytes.count + range.count <= maximumReplayLength else {
            replayOverflowed = true
            replayBytes.removeAll(keepingCapacity: false)
            return
        }
        replayBytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[range]))
    }

    private mutating func forgetReplay() {
        passedLineEnd = false
        firstLineEndWasCR = false
        replayOverflowed = false
        replayBytes.removeAll(keepingCapacity: replayBytes.capacity <= 1 << 17)
    }

    private mutating func startRecordIfNeeded() {
        if !recordHasContent {
            recordHasContent = true
            record.line = line
        }
    }

    private mutating func append(_ byte: UInt8) {
        if record.fieldCount >= CSVTokenizer.maximumStoredFields {
            // past the stored fields: only counted
        } else if fieldLength >= maximumFieldLength {
            if record.firstOversizedField == nil { record.firstOversizedField = record.fieldCount }
        } else if record.bytes.count >= maximumRecordLength {
            if record.firstFieldPastRecordLimit == nil { record.firstFieldPastRecordLimit = record.fieldCount }
        } else {
            record.bytes.append(byte)
        }
        fieldLength += 1
    }

    /// Appends bytes of the current field as `append(_:)` would one by one,
    /// marking the same limits.
    private mutating func append(run: UnsafeBufferPointer<UInt8>) {
        let length = run.count
        defer { fieldLength += length }
        guard record.fieldCount < CSVTokenizer.maximumStoredFields else { return }
        let kept = max(0, min(length, maximumFieldLength - fieldLength, maximumRecordLength - record.bytes.count))
        record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<kept]))
        let rest = length - kept
        guard rest > 0 else { return }
        let lengthAtRest = fieldLength + kept
        // A cut byte is over the field limit once the field is that long, else over the record limit.
        if lengthAtRest < maximumFieldLength, record.firstFieldPastRecordLimit == nil {
            record.firstFieldPastRecordLimit = record.fieldCount
        }
        if lengthAtRest + rest - 1 >= maximumFieldLength, record.firstOversizedField == nil {
            record.firstOversizedField = record.fieldCount
        }
    }

    private mutating func endField() {
        if record.fieldCount < CSVTokenizer.maximumStoredFields { record.fieldEnds.append(record.bytes.count) }
        record.fieldCount += 1
        fieldLength = 0
        state = .fieldStart
    }

    /// Emits the record, if it has any content; returns whether it did.
    private mutating func endRecord(emit: (CSVRecord) -> Void) -> Bool {
        let emits = recordHasContent
        if emits {
            endField()
            emit(record)
        }
        record.reset()
        fieldLength = 0
        recordHasContent = false
        state = .fieldStart
        forgetReplay()
        return emits
    }
}
