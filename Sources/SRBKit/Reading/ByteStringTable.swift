/// Byte strings seen so far, numbered in order of insertion and found by hashing
/// the field's bytes in place: a lookup allocates nothing. The bytes live end to
/// end in one arena; an open-addressing table (linear probing, grown by half at
/// 3/4 load, like `IdentifierSet`) holds their numbers.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// End offset in `arena` of each string; a string starts where the previous ends.
    private var ends: [Int] = []
    /// Number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { ends.count }

    /// The number of `bytes`, or nil when they were never inserted.
    func find(_ bytes: ArraySlice<UInt8>) -> Int? {
        var slot = ByteHash.slot(ByteHash.of(bytes), in: slots.count)
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            if stores(bytes, at: number) { return number }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        return nil
    }

    /// Adds `bytes`, which must not be there yet, and returns their number.
    mutating func insert(_ bytes: ArraySlice<UInt8>) -> Int {
        let number = ends.count
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        place(number, hash: ByteHash.of(bytes), in: &slots)
        if ends.count * 4 > slots.count * 3 {
            var bigger = [Int32](repeating: 0, count: slots.count + slots.count / 2)
            for stored in 0..<ends.count {
                place(stored, hash: ByteHash.of(arena[start(of: stored)..<ends[stored]]), in: &bigger)
            }
            slots = bigger
        }
        return number
    }

    private func start(of number: Int) -> Int { number == 0 ? 0 : ends[number - 1] }

    private func stores(_ bytes: ArraySlice<UInt8>, at number: Int) -> Bool {
        let start = start(of: number), end = ends[number]
        guard end - start == bytes.count else { return false }
        var position = start
        for byte in bytes {
            if arena[position] != byte { return false }
            position += 1
        }
        return true
    }

    private func place(_ number: Int, hash: UInt64, in table: inout [Int32]) {
        var slot = ByteHash.slot(hash, in: table.count)
        while table[slot] != 0 { slot = slot + 1 == table.count ? 0 : slot + 1 }
        table[slot] = Int32(number + 1)
    }
}
