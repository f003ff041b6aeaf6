/// A confidence interval for the mean of a Poisson count, 0 ≤ lower ≤ upper.
public struct PoissonInterval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

extension PoissonInterval {
    /// The exact (Garwood) interval for an observed count: the means not
    /// rejected by either one-sided Poisson test at level α/2, α = 1 − confidence.
    ///
    /// lower = χ²⁻¹(α/2; 2O)/2, 0 when O = 0; upper = χ²⁻¹(1 − α/2; 2O + 2)/2
    /// (Garwood, Biometrika 28 (1936) 437–442), as SPEC's Dobson interval
    /// writes them with scipy's `chi2.ppf`. The upper one is solved from the
    /// upper tail α/2 itself. Requires count ≥ 0 and 0 < confidence < 1.
    /// Cost: two chi-squared quantiles, each a few incomplete gammas.
    public static func exact(count: Int, confidence: Double) -> PoissonInterval {
        precondition(count >= 0, "count must not be negative")
        precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
        let alpha = 1 - confidence
        let observed = Double(count)
        let lower = count == 0
            ? 0 : ChiSquaredDistribution.quantile(alpha / 2, degreesOfFreedom: 2 * observed) / 2
        let upper = ChiSquaredDistribution.upperQuantile(alpha / 2, degreesOfFreedom: 2 * observed + 2) / 2
        return PoissonInterval(lower: lower, upper: upper)
    }
}
