/// The hash the reader's byte-keyed tables share (`ByteStringTable`,
/// `IdentifierSet`): stable across runs, cheap on short keys.
enum ByteHash {
    /// Eight bytes at a time (little-endian words), each word mixed in by a
    /// multiply and a shift, then the murmur3 64-bit finaliser.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
        var offset = 0
        while offset + 8 <= count {
            value = mix(value, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            value = mix(value, tail)
        }
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }

    /// The hash of a slice's bytes.
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    @inline(__always)
    private static func mix(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// A slot in `0..<size` from a hash (multiply-shift: any size works).
    static func slot(_ hash: UInt64, in size: Int) -> Int {
        Int(((hash >> 32) &* UInt64(size)) >> 32)
    }
}
