/// How an id becomes one 64-bit word, when it can: its prefix (the bytes up to
/// and including its last byte that is not a digit or `-` `/` `.` `_`) is
/// numbered in a small table of prefixes, and the rest — at most 13 of those
/// characters — is packed four bits each. `VN-2015-0000000` is prefix `VN`
/// (number n) and 13 nibbles of `-2015-0000000`; when more than 13 such
/// characters follow, the prefix takes the extra ones (`IdentifierSet`):
/// `VN-2015-10000000` is prefix `VN-` and `2015-10000000`.
///
///     bits 63…52  prefix number (1: no prefix, 2…4095: the table's)   bits 51…0  nibbles, first in the low bits, padded with 14
///
/// The split and the packing are functions of the bytes, and 14 never stands
/// for a character, so two ids get the same word only when they are the same
/// id. A word's top 12 bits are never 0; a slot whose key has them 0 holds an
/// id kept in the arena instead.
enum IDKey {
    /// The most characters packed after the prefix.
    static let suffixLimit = 13
    static let nibbleBits: UInt64 = 52
    static let nibbleMask: UInt64 = 1 << 52 - 1

    /// The characters that take one nibble, by value.
    private static let characters: [UInt8] = Array("0123456789-/._".utf8)

    /// The nibble of a character, or nil when it takes none.
    @inline(__always)
    static func nibble(of byte: UInt8) -> UInt64? {
        switch byte {
        case 48...57: UInt64(byte - 48)
        case UInt8(ascii: "-"): 10
        case UInt8(ascii: "/"): 11
        case UInt8(ascii: "."): 12
        case UInt8(ascii: "_"): 13
        default: nil
        }
    }

    /// How many leading bytes of `id` are its prefix.
    @inline(__always)
    static func prefixLength(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        var index = id.count
        while index > 0, nibble(of: id[index - 1]) != nil { index -= 1 }
        return index
    }

    /// The packed nibbles of `id[start...]` (at most `suffixLimit` bytes, all packable).
    @inline(__always)
    static func packed(_ id: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var word: UInt64 = 0, shift: UInt64 = 0
        for index in start..<id.count {
            word |= nibble(of: id[index])! << shift
            shift += 4
        }
        while shift < nibbleBits {
            word |= 14 << shift
            shift += 4
        }
        return word
    }

    /// Appends the characters packed in a word's nibbles.
    static func unpack(_ word: UInt64, into bytes: inout [UInt8]) {
        var rest = word & nibbleMask
        for _ in 0..<suffixLimit {
            let value = Int(rest & 15)
            if value == 14 { return }
            bytes.append(characters[value])
            rest >>= 4
        }
    }

    /// The hash of a packed id from its prefix's hash (murmur3's 64-bit finaliser).
    @inline(__always)
    static func hash(prefixHash: UInt64, packed: UInt64) -> UInt64 {
        var value = (prefixHash ^ packed) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }
}
