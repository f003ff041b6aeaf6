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

    fileprivate mutating func reset() {
        bytes.removeAll(keepingCapacity: bytes.capacity <= 1 << 20)
        fieldEnds.removeAll(keepingCapacity: fieldEnds.capacity <= 1 << 14)
        firstOversizedField = nil
        firstFieldPastRecordLimit = nil
        fieldCount = 0
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
    /// Longest record kept, in bytes: 16 fields at the field limit.
    let maximumRecordLength: Int
    /// Fields kept per record (Excel's column limit); later ones are only counted.
    static let maximumStoredFields = 16_384

    private var state = State.fieldStart
    private var record = CSVRecord()
    private var fieldLength = 0
    private var recordHasContent = false
    private var line = 1
    private var skipsLineFeed = false
    private var quotedLastWasCR = false
    /// Line on which an unterminated quoted field opened, known at `finish`.
    private(set) var unterminatedQuoteLine: Int?
    private var quoteOpenedOnLine = 1

    init(delimiter: UInt8, maximumFieldLength: Int) {
        self.delimiter = delimiter
        self.maximumFieldLength = maximumFieldLength
        self.maximumRecordLength = CSVTokenizer.maximumRecordLength(forFieldLength: maximumFieldLength)
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
        unterminatedQuoteLine = nil
        quoteOpenedOnLine = line
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
                } else {
                    append(byte)
                    if byte == carriageReturn {
                        line += 1
                        quotedLastWasCR = true
                    } else {
                        if byte == lineFeed && !quotedLastWasCR { line += 1 }
                        quotedLastWasCR = false
                    }
                }
            case .fieldStart, .unquoted, .quoteInQuoted:
                if byte == delimiter {
                    startRecordIfNeeded()
                    endField()
                } else if byte == lineFeed || byte == carriageReturn {
                    let emitted = endRecord(emit: emit)
                    line += 1
                    skipsLineFeed = byte == carriageReturn
                    if emitted && stoppingAfterOneRecord { return (position, true) }
                } else if byte == quote && state == .fieldStart {
                    startRecordIfNeeded()
                    state = .quoted
                    quotedLastWasCR = false
                    quoteOpenedOnLine = line
                } else if byte == quote && state == .quoteInQuoted {
                    append(quote)
                    state = .quoted
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

    /// Ends the input: a last record without a line end is emitted.
    mutating func finish(emit: (CSVRecord) -> Void) {
        if state == .quoted { unterminatedQuoteLine = quoteOpenedOnLine }
        _ = endRecord(emit: emit)
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
        return emits
    }
}
