/// How often each distinct spelling of a cell was seen, for `srb validate`:
/// the first `listedLimit` distinct spellings are listed with their row counts,
/// later ones only counted together, so memory stays bounded on any input.
/// Each spelling's reading (a sex, a suggestion…) is worked out once.
struct SpellingTally<Key: Hashable, Reading> {
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

    /// Counts one more row of a remembered spelling, found by its caller without
    /// hashing a key: `listed` is what `remembered` gave for it.
    mutating func countAgain(listed index: Int?) {
        if let index { listed[index].rows += 1 } else { otherRows += 1 }
    }
}
