/// Age-specific fertility and the total fertility rate per unit and year
/// (`srb fertility`, SPEC "Fertility").
public struct FertilityReport: Sendable, Equatable {
    /// One unit's numbers in one year.
    public struct YearResult: Sendable, Equatable {
        public let year: Int
        public let estimate: FertilityEstimate
        /// False when the population file has no row for this unit and year
        /// (possible only for a ward with no births that year).
        public let hasPopulation: Bool
        public let status: FertilityStatus
    }

    /// One unit (or the total), year by year.
    public struct UnitFertility: Sendable, Equatable {
        public let unit: Unit
        public let years: [YearResult]
    }

    /// The years reported: those with births, within `--period` when given.
    public let years: [Int]
    /// The whole years reported, first to last.
    public let period: Period
    public let level: UnitLevel
    public let confidence: Double
    public let target: Double
    /// Units sorted by name in NFC code-point order; empty for `--by total`.
    public let units: [UnitFertility]
    public let total: UnitFertility
    public let input: InputAccounting
    public let warnings: [ReadWarning]
    public let firstRejections: [Rejection]
    /// Births whose mother's age is unknown, in the years reported.
    public let birthsUnknownAge: Int
    /// The population file.
    public let populationFile: String

    /// The replacement level of SPEC and the district's plan (seed 003).
    public static let defaultTarget = 2.1
}
