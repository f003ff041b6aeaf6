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

    /// Offset of the first byte that cannot stand where it is. Whole 8-byte
    /// words are proven valid at once (`validWords`); where that cannot be
    /// shown, ASCII is skipped eight bytes at a time and each sequence checked
    /// whole for at least 16 bytes, then words again. Only a sequence cut by the
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
            offset = UTF8Validator.validWords(raw, from: offset)
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

    /// From `start`, a sequence boundary, the end of the run of whole 8-byte
    /// words shown valid by bit arithmetic alone (no branch per sequence), at
    /// a sequence boundary; `start` itself when the first word cannot be shown
    /// valid. A word is shown valid when its leads are all easy ones (C2–DF,
    /// E1–EC, EE–EF: any continuation byte may follow them) and its
    /// continuation bytes are exactly those the leads before them call for.
    /// Anything else (four-byte sequences, C0, C1, E0, ED, F5–FF, an error) is
    /// left to the exact check, so a word is never passed wrongly.
    @inline(__always)
    private static func validWords(_ raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        /// The high bit of each byte of `value` that is zero (exact: no borrow between bytes).
        @inline(__always) func zeroBytes(_ value: UInt64) -> UInt64 {
            ~(((value & low7) &+ low7) | value | low7)
        }
        let count = raw.count
        var offset = start, boundary = start
        var carried: UInt64 = 0  // high bits of the bytes of this word the last word's leads call for
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let top = word & high
            if top == 0 {
                guard carried == 0 else { return boundary }
                offset += 8
                boundary = offset
                continue
            }
            let bit6 = (word << 1) & high, bit5 = (word << 2) & high, bit4 = (word << 3) & high
            let continuation = top & ~bit6, lead = top & bit6, lead3 = lead & bit5
            let nibble = word & 0x0F0F_0F0F_0F0F_0F0F
            let hard = (lead3 & bit4)                                                  // F0–FF
                | (lead & ~lead3 & zeroBytes(word & 0x3E3E_3E3E_3E3E_3E3E))            // C0, C1
                | (lead3 & (zeroBytes(nibble) | zeroBytes(nibble ^ 0x0D0D_0D0D_0D0D_0D0D)))  // E0, ED
            let calledFor = (lead << 8 | lead3 << 16) | carried
            guard hard == 0, calledFor == continuation else { return boundary }
            carried = (lead >> 56 | lead3 >> 48) & high
            offset += 8
            if carried == 0 { boundary = offset }
        }
        return boundary
    }
}
