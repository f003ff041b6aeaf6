/// Finds the first line of a byte stream that is not valid UTF-8, chunk by
/// chunk (a sequence may straddle chunks). Lines are counted as the tokenizer
/// counts them (LF, CR and CRLF each end one), and only once an invalid byte is
/// found: the caller says on which line each chunk starts.
struct UTF8Validator {
    /// 1-based line of the first invalid byte; nil while everything is valid.
    private(set) var firstInvalidLine: Int?
    private var sequence = Sequence()

    /// Where a multi-byte sequence stands: continuation bytes still expected,
    /// and the allowed range of the next one.
    private struct Sequence {
        var pending = 0
        var nextLow: UInt8 = 0x80
        var nextHigh: UInt8 = 0xBF

        /// Takes one byte; false when it cannot stand here in UTF-8.
        @inline(__always)
        mutating func accepts(_ byte: UInt8) -> Bool {
            if pending > 0 {
                guard byte >= nextLow && byte <= nextHigh else { return false }
                pending -= 1
                nextLow = 0x80
                nextHigh = 0xBF
                return true
            }
            if byte < 0x80 { return true }
            guard let lead = UTF8Validator.lead(byte) else { return false }
            (pending, nextLow, nextHigh) = (lead.length - 1, lead.low, lead.high)
            return true
        }
    }

    /// A lead byte's sequence length and the range of the byte after it (RFC
    /// 3629 table 3-7; nil for a byte that cannot lead). The common leads are
    /// tested first: Vietnamese letters are E1 xx xx or two bytes.
    @inline(__always)
    private static func lead(_ byte: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
        if byte >= 0xE1 && byte <= 0xEC { return (3, 0x80, 0xBF) }
        if byte >= 0xC2 && byte <= 0xDF { return (2, 0x80, 0xBF) }
        switch byte {
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return nil
        }
    }

    /// Checks a chunk whose first byte is on `line`; `afterCR` says the byte
    /// before it was a CR (so a line feed first ends no line). Stops looking
    /// once an invalid byte was found.
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>, firstLine line: Int, afterCR: Bool) {
        guard firstInvalidLine == nil, let offset = firstInvalidOffset(in: chunk) else { return }
        var lineEnds = 0
        var previousWasCR = afterCR
        for byte in chunk[..<offset] {
            if byte == 0x0D || (byte == 0x0A && !previousWasCR) { lineEnds += 1 }
            previousWasCR = byte == 0x0D
        }
        firstInvalidLine = line + lineEnds
    }

    /// Ends the stream, whose last line is `line`: a sequence cut short by the end is invalid.
    mutating func finish(lastLine line: Int) {
        if sequence.pending > 0 && firstInvalidLine == nil { firstInvalidLine = line }
    }

    /// Offset of the first byte that cannot stand where it is. Whole 16-byte
    /// blocks are proven valid at once (`validBlocks`); where that cannot be
    /// shown, ASCII is skipped eight bytes at a time and each sequence checked
    /// whole for at least 16 bytes, then blocks again. Only a sequence cut by the
    /// chunk's end goes byte by byte (and on into the next chunk).
    private mutating func firstInvalidOffset(in chunk: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(chunk)
        let count = chunk.count
        var offset = 0
        while sequence.pending > 0 {  // the rest of a sequence the previous chunk cut
            guard offset < count else { return nil }
            guard sequence.accepts(chunk[offset]) else { return offset }
            offset += 1
        }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while offset < count {
            offset = UTF8Validator.validBlocks(raw, from: offset)
            let until = offset + 16
            while offset < count && offset < until {
                if offset + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & highBits
                    if word == 0 {
                        offset += 8
                        continue
                    }
                    offset += UInt64(littleEndian: word).trailingZeroBitCount >> 3  // to the first byte ≥ 0x80
                }
                let lead = chunk[offset]
                if lead < 0x80 {
                    offset += 1
                    continue
                }
                guard let (length, low, high) = UTF8Validator.lead(lead) else { return offset }
                guard offset + length <= count else {  // cut by the chunk's end: byte by byte
                    while offset < count {
                        guard sequence.accepts(chunk[offset]) else { return offset }
                        offset += 1
                    }
                    return nil
                }
                let second = chunk[offset + 1]
                guard second >= low && second <= high else { return offset + 1 }
                if length > 2 {
                    guard chunk[offset + 2] & 0xC0 == 0x80 else { return offset + 2 }
                    if length > 3 {
                        guard chunk[offset + 3] & 0xC0 == 0x80 else { return offset + 3 }
                    }
                }
                offset += length
            }
        }
        return nil
    }

    /// From `start`, a sequence boundary, the end of the run of whole 16-byte
    /// blocks shown valid by vector comparisons alone (no branch per
    /// sequence), at a sequence boundary; `start` itself when the first block
    /// cannot be shown valid. A block is shown valid when none of its bytes is
    /// a hard one (C0, C1, E0, ED, F0–FF: leads with narrower ranges, four-byte
    /// leads, bytes that never stand in UTF-8) and its continuation bytes are
    /// exactly those called for by the leads one and two bytes before them
    /// (any lead calls for one, a three-byte lead for a second). Anything else is
    /// left to the exact check, so a block is never passed wrongly.
    @inline(__always)
    private static func validBlocks(_ raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        typealias Block = SIMD16<UInt8>
        let count = raw.count
        guard start >= 2 else { return start }  // the leads before a block are read from the two bytes before it
        // Vector against vector, masks and equality only: the forms with a
        // scalar operand, unsigned `.>=` and `any` are compiled lane by lane.
        let (x80, xC0, xE0, xED, xF0, xFE) = (Block(repeating: 0x80), Block(repeating: 0xC0), Block(repeating: 0xE0),
                                              Block(repeating: 0xED), Block(repeating: 0xF0), Block(repeating: 0xFE))
        var offset = start
        while offset + Block.scalarCount <= count {
            let bytes = raw.loadUnaligned(fromByteOffset: offset, as: Block.self)
            let oneBefore = raw.loadUnaligned(fromByteOffset: offset - 1, as: Block.self)
            let twoBefore = raw.loadUnaligned(fromByteOffset: offset - 2, as: Block.self)
            let isContinuation = bytes & xC0 .== x80
            let isCalledFor = oneBefore & xC0 .== xC0 .| twoBefore & xE0 .== xE0
            let isHard = bytes & xF0 .== xF0 .| bytes & xFE .== xC0 .| bytes .== xE0 .| bytes .== xED
            let failing = unsafeBitCast(isHard .| (isContinuation .^ isCalledFor), to: SIMD2<UInt64>.self)
            if failing[0] | failing[1] != 0 { break }
            offset += Block.scalarCount
        }
        // Every byte from `start` to `offset` is valid, without a four-byte
        // sequence: a sequence cut at `offset` began at one of the two bytes before it.
        guard offset > start else { return start }
        if raw[offset - 1] >= 0xC0 { return offset - 1 }
        if raw[offset - 2] >= 0xE0 { return offset - 2 }
        return offset
    }
}
