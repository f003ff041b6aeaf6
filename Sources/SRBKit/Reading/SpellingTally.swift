/// How often each distinct spelling of a cell was seen, for `srb validate`:
/// the first `listedLimit` distinct spellings are listed with their row counts,
/// later ones only counted together, so memory stays bounded on any input.
/// Each spelling's reading (a sex, a suggestion…) is worked out once.
struct SpellingTally<Key: Hashable & Sendable, Reading: Sendable>: Sendable {
    struct Listed {
        let spelling: String
        let reading: Reading
        var rows: Int
    }

    private var known: [Key: (reading: Reading, listed: Int?)] = [:]
    private(set) var listed: [Listed] = []
    /// Rows whose spelling is not listed.
    private(set) var otherRows = 0

    static var listedLimit: Int { 64 }
    /// Spellings whose reading is remembered; past this, new ones are worked out each time.
    static var rememberedLimit: Int { 4096 }

    /// Counts one row spelled `key`; `spelling` and `read` are called only for a
    /// spelling not seen before.
    mutating func count(_ key: Key, spelling: () -> String, read: () -> Reading) -> Reading {
        if let entry = known[key] {
            if let index = entry.listed { listed[index].rows += 1 } else { otherRows += 1 }
            return entry.reading
        }
        let reading = read()
        var index: Int?
        if listed.count < Self.listedLimit {
            index = listed.count
            listed.append(Listed(spelling: spelling(), reading: reading, rows: 1))
        } else {
            otherRows += 1
        }
        if known.count < Self.rememberedLimit || index != nil { known[key] = (reading, index) }
        return reading
    }

    /// How a remembered spelling reads, and its place in `listed` (nil: counted
    /// in `otherRows`); nil for a spelling not remembered.
    func remembered(_ key: Key) -> (reading: Reading, listed: Int?)? {
        known[key]
    }

    /// True when `absorb(other)` gives exactly what one tally counting this
    /// one's rows and then the other's would: the other listed every spelling it saw.
    func canAbsorb(_ other: SpellingTally) -> Bool { other.otherRows == 0 }

    /// Counts the rows `other` counted as if they came after this tally's, in
    /// its order; only when `canAbsorb(other)`.
    mutating func absorb(_ other: SpellingTally) {
        precondition(canAbsorb(other))
        var keyOfListed = [Key?](repeating: nil, count: other.listed.count)
        for (key, entry) in other.known {
            if let index = entry.listed { keyOfListed[index] = key }
        }
        for (index, item) in other.listed.enumerated() {
            let key = keyOfListed[index]!
            if let entry = known[key] {
                if let listedIndex = entry.listed { listed[listedIndex].rows += item.rows } else { otherRows += item.rows }
            } else if listed.count < Self.listedLimit {
                known[key] = (item.reading, listed.count)
                listed.append(item)
            } else {
                otherRows += item.rows
                if known.count < Self.rememberedLimit { known[key] = (item.reading, nil) }
            }
        }
    }

    /// Counts one more row of a remembered spelling, found by its caller without
    /// hashing a key: `listed` is what `remembered` gave for it.
    mutating func countAgain(listed index: Int?) {
        if let index { listed[index].rows += 1 } else { otherRows += 1 }
    }
}
