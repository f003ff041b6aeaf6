/// Finds the first line of a byte stream that is not valid UTF-8, chunk by
/// chunk (a sequence may straddle chunks). Lines are counted as the tokenizer
/// counts them: LF, CR and CRLF each end one.
struct UTF8Validator {
    /// 1-based line of the first invalid byte; nil while everything is valid.
    private(set) var firstInvalidLine: Int?
    private var line = 1
    private var previousWasCR = false
    /// Continuation bytes still expected, and the allowed range of the next one.
    private var pending = 0
    private var nextLow: UInt8 = 0x80
    private var nextHigh: UInt8 = 0xBF

    /// Checks a chunk; stops looking once an invalid byte was found.
    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard firstInvalidLine == nil else { return }
        for byte in chunk {
            if pending > 0 {
                guard byte >= nextLow && byte <= nextHigh else {
                    firstInvalidLine = line
                    return
                }
                pending -= 1
                nextLow = 0x80
                nextHigh = 0xBF
                continue
            }
            switch byte {
            case 0x00...0x7F:
                if byte == 0x0A {
                    if !previousWasCR { line += 1 }
                } else if byte == 0x0D {
                    line += 1
                }
                previousWasCR = byte == 0x0D
                continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, nextLow) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: (pending, nextHigh) = (2, 0x9F)
            case 0xF0: (pending, nextLow) = (3, 0x90)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, nextHigh) = (3, 0x8F)
            default:
                firstInvalidLine = line
                return
            }
            previousWasCR = false
        }
    }

    /// Ends the stream: a sequence cut short by the end is invalid.
    mutating func finish() {
        if pending > 0 && firstInvalidLine == nil { firstInvalidLine = line }
    }
}
