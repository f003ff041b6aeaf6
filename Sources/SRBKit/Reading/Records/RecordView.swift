/// One record of a delimited file, as the reader hands it on: its fields as
/// spans of bytes it does not own. A view is valid only during the call that
/// receives it (the bytes are the read buffer's, or the tokenizer's); whoever
/// keeps a field copies it.
struct RecordView {
    /// The bytes the fields point into.
    let base: UnsafeBufferPointer<UInt8>
    /// Start and end offset in `base` of each stored field, in pairs.
    let bounds: UnsafeBufferPointer<Int>
    /// 1-based physical line on which the record starts.
    let line: Int
    /// Every field of the record, stored or not.
    let fieldCount: Int
    /// Index of the first field cut at the field length limit, if any.
    let firstOversizedField: Int?
    /// Index of the first field cut because the record passed its total length limit.
    let firstFieldPastRecordLimit: Int?
    /// Why the tokenizer gave the record up (its fields are what was read
    /// until then); nil for an ordinary record.
    var givenUp: GivenUpRecord? = nil

    /// True when every field holds only spaces and tabs (or nothing) and the
    /// record was not given up: a line of blanks and delimiters, which counts
    /// as a blank line. Cost: one byte for an ordinary record.
    @inline(__always)
    var isBlank: Bool {
        guard givenUp == nil, firstOversizedField == nil, firstFieldPastRecordLimit == nil else { return false }
        for index in 0..<storedFieldCount {
            for byte in field(index) where byte != 32 && byte != 9 { return false }
        }
        return true
    }

    /// Fields whose bytes are kept: `min(fieldCount, CSVTokenizer.maximumStoredFields)`.
    var storedFieldCount: Int { bounds.count / 2 }

    /// The bytes of field `index` (0-based); empty for a field past the stored ones.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < storedFieldCount, let start = base.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        let from = bounds[2 * index]
        return UnsafeBufferPointer(start: start + from, count: bounds[2 * index + 1] - from)
    }

    /// A guess at field `column` of the line after this record, for
    /// prefetching only: when the record was read in place, the next line's
    /// bytes often follow in the same buffer. Fields are counted by the byte
    /// that ends this record's first field; quotes, lines longer than 1 KiB
    /// and the buffer's end give nil. Nothing may rely on it being right.
    func fieldOfNextLine(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard fieldCount >= 2, storedFieldCount == fieldCount, bounds[1] < base.count, let start = base.baseAddress else { return nil }
        let delimiter = base[bounds[1]]
        let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        var position = bounds[bounds.count - 1]
        let end = min(base.count, position + 1024)
        while position < end, base[position] == lineFeed || base[position] == carriageReturn { position += 1 }
        var field = 0, fieldStart = position
        while position < end {
            let byte = base[position]
            if byte == delimiter || byte == lineFeed || byte == carriageReturn {
                if field == column { return UnsafeBufferPointer(start: start + fieldStart, count: position - fieldStart) }
                if byte != delimiter { return nil }
                field += 1
                fieldStart = position + 1
            } else if byte == quote {
                return nil
            }
            position += 1
        }
        return nil
    }
}

extension CSVRecord {
    /// Calls `body` with a view of this record; `bounds` is scratch space for the field pairs.
    func withView<Result>(bounds: inout [Int], _ body: (RecordView) -> Result) -> Result {
        bounds.removeAll(keepingCapacity: true)
        var start = 0
        for end in fieldEnds {
            bounds.append(start)
            bounds.append(end)
            start = end
        }
        return bytes.withUnsafeBufferPointer { base in
            bounds.withUnsafeBufferPointer { pairs in
                body(RecordView(base: base, bounds: pairs, line: line, fieldCount: fieldCount,
                                firstOversizedField: firstOversizedField,
                                firstFieldPastRecordLimit: firstFieldPastRecordLimit,
                                givenUp: givenUp))
            }
        }
    }
}
