/// One of the id table's partitions: an open-addressing table (linear probing)
/// of 12-byte slots, each a 64-bit key (`IDKey` word, or tag and arena offset)
/// and the 32-bit number of where the id was first seen (0: empty slot).
/// Partitions grow one at a time, so growing never holds two copies of the
/// whole table.
struct IDPartition {
    /// Three words per slot: key low, key high, sighting number.
    private(set) var words: [UInt32] = []
    private(set) var count = 0

    var capacity: Int { words.count / 3 }

    enum Probe {
        case found(UInt32)
        case free(Int)
    }

    /// The slot holding a key that `matches`, or the free slot it would take.
    @inline(__always)
    func probe(hash: UInt64, matches: (UInt64) -> Bool) -> Probe {
        let size = capacity
        guard size > 0 else { return .free(-1) }
        return words.withUnsafeBufferPointer { words in
            var slot = IDPartition.start(hash, in: size)
            while true {
                let sighting = words[slot * 3 + 2]
                if sighting == 0 { return .free(slot) }
                if matches(UInt64(words[slot * 3 + 1]) << 32 | UInt64(words[slot * 3])) { return .found(sighting) }
                slot = slot + 1 == size ? 0 : slot + 1
            }
        }
    }

    /// Starts fetching the first slot `probe` reads for `hash` into the cache.
    @inline(__always)
    func prefetch(hash: UInt64) {
        let size = capacity
        guard size > 0 else { return }
        words.withUnsafeBufferPointer { words in
            if let base = words.baseAddress { Prefetch.read(base + IDPartition.start(hash, in: size) * 3) }
        }
    }

    /// Stores a key in a free slot `probe` gave.
    mutating func store(_ key: UInt64, sighting: UInt32, at slot: Int) {
        words[slot * 3] = UInt32(truncatingIfNeeded: key)
        words[slot * 3 + 1] = UInt32(truncatingIfNeeded: key >> 32)
        words[slot * 3 + 2] = sighting
        count += 1
    }

    /// True when one more key would fill it past 85 %.
    var isFull: Bool { (count + 1) * 20 > capacity * 17 }

    /// Calls `body` with each key and sighting number.
    func forEach(_ body: (UInt64, UInt32) -> Void) {
        for slot in 0..<capacity where words[slot * 3 + 2] != 0 {
            body(UInt64(words[slot * 3 + 1]) << 32 | UInt64(words[slot * 3]), words[slot * 3 + 2])
        }
    }

    /// A copy with `size` slots, every key placed again by `hash`.
    func resized(to size: Int, hash: (UInt64) -> UInt64) -> IDPartition {
        var bigger = IDPartition()
        bigger.words = [UInt32](repeating: 0, count: size * 3)
        forEach { key, sighting in
            var slot = IDPartition.start(hash(key), in: size)
            while bigger.words[slot * 3 + 2] != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
            bigger.store(key, sighting: sighting, at: slot)
        }
        return bigger
    }

    /// The first slot to probe (multiply-shift on hash bits the partition number does not use).
    @inline(__always)
    static func start(_ hash: UInt64, in size: Int) -> Int {
        Int((((hash >> 16) & 0xFFFF_FFFF) &* UInt64(size)) >> 32)  // (`>>` binds tighter than `&*`)
    }
}
