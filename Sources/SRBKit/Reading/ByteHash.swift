/// The hash the reader's byte-keyed tables share (`ByteStringTable`,
/// `IdentifierSet`): stable across runs, cheap on short keys.
enum ByteHash {
    /// FNV-1a, 64-bit, with a final mix (the murmur3 finaliser's first steps).
    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        return value ^ (value >> 33)
    }

    /// A slot in `0..<size` from a hash (multiply-shift: any size works).
    static func slot(_ hash: UInt64, in size: Int) -> Int {
        Int(((hash >> 32) &* UInt64(size)) >> 32)
    }
}
