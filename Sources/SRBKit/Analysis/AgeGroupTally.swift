/// Births by unit, year and mother's age group, plus births of unknown age,
/// kept apart from the SRB cell grid so that runs without a mother-age column
/// pay nothing. Higher levels are formed by adding tallies, never rates.
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

    /// Births of known age per key and group.
    public private(set) var known: [Key: [AgeGroup: Int]] = [:]
    /// Births of unknown age per key.
    public private(set) var unknown: [Key: Int] = [:]

    public init() {}

    /// Counts one birth in `unit` and `year`; `age` nil means unknown.
    public mutating func add(unit: Unit, year: Int, age: Int?) {
        let key = Key(unit: unit, year: year)
        if let age, let group = AgeGroup(age: age) {
            known[key, default: [:]][group, default: 0] += 1
        } else {
            unknown[key, default: 0] += 1
        }
    }

    /// All births of unknown age, for the stderr summary and JSON.
    public var totalUnknown: Int { unknown.values.reduce(0, +) }

    /// The tally with every unit replaced by `parent(unit)`: births add.
    public func rolledUp<Parent: Hashable & Sendable>(_ parent: (Unit) -> Parent) -> AgeGroupTally<Parent> {
        var result = AgeGroupTally<Parent>()
        for (key, groups) in known {
            let target = AgeGroupTally<Parent>.Key(unit: parent(key.unit), year: key.year)
            for (group, count) in groups { result.known[target, default: [:]][group, default: 0] += count }
        }
        for (key, count) in unknown {
            result.unknown[AgeGroupTally<Parent>.Key(unit: parent(key.unit), year: key.year), default: 0] += count
        }
        return result
    }
}
