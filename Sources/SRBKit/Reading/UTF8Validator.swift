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
            switch byte {
            case 0x00...0x7F: return true
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, nextLow) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: (pending, nextHigh) = (2, 0x9F)
            case 0xF0: (pending, nextLow) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, nextHigh) = (3, 0x8F)
            default: return false
            }
            return true
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

    /// Offset of the first byte that cannot stand where it is. ASCII is
    /// skipped eight bytes at a time and a whole sequence is checked at once;
    /// only a sequence cut by the chunk's end goes byte by byte (and on into
    /// the next chunk).
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
            if offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & highBits
                if word == 0 {
                    offset += 8
                    continue
                }
                offset += word.trailingZeroBitCount >> 3  // to the first byte ≥ 0x80 (little-endian)
            }
            let lead = chunk[offset]
            if lead < 0x80 {
                offset += 1
                continue
            }
            let length: Int, low: UInt8, high: UInt8
            // The common leads first (Vietnamese letters are E1 xx xx or two bytes), then the rest.
            if lead >= 0xE1 && lead <= 0xEC {
                (length, low, high) = (3, 0x80, 0xBF)
            } else if lead >= 0xC2 && lead <= 0xDF {
                (length, low, high) = (2, 0x80, 0xBF)
            } else {
                switch lead {
                case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
                case 0xED: (length, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
                default: return offset
                }
            }
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
        return nil
    }
}
