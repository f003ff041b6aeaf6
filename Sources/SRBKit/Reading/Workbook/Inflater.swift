// A note for the next person: how this decoder streams without a resumable
// symbol-by-symbol state machine.
//
// - The decoder only starts an element (a block header, a literal or a
//   length/distance pair) when the input surely holds all of it: 8 bytes for a
//   symbol pair (at most 48 bits, one 64-bit refill), 600 for a block header
//   (a dynamic header is at most 4 498 bits). Short of that it stops, gives
//   the whole bytes of its bit buffer back, keeps the unread bytes in
//   `pending` (and at most 7 bits) and goes on when the next chunk comes. So a
//   stop never falls inside an element, and a stored block's bytes, read
//   straight from the input, are never half in the bit buffer.
// - `finish()` appends 1 KiB of zeros to what is pending and decodes on, with
//   the exact check that no element consumed a bit past the real input: a
//   stream cut short is `.truncated`, whatever the zeros would decode to.
// - The output buffer is 32 KiB of history followed by room for fresh output.
//   When the room is used up, the fresh bytes are handed on and the last 32 KiB
//   are moved to the front, so a back-reference never wraps around.
// - The bit buffer is refilled libdeflate's way: an unaligned 8-byte load
//   shifted in above the valid bits. The bits above `bitCount` are then the
//   next input bits, not garbage, which is why refilling again is harmless.
//
// Pointers stay inside this file. Each element checks its own bounds: a code
// the table does not know, a distance before the output, a bad block type
// are errors, and every loop consumes input or output, so nothing hangs.

/// Decompresses a raw DEFLATE stream (RFC 1951: stored, fixed and dynamic
/// Huffman blocks) fed in chunks of any size, handing the output on in chunks.
struct Inflater {
    /// History a back-reference may reach: 32 KiB.
    static let windowSize = 1 << 15
    /// Fresh output gathered before it is handed on.
    static let outputChunkSize = 1 << 18
    /// Input a block header needs in hand before it is decoded.
    private static let headerInput = 600
    /// Zeros appended by `finish()`: more than one header and one refill read.
    private static let finalPadding = 1_024

    private enum State: Equatable {
        case header
        case stored(remaining: Int)
        case fixed
        case dynamic
        case done
    }

    /// Output beyond this many bytes is an error (`.outputLimitExceeded`).
    let outputLimit: Int
    private var state = State.header
    /// The error that ended decoding; later calls throw it again.
    private var failure: WorkbookError.DeflateProblem?
    private var isLastBlock = false
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var pending: [UInt8] = []
    private var window: [UInt8]
    private var windowPosition = 0
    private var flushedPosition = 0
    private var windowBase = 0
    private var consumed = 0
    private var literalLengths = HuffmanTable(.literalLength)
    private var distances = HuffmanTable(.distance)
    private var codeLengths = HuffmanTable(.codeLengths)
    private var fixedLiteralLengths = HuffmanTable(.literalLength)
    private var fixedDistances = HuffmanTable(.distance)

    init(outputLimit: Int = .max) {
        self.outputLimit = outputLimit
        window = [UInt8](repeating: 0, count: Inflater.windowSize + Inflater.outputChunkSize + 258 + 16)
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        try! fixedLiteralLengths.build(lengths: lengths[...])
        try! fixedDistances.build(lengths: [UInt8](repeating: 5, count: 32)[...])
    }

    /// True once the final block has ended; later input is ignored.
    var isFinished: Bool { state == .done }
    /// Bytes inflated so far, handed on or not.
    var totalOutput: Int { windowBase + windowPosition }
    /// Compressed bytes taken in so far (bytes held in the bit buffer count as taken).
    var totalInput: Int { consumed }

    /// Decodes what `input` completes, handing inflated bytes to `output`
    /// (valid during the call; return false to stop). Returns false when `output` stopped it.
    mutating func feed(
        _ input: UnsafeBufferPointer<UInt8>,
        output: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(WorkbookError.DeflateProblem) -> Bool {
        guard state != .done else { return true }
        var going = true
        if pending.isEmpty {
            let used = try run(input, realEnd: nil, going: &going, output: output)
            pending.append(contentsOf: input[used...])
        } else {
            var held = pending
            pending = []
            held.append(contentsOf: input)
            let used = try held.withUnsafeBufferPointer { (bytes) throws(WorkbookError.DeflateProblem) in
                try run(bytes, realEnd: nil, going: &going, output: output)
            }
            held.removeSubrange(0..<used)
            pending = held
        }
        return going
    }

    /// Ends the input: decodes what is pending and hands on the rest of the
    /// output. Throws `.truncated` when the final block has not ended.
    mutating func finish(output: (UnsafeBufferPointer<UInt8>) -> Bool) throws(WorkbookError.DeflateProblem) -> Bool {
        guard state != .done else { return true }
        var held = pending
        pending = []
        let realEnd = held.count
        held.append(contentsOf: repeatElement(0, count: Inflater.finalPadding))
        var going = true
        _ = try held.withUnsafeBufferPointer { (bytes) throws(WorkbookError.DeflateProblem) in
            try run(bytes, realEnd: realEnd, going: &going, output: output)
        }
        if going, state != .done { throw .truncated }
        return going
    }

    /// Decodes from `input` until it runs short, the stream ends or `output`
    /// stops; returns how many bytes of `input` were taken. With `realEnd`, the
    /// input is final and zero-padded past `realEnd`.
    private mutating func run(
        _ input: UnsafeBufferPointer<UInt8>,
        realEnd: Int?,
        going: inout Bool,
        output: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(WorkbookError.DeflateProblem) -> Int {
        if let failure { throw failure }
        do throws(WorkbookError.DeflateProblem) {
            return try decode(input, realEnd: realEnd, going: &going, output: output)
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>,
        realEnd: Int?,
        going: inout Bool,
        output: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(WorkbookError.DeflateProblem) -> Int {
        guard let base = input.baseAddress else { return 0 }
        var buffer = window
        window = []
        defer { window = buffer }
        var reader = BitReader(base: base, buffer: bitBuffer, count: bitCount)
        let end = input.count
        let realBits = (realEnd ?? 0) << 3
        let isFinal = realEnd != nil
        return try buffer.withUnsafeMutableBufferPointer { (out) throws(WorkbookError.DeflateProblem) -> Int in
            let outBase = out.baseAddress!
            let softEnd = Inflater.windowSize + Inflater.outputChunkSize
            // Hands on fresh output, then slides the window once its room is used.
            func flush() throws(WorkbookError.DeflateProblem) {
                if windowBase + windowPosition > outputLimit { throw .outputLimitExceeded(limit: outputLimit) }
                if windowPosition > flushedPosition {
                    let fresh = UnsafeBufferPointer(start: outBase + flushedPosition, count: windowPosition - flushedPosition)
                    flushedPosition = windowPosition
                    if !output(fresh) { going = false }
                }
                if windowPosition >= softEnd {
                    let keep = Inflater.windowSize
                    (outBase).update(from: outBase + windowPosition - keep, count: keep)
                    windowBase += windowPosition - keep
                    windowPosition = keep
                    flushedPosition = keep
                }
            }
            func truncatedIfPastEnd() throws(WorkbookError.DeflateProblem) {
                if isFinal, reader.consumedBits > realBits { throw .truncated }
            }

            loop: while going {
                switch state {
                case .done:
                    break loop
                case .header:
                    if !isFinal, end - reader.position < Inflater.headerInput { break loop }
                    if isFinal, reader.consumedBits + 3 > realBits { throw .truncated }
                    reader.refill()
                    isLastBlock = reader.take(1) == 1
                    switch reader.take(2) {
                    case 0:
                        reader.dropToByteBoundary()
                        let length = Int(reader.take(16))
                        let complement = Int(reader.take(16))
                        guard length ^ complement == 0xFFFF else {
                            try truncatedIfPastEnd()
                            throw .storedLengthMismatch
                        }
                        reader.returnWholeBytes()
                        state = .stored(remaining: length)
                    case 1:
                        state = .fixed
                    case 2:
                        do throws(WorkbookError.DeflateProblem) {
                            try readDynamicHeader(&reader)
                        } catch {
                            try truncatedIfPastEnd()
                            throw error
                        }
                        state = .dynamic
                    default:
                        try truncatedIfPastEnd()
                        throw .invalidBlockType
                    }
                    try truncatedIfPastEnd()
                case .stored(let remaining):
                    if remaining == 0 {
                        state = isLastBlock ? .done : .header
                        continue loop
                    }
                    let available = (realEnd ?? end) - reader.position
                    if available <= 0 {
                        if isFinal { throw .truncated }
                        break loop
                    }
                    if windowPosition >= softEnd {
                        try flush()
                        continue loop
                    }
                    let count = min(remaining, available, softEnd - windowPosition)
                    (outBase + windowPosition).update(from: base + reader.position, count: count)
                    reader.position += count
                    windowPosition += count
                    state = .stored(remaining: remaining - count)
                case .fixed, .dynamic:
                    let isFixed = state == .fixed
                    let ended = try decodeHuffmanBlock(
                        literalLengths: isFixed ? fixedLiteralLengths : literalLengths,
                        distances: isFixed ? fixedDistances : distances,
                        reader: &reader, out: outBase, softEnd: softEnd,
                        inputLimit: isFinal ? nil : end - 8, realBits: realBits
                    )
                    if ended {
                        state = isLastBlock ? .done : .header
                    } else if windowPosition >= softEnd {
                        try flush()
                    } else {
                        break loop
                    }
                }
            }
            if going { try flush() }
            reader.returnWholeBytesKeepingPartial()
            bitBuffer = reader.buffer
            bitCount = reader.count
            consumed += min(reader.position, realEnd ?? reader.position)
            return reader.position
        }
    }

    /// Decodes literals and matches until the end of the block (true), the
    /// output room is used, or the input runs short (false).
    private mutating func decodeHuffmanBlock(
        literalLengths: HuffmanTable,
        distances: HuffmanTable,
        reader: inout BitReader,
        out: UnsafeMutablePointer<UInt8>,
        softEnd: Int,
        inputLimit: Int?,
        realBits: Int
    ) throws(WorkbookError.DeflateProblem) -> Bool {
        let literalRoot = UInt64(literalLengths.rootBits)
        let literalMask = (UInt64(1) << literalRoot) - 1
        let distanceRoot = UInt64(distances.rootBits)
        let distanceMask = (UInt64(1) << distanceRoot) - 1
        var position = windowPosition
        defer { windowPosition = position }
        return try literalLengths.entries.withUnsafeBufferPointer { (literalTable) throws(WorkbookError.DeflateProblem) -> Bool in
            try distances.entries.withUnsafeBufferPointer { (distanceTable) throws(WorkbookError.DeflateProblem) -> Bool in
                while position < softEnd {
                    if let inputLimit {
                        if reader.position > inputLimit { return false }
                    } else if reader.consumedBits > realBits {
                        throw .truncated
                    }
                    reader.refill()
                    var entry = literalTable[Int(reader.buffer & literalMask)]
                    if entry & HuffmanTable.kindMask == HuffmanTable.subTable {
                        let subMask = (UInt64(1) << UInt64((entry >> 8) & 0x1F)) - 1
                        entry = literalTable[Int(entry >> 16) + Int((reader.buffer >> literalRoot) & subMask)]
                    }
                    reader.drop(Int(entry & 0xF))
                    let kind = entry & HuffmanTable.kindMask
                    if kind == HuffmanTable.literal {
                        out[position] = UInt8(truncatingIfNeeded: entry >> 16)
                        position += 1
                        continue
                    }
                    if kind == HuffmanTable.endOfBlock { return true }
                    guard kind == HuffmanTable.lengthOrDistance else {
                        if inputLimit == nil, reader.consumedBits > realBits { throw .truncated }
                        throw .invalidSymbol
                    }
                    let length = Int(entry >> 16) + Int(reader.take(Int((entry >> 8) & 0x1F)))
                    var distanceEntry = distanceTable[Int(reader.buffer & distanceMask)]
                    if distanceEntry & HuffmanTable.kindMask == HuffmanTable.subTable {
                        let subMask = (UInt64(1) << UInt64((distanceEntry >> 8) & 0x1F)) - 1
                        distanceEntry = distanceTable[Int(distanceEntry >> 16) + Int((reader.buffer >> distanceRoot) & subMask)]
                    }
                    reader.drop(Int(distanceEntry & 0xF))
                    guard distanceEntry & HuffmanTable.kindMask == HuffmanTable.lengthOrDistance else {
                        if inputLimit == nil, reader.consumedBits > realBits { throw .truncated }
                        throw .invalidSymbol
                    }
                    let distance = Int(distanceEntry >> 16) + Int(reader.take(Int((distanceEntry >> 8) & 0x1F)))
                    guard distance <= position else {
                        if inputLimit == nil, reader.consumedBits > realBits { throw .truncated }
                        throw .distanceTooFarBack
                    }
                    Inflater.copyMatch(out + position, distance: distance, length: length)
                    position += length
                }
                return false
            }
        }
    }

    /// Copies `length` bytes from `distance` back to `destination`; may write up
    /// to 7 bytes past the end, which later output overwrites.
    @inline(__always)
    private static func copyMatch(_ destination: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        var source = UnsafeRawPointer(destination - distance)
        if distance >= 8 {
            var target = UnsafeMutableRawPointer(destination)
            var left = length
            repeat {
                target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
                source += 8
                target += 8
                left -= 8
            } while left > 0
        } else if distance == 1 {
            destination.update(repeating: destination[-1], count: length)
        } else {
            for index in 0..<length { destination[index] = destination[index - distance] }
        }
    }

    /// Reads a dynamic block's code lengths and builds its two tables.
    private mutating func readDynamicHeader(_ reader: inout BitReader) throws(WorkbookError.DeflateProblem) {
        reader.refill()
        let literalCount = Int(reader.take(5)) + 257
        let distanceCount = Int(reader.take(5)) + 1
        let codeLengthCount = Int(reader.take(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .tooManyCodes }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            reader.refill()
            codeLengthLengths[order[index]] = UInt8(reader.take(3))
        }
        try codeLengths.build(lengths: codeLengthLengths[...])

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        let root = UInt64(codeLengths.rootBits)
        let mask = (UInt64(1) << root) - 1
        try codeLengths.entries.withUnsafeBufferPointer { (table) throws(WorkbookError.DeflateProblem) in
            var index = 0
            while index < total {
                reader.refill()
                let entry = table[Int(reader.buffer & mask)]
                guard entry & HuffmanTable.kindMask == HuffmanTable.literal else { throw .invalidSymbol }
                reader.drop(Int(entry & 0xF))
                let symbol = Int(entry >> 16)
                if symbol < 16 {
                    lengths[index] = UInt8(symbol)
                    index += 1
                    continue
                }
                let repeated: UInt8
                let count: Int
                switch symbol {
                case 16:
                    guard index > 0 else { throw .invalidRepeat }
                    repeated = lengths[index - 1]
                    count = 3 + Int(reader.take(2))
                case 17:
                    repeated = 0
                    count = 3 + Int(reader.take(3))
                default:
                    repeated = 0
                    count = 11 + Int(reader.take(7))
                }
                guard index + count <= total else { throw .invalidRepeat }
                for slot in index..<(index + count) { lengths[slot] = repeated }
                index += count
            }
        }
        guard lengths[256] != 0 else { throw .missingEndOfBlock }
        try literalLengths.build(lengths: lengths[0..<literalCount])
        try distances.build(lengths: lengths[literalCount...])
    }
}

/// Bits of the input, least significant first, from a 64-bit buffer.
private struct BitReader {
    let base: UnsafePointer<UInt8>
    /// Next byte to load.
    var position = 0
    var buffer: UInt64
    /// Valid bits in `buffer`.
    var count: Int

    init(base: UnsafePointer<UInt8>, buffer: UInt64, count: Int) {
        self.base = base
        self.buffer = buffer
        self.count = count
    }

    /// Input bits consumed, counted from `base`.
    var consumedBits: Int { (position << 3) - count }

    /// Brings the buffer to at least 56 valid bits; 8 bytes must be readable at `position`.
    @inline(__always)
    mutating func refill() {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        buffer |= word &<< UInt64(count)
        position += (63 - count) >> 3
        count |= 56
    }

    @inline(__always)
    mutating func drop(_ bits: Int) {
        buffer &>>= UInt64(bits)
        count -= bits
    }

    /// The next `bits` bits (up to 32) as a number; they must be in the buffer.
    @inline(__always)
    mutating func take(_ bits: Int) -> UInt64 {
        let value = buffer & ((UInt64(1) &<< UInt64(bits)) &- 1)
        drop(bits)
        return value
    }

    mutating func dropToByteBoundary() { drop(count & 7) }

    /// Gives the whole bytes left in the buffer back to the input (after a byte boundary).
    mutating func returnWholeBytes() {
        position -= count >> 3
        count = 0
        buffer = 0
    }

    /// Gives the whole bytes in the buffer back to the input, keeping only the
    /// bits of a byte partly consumed, so that whatever is carried to the next
    /// input is either those few bits or bytes not yet taken.
    mutating func returnWholeBytesKeepingPartial() {
        position -= count >> 3
        count &= 7
        buffer = count == 0 ? 0 : buffer & ((UInt64(1) &<< UInt64(count)) &- 1)
    }
}
