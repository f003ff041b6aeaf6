#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte strings seen so far, numbered in order of insertion and found by hashing
/// the field's bytes in place: a lookup allocates nothing. The bytes live end to
/// end in one arena; an open-addressing table (linear probing, grown by half at
/// 3/4 load, like `IdentifierSet`) holds their numbers and a byte of their hash,
/// so a probe rarely has to compare bytes that differ.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// End offset in `arena` of each string; a string starts where the previous ends.
    private var ends: [Int] = []
    /// Number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 64)
    /// The hash's top byte per slot (any value; compared before the bytes are).
    private var tags = [UInt8](repeating: 0, count: 64)

    var count: Int { ends.count }

    /// The number of `bytes`, or nil when they were never inserted.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ByteHash.of(UnsafeRawBufferPointer(bytes))
        let tag = UInt8(truncatingIfNeeded: hash >> 56)
        return slots.withUnsafeBufferPointer { slots in
            tags.withUnsafeBufferPointer { tags in
                arena.withUnsafeBufferPointer { arena in
                    ends.withUnsafeBufferPointer { ends in
                        var slot = ByteHash.slot(hash, in: slots.count)
                        while slots[slot] != 0 {
                            let number = Int(slots[slot] - 1)
                            if tags[slot] == tag {
                                let start = number == 0 ? 0 : ends[number - 1], length = ends[number] - start
                                if length == bytes.count
                                    && (length == 0 || memcmp(arena.baseAddress! + start, bytes.baseAddress!, length) == 0) {
                                    return number
                                }
                            }
                            slot = slot + 1 == slots.count ? 0 : slot + 1
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// Adds `bytes`, which must not be there yet, and returns their number.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let number = ends.count
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        place(number, hash: ByteHash.of(UnsafeRawBufferPointer(bytes)), slots: &slots, tags: &tags)
        if ends.count * 4 > slots.count * 3 {
            let size = slots.count + slots.count / 2
            var biggerSlots = [Int32](repeating: 0, count: size), biggerTags = [UInt8](repeating: 0, count: size)
            for stored in 0..<ends.count {
                let start = stored == 0 ? 0 : ends[stored - 1]
                place(stored, hash: ByteHash.of(arena[start..<ends[stored]]), slots: &biggerSlots, tags: &biggerTags)
            }
            slots = biggerSlots
            tags = biggerTags
        }
        return number
    }

    private func place(_ number: Int, hash: UInt64, slots: inout [Int32], tags: inout [UInt8]) {
        var slot = ByteHash.slot(hash, in: slots.count)
        while slots[slot] != 0 { slot = slot + 1 == slots.count ? 0 : slot + 1 }
        slots[slot] = Int32(number + 1)
        tags[slot] = UInt8(truncatingIfNeeded: hash >> 56)
    }
}
