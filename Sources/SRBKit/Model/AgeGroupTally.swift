/// Births by unit, year and mother's age group, plus births of unknown age,
/// kept apart from the SRB cell grid so that runs without a mother-age column
/// pay nothing. Higher levels are formed by adding tallies, never rates.
///
/// Stored flat: one slot of eight counters (seven groups, then unknown) per
/// unit and year, so that a birth costs one dictionary lookup.
public struct AgeGroupTally<Unit: Hashable & Sendable>: Sendable, Equatable {
    /// One unit and year.
    public struct Key: Hashable, Sendable {
        public var unit: Unit
        public var year: Int
        public init(unit: Unit, year: Int) {
            self.unit = unit
            self.year = year
        }
    }

    /// Births of one unit and year.
    public struct Counts: Sendable, Equatable {
        /// Births of known age per group (every group present, zero when none).
        public var known: [AgeGroup: Int]
        public var unknown: Int
        /// Births of known age.
        public var knownTotal: Int { known.values.reduce(0, +) }
        /// All births.
        public var total: Int { knownTotal + unknown }
    }

    private var slotOfKey: [Key: Int] = [:]
    private var counters: [Int] = []
    private static var width: Int { AgeGroup.allCases.count + 1 }

    public init() {}

    /// Counts one birth in `unit` and `year`; `age` nil (or negative) means unknown.
    public mutating func add(unit: Unit, year: Int, age: Int?) {
        add(unit: unit, year: year, group: age.flatMap(AgeGroup.init(age:)), count: 1)
    }

    /// Counts `count` births of `group` (nil: unknown age) in `unit` and `year`.
    public mutating func add(unit: Unit, year: Int, group: AgeGroup?, count: Int) {
        let slot = self.slot(Key(unit: unit, year: year))
        counters[slot + (group.map(\.index) ?? AgeGroup.allCases.count)] += count
    }

    private mutating func slot(_ key: Key) -> Int {
        if let known = slotOfKey[key] { return known }
        let slot = counters.count
        slotOfKey[key] = slot
        counters.append(contentsOf: repeatElement(0, count: Self.width))
        return slot
    }

    /// Every unit and year with a birth, in no particular order.
    public var keys: Dictionary<Key, Int>.Keys { slotOfKey.keys }

    /// The births of `key`; zeros when it has none.
    public func counts(_ key: Key) -> Counts {
        guard let slot = slotOfKey[key] else {
            return Counts(known: Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { ($0, 0) }), unknown: 0)
        }
        let known = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { ($0, counters[slot + $0.index]) })
        return Counts(known: known, unknown: counters[slot + AgeGroup.allCases.count])
    }

    /// All births of unknown age, for the stderr summary and JSON.
    public var totalUnknown: Int {
        slotOfKey.values.reduce(0) { $0 + counters[$1 + AgeGroup.allCases.count] }
    }

    /// All births.
    public var total: Int { counters.reduce(0, +) }

    /// Adds `other`'s births, its units mapped by `unitOf`.
    public mutating func absorb<Other>(_ other: AgeGroupTally<Other>, mappingUnits unitOf: (Other) -> Unit) {
        for (key, source) in other.slotOfKey.sorted(by: { $0.value < $1.value }) {
            let target = slot(Key(unit: unitOf(key.unit), year: key.year))
            for offset in 0..<Self.width { counters[target + offset] += other.counters[source + offset] }
        }
    }

    public static func == (lhs: AgeGroupTally, rhs: AgeGroupTally) -> Bool {
        Set(lhs.slotOfKey.keys).union(rhs.slotOfKey.keys).allSatisfy { lhs.counts($0) == rhs.counts($0) }
    }
}

extension AgeGroup {
    /// 0 for `15-19` … 6 for `45-49`.
    var index: Int { (firstAge - 15) / 5 }
}
