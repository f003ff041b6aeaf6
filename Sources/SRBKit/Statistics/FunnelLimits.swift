/// Control limits of a funnel plot on the SRB scale: where a unit's SRB falls,
/// by chance alone, with a given probability when its true SRB is the threshold.
///
/// Under the threshold T, boys among n births are Bin(n, p0) with
/// p0 = T/(100 + T). A limit is a binomial quantile k, interpolated within its
/// step (`BinomialDistribution.interpolatedProportion`), mapped by
/// 100·(k/n)/(1 − k/n). Limits are two-sided: 95% uses the 0.025 and 0.975
/// quantiles, 99.8% the 0.001 and 0.999 ones.
struct FunnelLimits {
    let threshold: Double

    /// 1 − p0 = 100/(100 + T), formed without cancellation.
    var failure: Double { 100 / (100 + threshold) }

    /// The SRB of a proportion r of boys; infinity when r reaches 1.
    static func srb(proportion r: Double) -> Double {
        r < 1 ? 100 * r / (1 - r) : .infinity
    }

    /// The step limit: the quantile k itself mapped to the SRB scale (scipy's `binom.ppf`).
    func stepLimit(_ probability: Double, births n: Int) -> Double {
        let k = BinomialDistribution.quantile(probability, trials: n, failure: failure)
        return Self.srb(proportion: Double(k) / Double(n))
    }

    /// The interpolated limit that the plot draws.
    func limit(_ probability: Double, births n: Int) -> Double {
        Self.srb(proportion: BinomialDistribution.interpolatedProportion(probability, trials: n, failure: failure))
    }

    /// The lower and upper tail probabilities of a two-sided coverage: 0.95 → (0.025, 0.975).
    static func tails(_ coverage: Double) -> (lower: Double, upper: Double) {
        ((1 - coverage) / 2, 1 - (1 - coverage) / 2)
    }
}
