/// Byte strings seen so far, numbered in order of insertion and found by hashing
/// the field's bytes in place: a lookup allocates nothing. The bytes live end to
/// end in one arena; an open-addressing table (linear probing, grown by half
/// at 1/4 load: 5 bytes a slot are cheap, and a lookup that finds its string
/// at the first slot it tries is one the branch predictor gets right, in
/// whatever order the spellings come) holds their numbers and a byte of their hash,
/// so a probe rarely has to compare bytes that differ.
///
/// Strings of at most 32 bytes (nearly every ward name and every sex spelling:
/// a Vietnamese name such as `Thanh Xuân Trung` is 17 bytes) are also kept as
/// four words, `ShortKey`, which are hashed and compared instead of the bytes.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// End offset in `arena` of each string; a string starts where the previous ends.
    private var ends: [Int] = []
    /// Each string's short key (`ShortKey.none` for a longer string, equal to no other).
    private var shortKeys: [ShortKey] = []
    /// Number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 64)
    /// The hash's low byte per slot (the slot comes from the high bits), compared before the bytes are.
    private var tags = [UInt8](repeating: 0, count: 64)

    var count: Int { ends.count }

    /// The number of `bytes`, or nil when they were never inserted.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let key = ShortKey(bytes) {
            if shortKeys.count <= ByteStringTable.scannedLimit {  // a handful (sex spellings): compare them all
                for number in shortKeys.indices where shortKeys[number] == key { return number }
                return nil
            }
            return shortKeys.withUnsafeBufferPointer { shortKeys in probe(key.hash) { shortKeys[$0] == key } }
        }
        return arena.withUnsafeBufferPointer { arena in
            ends.withUnsafeBufferPointer { ends in
                probe(ByteHash.of(UnsafeRawBufferPointer(bytes))) { number in
                    let start = number == 0 ? 0 : ends[number - 1], length = ends[number] - start
                    return length == bytes.count && Bytes.equal(arena.baseAddress! + start, bytes.baseAddress!, count: length)
                }
            }
        }
    }

    /// The number in the first slot, from `hash`'s on, whose tag is the hash's
    /// and for which `matches` holds; nil at the first empty slot. Read through
    /// buffer pointers: a slot is in range by construction (from `ByteHash.slot`,
    /// wrapped at the end), and this runs for every ward and district field of
    /// every row.
    @inline(__always)
    private func probe(_ hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let tag = UInt8(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { slots in
            tags.withUnsafeBufferPointer { tags in
                var slot = ByteHash.slot(hash, in: slots.count)
                while true {
                    let stored = Int(slots[slot])
                    if stored == 0 { return nil }
                    if tags[slot] == tag && matches(stored - 1) { return stored - 1 }
                    slot = slot + 1 == slots.count ? 0 : slot + 1
                }
            }
        }
    }

    /// The bytes of the string numbered `number`.
    func bytes(of number: Int) -> ArraySlice<UInt8> {
        arena[(number == 0 ? 0 : ends[number - 1])..<ends[number]]
    }

    /// Adds `bytes`, which must not be there yet, and returns their number.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let number = ends.count
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        shortKeys.append(ShortKey(bytes) ?? .none)
        place(number, hash: hash(of: number), slots: &slots, tags: &tags)
        if ends.count * 4 > slots.count {
            let size = slots.count + slots.count / 2
            var biggerSlots = [Int32](repeating: 0, count: size), biggerTags = [UInt8](repeating: 0, count: size)
            for stored in 0..<ends.count {
                place(stored, hash: hash(of: stored), slots: &biggerSlots, tags: &biggerTags)
            }
            slots = biggerSlots
            tags = biggerTags
        }
        return number
    }

    /// Tables this small are searched by comparing every short key, without hashing.
    private static let scannedLimit = 8

    /// True when the string numbered `number` is kept as a short key.
    private func isShort(_ number: Int) -> Bool {
        ends[number] - (number == 0 ? 0 : ends[number - 1]) <= ShortKey.maximumLength
    }

    /// The hash `find` computes for the string numbered `number`.
    private func hash(of number: Int) -> UInt64 {
        let start = number == 0 ? 0 : ends[number - 1]
        return isShort(number) ? shortKeys[number].hash : ByteHash.of(arena[start..<ends[number]])
    }

    private func place(_ number: Int, hash: UInt64, slots: inout [Int32], tags: inout [UInt8]) {
        var slot = ByteHash.slot(hash, in: slots.count)
        while slots[slot] != 0 { slot = slot + 1 == slots.count ? 0 : slot + 1 }
        slots[slot] = Int32(number + 1)
        tags[slot] = UInt8(truncatingIfNeeded: hash)
    }
}

/// A string of at most 32 bytes as four words and its length: the bytes from
/// 0, from 8 and from 16 and the last eight, each load moved back to end at the
/// string's end when the string is shorter (so they overlap), or for fewer than
/// eight bytes, the bytes themselves. The loads depend on the length alone, with
/// no branch on it past eight bytes (ward names are 5 to 25 bytes, in any
/// order). Equal keys mean equal strings. Built with loads inside the string
/// only, never past its end.
struct ShortKey: Equatable {
    static let maximumLength = 32

    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var third: UInt64 = 0
    private var last: UInt64 = 0
    private var length = -1

    /// The key of no string: what a string longer than 32 bytes is kept with.
    static let none = ShortKey()

    private init() {}

    /// Nil for more than 32 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count <= ShortKey.maximumLength else { return nil }
        length = count
        guard count > 0 else { return }
        let raw = UnsafeRawBufferPointer(bytes)
        if count >= 8 {
            first = raw.loadUnaligned(as: UInt64.self)
            second = raw.loadUnaligned(fromByteOffset: min(8, count - 8), as: UInt64.self)
            third = raw.loadUnaligned(fromByteOffset: min(16, count - 8), as: UInt64.self)
            last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            first = UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        } else {  // one to three bytes: the first, the middle and the last
            first = UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16
        }
    }

    /// Each word multiplied by its own odd constant (the four multiplications
    /// run side by side), then the murmur3 finaliser.
    @inline(__always)
    var hash: UInt64 {
        var value = first &* 0x9E37_79B9_7F4A_7C15 ^ second &* 0xC2B2_AE3D_27D4_EB4F
            ^ third &* 0x1656_67B1_9E37_79F9 ^ last &* 0xD6E8_FEB8_6659_FD93 ^ UInt64(bitPattern: Int64(length))
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }
}
