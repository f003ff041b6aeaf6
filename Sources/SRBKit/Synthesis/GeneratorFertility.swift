extension GeneratorSettings {
    /// `srb generate --tfr X --population FILE`: the women of every ward, year
    /// and age group, and the TFR the register is made with. A ward's births
    /// in a year are round(Σ_a (X·p_a/5)·W_a) for the fixed age pattern p
    /// (`ageSchedule`), so that its expected TFR is X; each birth's mother is
    /// in group a with probability ∝ p_a·W_a, of an age uniform in the group.
    public struct Fertility: Sendable, Hashable {
        public let tfr: Double
        /// Women per ward (registry order), year (from the first) and age group (`15-19` first).
        public let women: [[[Int]]]

        public init(tfr: Double, women: [[[Int]]]) {
            precondition(tfr.isFinite && tfr >= 0)
            self.tfr = tfr
            self.women = women
        }

        /// The share of the TFR borne in each age group, 15-19 to 45-49 (sums
        /// to 1): a pattern peaking at 25-29, like Viet Nam's in the 2019 census.
        public static let ageSchedule = [0.035, 0.215, 0.33, 0.255, 0.12, 0.038, 0.007]

        /// Births per ward, and the draw that gives a mother's age, in year `index`.
        func year(_ index: Int) -> Year {
            var births: [Int] = [], thresholds: [[UInt64]] = []
            for ward in women.indices {
                let counts = women[ward][index]
                let expected = zip(Self.ageSchedule, counts).map { tfr * $0 / 5 * Double($1) }
                let total = expected.reduce(0, +)
                births.append(Int(total.rounded()))
                var running = 0.0
                thresholds.append(expected.map { value in
                    running += total > 0 ? value / total : 1.0 / Double(expected.count)
                    return UInt64(min(running, 1) * 9_007_199_254_740_992)
                })
            }
            return Year(births: births, thresholds: thresholds)
        }

        /// One year of the register under `--tfr`.
        struct Year {
            let births: [Int]
            /// Per ward, the cumulative share of each group as a 53-bit threshold.
            let thresholds: [[UInt64]]

            /// A mother's age in ward `ward` from 64 random bits: the group from
            /// the top 53 bits, the year within it from the low 16.
            func age(ward: Int, _ bits: UInt64) -> Int {
                let draw = bits >> 11
                let group = thresholds[ward].firstIndex { draw < $0 } ?? AgeGroup.allCases.count - 1
                return 15 + 5 * group + Int(bits & 0xFFFF) % 5
            }
        }
    }
}

extension PopulationTable {
    /// The women of every ward of `registry` in every year, for `--tfr`; the
    /// population's units matched as register units are (names, aliases, codes).
    /// Throws `missingPopulation` naming each ward and year without women.
    public func generatorFertility(tfr: Double, registry: UnitRegistry,
                                   years: ClosedRange<Int>) throws(SRBError) -> GeneratorSettings.Fertility {
        let (byEntry, unmatched) = try matched { registry.entryIndex(forKey: $0) }
        var gaps: [PopulationGap] = []
        let table = registry.entries.indices.map { entry in
            let missing = years.filter { byEntry[entry]?[$0] == nil }
            if !missing.isEmpty {
                gaps.append(PopulationTable.gap(unit: registry.entries[entry].name, years: Array(missing), unmatched: unmatched))
            }
            return years.map { year in AgeGroup.allCases.map { byEntry[entry]?[year]?[$0] ?? 0 } }
        }
        guard gaps.isEmpty else { throw .missingPopulation(file: file, gaps: gaps) }
        return GeneratorSettings.Fertility(tfr: tfr, women: table)
    }
}
