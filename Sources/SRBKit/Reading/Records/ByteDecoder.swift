/// Turns a file's bytes into the UTF-8 (or Windows-1258) bytes the tokenizer reads.
///
/// Looks at the first bytes for a byte-order mark: a UTF-8 one is dropped; a
/// UTF-16 one (LE or BE) switches to transcoding UTF-16 to UTF-8, chunk by chunk,
/// keeping an odd byte or a lone high surrogate for the next chunk. Without a
/// mark, bytes pass through unchanged and fields are decoded later.
struct ByteDecoder {
    enum Mode: Equatable {
        case undecided
        case passThrough
        case utf16(bigEndian: Bool)
    }

    private(set) var mode: Mode
    private var pending: [UInt8] = []
    private var pendingHighSurrogate: UInt16?
    private var output: [UInt8] = []

    /// - Parameter forced: an encoding given by the user; nil to detect.
    init(forced: TextEncoding?) {
        switch forced {
        case .utf16: mode = .undecided  // endianness still comes from the mark, LE without one
        case .utf8, .cp1258: mode = .passThrough
        case nil: mode = .undecided
        }
        forcesUTF16 = forced == .utf16
        forcesNoMark = forced == .utf8 || forced == .cp1258
    }

    private let forcesUTF16: Bool
    private let forcesNoMark: Bool
    private var skipsUTF8Mark = true

    /// True when no byte is held back for the next chunk and the mode is decided.
    var holdsNothing: Bool { mode != .undecided && pending.isEmpty && pendingHighSurrogate == nil }

    /// True once bytes are decided to pass through unchanged (no UTF-16, and
    /// the start of the file already looked at for a UTF-8 mark).
    var passesBytesThrough: Bool { mode == .passThrough && !(forcesNoMark && skipsUTF8Mark) }

    /// Decodes one chunk and passes the result to `body`.
    mutating func decode(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if mode == .undecided || (forcesNoMark && skipsUTF8Mark) {
            pending.append(contentsOf: chunk)
            guard pending.count >= 3 else { return }
            decide()
            let buffered = pending
            pending.removeAll()
            buffered.withUnsafeBufferPointer { emit($0, body) }
            return
        }
        emit(chunk, body)
    }

    /// Flushes what was held back at the end of input.
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if mode == .undecided || (forcesNoMark && skipsUTF8Mark) {
            decide()
            let buffered = pending
            pending.removeAll()
            buffered.withUnsafeBufferPointer { emit($0, body) }
        }
        if case .utf16 = mode, !pending.isEmpty || pendingHighSurrogate != nil {
            output.removeAll(keepingCapacity: true)
            appendReplacement()
            pending.removeAll()
            pendingHighSurrogate = nil
            output.withUnsafeBufferPointer { body($0) }
        }
    }

    private mutating func decide() {
        let bytes = pending
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            mode = .passThrough
            pending.removeFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE]), !forcesNoMark {
            mode = .utf16(bigEndian: false)
            pending.removeFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]), !forcesNoMark {
            mode = .utf16(bigEndian: true)
            pending.removeFirst(2)
        } else {
            mode = forcesUTF16 ? .utf16(bigEndian: false) : .passThrough
        }
        skipsUTF8Mark = false
    }

    private mutating func emit(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard case .utf16(let bigEndian) = mode else {
            body(chunk)
            return
        }
        output.removeAll(keepingCapacity: true)
        var index = 0
        if let odd = pending.first, !chunk.isEmpty {
            transcode(unit: bigEndian ? UInt16(odd) << 8 | UInt16(chunk[0]) : UInt16(chunk[0]) << 8 | UInt16(odd))
            pending.removeAll()
            index = 1
        }
        while index + 1 < chunk.count {
            let unit = bigEndian
                ? UInt16(chunk[index]) << 8 | UInt16(chunk[index + 1])
                : UInt16(chunk[index + 1]) << 8 | UInt16(chunk[index])
            transcode(unit: unit)
            index += 2
        }
        if index < chunk.count { pending.append(chunk[index]) }
        output.withUnsafeBufferPointer { body($0) }
    }

    private mutating func transcode(unit: UInt16) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(value)
                return
            }
            appendReplacement()
        }
        switch unit {
        case 0xD800...0xDBFF: pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: appendReplacement()
        default: appendScalar(UInt32(unit))
        }
    }

    private mutating func appendReplacement() { appendScalar(0xFFFD) }

    private mutating func appendScalar(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return appendReplacement() }
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}
