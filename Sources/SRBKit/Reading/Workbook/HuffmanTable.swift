// A note for the next person: this is zlib's inflate_table (inftrees.c),
// which has decoded the world's DEFLATE for thirty years, with one change: a
// sub-table entry stores the whole code length, so the decoder always drops
// `entry.length` bits whether or not it went through a sub-table. The checks
// are zlib's too: an over-subscribed code is an error, an incomplete one is
// allowed only when it is a single code of length 1 (RFC 1951 permits one
// distance code), and an empty code builds a table of invalid entries, so
// that a stream which never uses it still decodes.

/// Lookup tables for one canonical Huffman code of a DEFLATE block: a root
/// table indexed by the next `rootBits` input bits (least significant first),
/// whose entries are either a symbol or a pointer to a sub-table for the
/// longer codes.
///
/// An entry is a `UInt32`: bits 0–3 the code length, 4–6 the kind, 8–12 the
/// extra bits of a length or distance (or a sub-table's index bits), 16–31
/// the literal, base value or sub-table offset.
struct HuffmanTable {
    /// Which DEFLATE alphabet a code is for.
    enum Alphabet {
        /// The 19 code-length symbols of a dynamic block header.
        case codeLengths
        /// Literals 0–255, end of block 256, lengths 257–285 (286–287 invalid).
        case literalLength
        /// Distances 0–29 (30–31 invalid).
        case distance
    }

    static let literal: UInt32 = 0 << 4
    static let lengthOrDistance: UInt32 = 1 << 4
    static let endOfBlock: UInt32 = 2 << 4
    static let subTable: UInt32 = 3 << 4
    static let invalid: UInt32 = 4 << 4
    static let kindMask: UInt32 = 7 << 4

    /// Root table bits and entry capacity per alphabet (zlib's ENOUGH for these
    /// root sizes is 1 334 and 402; the capacities leave room).
    static func layout(_ alphabet: Alphabet) -> (rootBits: Int, capacity: Int) {
        switch alphabet {
        case .codeLengths: (7, 128)
        case .literalLength: (10, 2_048)
        case .distance: (8, 1_024)
        }
    }

    private(set) var entries: [UInt32]
    private(set) var rootBits = 1
    let alphabet: Alphabet

    init(_ alphabet: Alphabet) {
        self.alphabet = alphabet
        entries = [UInt32](repeating: HuffmanTable.invalid | 1, count: HuffmanTable.layout(alphabet).capacity)
    }

    static let lengthBases: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtraBits: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                           3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                          257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                          8193, 12289, 16385, 24577]
    static let distanceExtraBits: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                             7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The entry for `symbol`, without its code length.
    private func symbolEntry(_ symbol: Int) -> UInt32 {
        switch alphabet {
        case .codeLengths:
            return HuffmanTable.literal | UInt32(symbol) << 16
        case .literalLength:
            if symbol < 256 { return HuffmanTable.literal | UInt32(symbol) << 16 }
            if symbol == 256 { return HuffmanTable.endOfBlock }
            let index = symbol - 257
            guard index < 29 else { return HuffmanTable.invalid }
            return HuffmanTable.lengthOrDistance | UInt32(HuffmanTable.lengthExtraBits[index]) << 8
                | UInt32(HuffmanTable.lengthBases[index]) << 16
        case .distance:
            guard symbol < 30 else { return HuffmanTable.invalid }
            return HuffmanTable.lengthOrDistance | UInt32(HuffmanTable.distanceExtraBits[symbol]) << 8
                | UInt32(HuffmanTable.distanceBases[symbol]) << 16
        }
    }

    /// Rebuilds the tables for the code with these code lengths (0 = unused symbol).
    mutating func build(lengths: ArraySlice<UInt8>) throws(WorkbookError.DeflateProblem) {
        var count = [Int](repeating: 0, count: 16)
        for length in lengths { count[Int(length)] += 1 }
        count[0] = 0
        var maximum = 15
        while maximum >= 1, count[maximum] == 0 { maximum -= 1 }
        var root = HuffmanTable.layout(alphabet).rootBits
        if maximum == 0 {
            // No symbol at all: every pattern is invalid, found only if decoded.
            entries[0] = HuffmanTable.invalid | 1
            entries[1] = HuffmanTable.invalid | 1
            rootBits = 1
            return
        }
        root = min(root, maximum)
        var minimum = 1
        while minimum < maximum, count[minimum] == 0 { minimum += 1 }
        root = max(root, minimum)

        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= count[length]
            if left < 0 { throw .invalidCodeLengths }
        }
        if left > 0, alphabet == .codeLengths || maximum != 1 { throw .invalidCodeLengths }

        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
        var sorted = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            sorted[offsets[Int(length)]] = symbol
            offsets[Int(length)] += 1
        }

        let capacity = entries.count
        var code = 0              // the current code, bit-reversed
        var symbolIndex = 0
        var length = minimum
        var tableStart = 0        // where the table being filled starts
        var tableBits = root      // index bits of the table being filled
        var drop = 0              // code bits the current table is past
        var lowPrefix = -1        // root index of the current sub-table
        var used = 1 << root
        let mask = used - 1
        while true {
            let entry = symbolEntry(sorted[symbolIndex]) | UInt32(length)
            let increment = 1 << (length - drop)
            var fill = 1 << tableBits
            let tableSize = fill
            repeat {
                fill -= increment
                entries[tableStart + (code >> drop) + fill] = entry
            } while fill != 0

            var bit = 1 << (length - 1)
            while code & bit != 0 { bit >>= 1 }
            code = bit != 0 ? (code & (bit - 1)) + bit : 0

            symbolIndex += 1
            count[length] -= 1
            if count[length] == 0 {
                if length == maximum { break }
                length = Int(lengths[lengths.startIndex + sorted[symbolIndex]])
            }

            if length > root, code & mask != lowPrefix {
                if drop == 0 { drop = root }
                tableStart += tableSize
                tableBits = length - drop
                var room = 1 << tableBits
                while tableBits + drop < maximum {
                    room -= count[tableBits + drop]
                    if room <= 0 { break }
                    tableBits += 1
                    room <<= 1
                }
                used += 1 << tableBits
                guard used <= capacity else { throw .invalidCodeLengths }
                lowPrefix = code & mask
                entries[lowPrefix] = HuffmanTable.subTable | UInt32(tableBits) << 8
                    | UInt32(tableStart) << 16 | UInt32(root)
            }
        }
        if code != 0 {
            // The one pattern an incomplete single-code set leaves unassigned.
            entries[tableStart + (code >> drop)] = HuffmanTable.invalid | UInt32(length)
        }
        rootBits = root
    }
}
