/// Age-specific fertility rates and the total fertility rate of one unit and
/// year, with Dobson's interval on exact Poisson limits (SPEC "Fertility").
public struct FertilityEstimate: Sendable, Equatable {
    /// Births to mothers of known age, per age group (every group present).
    public var births: [AgeGroup: Int]
    /// Births whose mother's age is unknown; spread like the known ones.
    public var birthsUnknownAge: Int
    /// Women per age group (every group present).
    public var women: [AgeGroup: Int]
    /// Births per 1000 women a year, per group; nil for a group of zero women.
    public var asfr: [AgeGroup: Double?]
    /// Children per woman; nil with no birth of known age or no population.
    public var tfr: Double?
    public var tfrLow: Double?
    public var tfrHigh: Double?
    /// True when a group has births but zero women: the rate cannot be formed.
    public var lacksPopulation: Bool

    /// All births, known and unknown age.
    public var totalBirths: Int { births.values.reduce(0, +) + birthsUnknownAge }
    /// All women 15–49.
    public var totalWomen: Int { women.values.reduce(0, +) }
}

extension FertilityEstimate {
    /// The estimate from counts per group (missing groups count as zero).
    ///
    /// tfr = 5·Σ B_a/W_a · (all births ÷ births of known age). With O = Σ B_a
    /// and its exact Poisson limits O_low, O_high at `confidence`, weights
    /// w_a = 5/W_a and var = Σ w_a²·B_a, Dobson's limits are
    /// tfr_known + sqrt(var/O)·(O_limit − O), scaled by the same factor
    /// (Dobson et al., Stat. Med. 10 (1991) 457–462). Requires births and
    /// women ≥ 0, birthsUnknownAge ≥ 0, 0 < confidence < 1.
    public init(births: [AgeGroup: Int], birthsUnknownAge: Int, women: [AgeGroup: Int], confidence: Double) {
        var fullBirths: [AgeGroup: Int] = [:]
        var fullWomen: [AgeGroup: Int] = [:]
        var rates: [AgeGroup: Double?] = [:]
        var lacks = false
        var sumRates = 0.0
        var variance = 0.0
        for group in AgeGroup.allCases {
            let b = births[group] ?? 0
            let w = women[group] ?? 0
            precondition(b >= 0 && w >= 0, "counts must not be negative")
            fullBirths[group] = b
            fullWomen[group] = w
            if w == 0 {
                rates[group] = .some(nil)
                if b > 0 { lacks = true }
                continue
            }
            let rate = Double(b) / Double(w)
            rates[group] = 1000 * rate
            sumRates += rate
            let weight = 5 / Double(w)
            variance += weight * weight * Double(b)
        }
        precondition(birthsUnknownAge >= 0, "counts must not be negative")
        self.births = fullBirths
        self.birthsUnknownAge = birthsUnknownAge
        self.women = fullWomen
        self.asfr = rates
        self.lacksPopulation = lacks
        let observed = fullBirths.values.reduce(0, +)
        guard !lacks, observed > 0 else {
            tfr = nil; tfrLow = nil; tfrHigh = nil
            if lacks { asfr = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { ($0, Double?.none) }) }
            return
        }
        let scale = Double(observed + birthsUnknownAge) / Double(observed)
        let known = 5 * sumRates
        let limits = PoissonInterval.exact(count: observed, confidence: confidence)
        let spread = (variance / Double(observed)).squareRoot()
        let o = Double(observed)
        tfr = known * scale
        tfrLow = (known + spread * (limits.lower - o)) * scale
        tfrHigh = (known + spread * (limits.upper - o)) * scale
    }
}
