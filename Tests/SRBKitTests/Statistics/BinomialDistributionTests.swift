import Testing
@testable import SRBKit

/// Binomial quantiles against scipy 1.17 `scipy.stats.binom.ppf(q, n, p)`, p = 109/209.
@Suite struct BinomialDistributionTests {
    /// 1 − 109/209.
    static let failure = 100.0 / 209.0

    @Test(arguments: [
        // (n, q, k): each k is scipy.stats.binom.ppf(q, n, 109/209)
        (10, 0.025, 2), (10, 0.975, 8), (10, 0.999, 10),      // binom.ppf(0.025, 10, 109/209) = 2.0
        (100, 0.001, 37), (100, 0.025, 42), (100, 0.975, 62), (100, 0.999, 67),
        (426, 0.001, 190), (426, 0.025, 202), (426, 0.975, 242), (426, 0.999, 254),
        (1000, 0.025, 491), (1000, 0.975, 552), (5000, 0.001, 2498), (5000, 0.999, 2717),
    ])
    func quantileMatchesScipy(n: Int, probability: Double, expected: Int) {
        #expect(BinomialDistribution.quantile(probability, trials: n, failure: Self.failure) == expected)
    }

    @Test func cdfIsZeroBelowAndOneFromN() {
        #expect(BinomialDistribution.cdf(-1, trials: 10, failure: 0.5) == 0)
        #expect(BinomialDistribution.cdf(10, trials: 10, failure: 0.5) == 1)
        // P(X ≤ 5), X ~ Bin(10, ½) = 638/1024
        #expect(abs(BinomialDistribution.cdf(5, trials: 10, failure: 0.5) - 638.0 / 1024) < 1e-14)
    }

    @Test func interpolatedProportionLiesWithinItsStep() {
        for n in [50, 426, 3000] {
            let k = BinomialDistribution.quantile(0.975, trials: n, failure: Self.failure)
            let r = BinomialDistribution.interpolatedProportion(0.975, trials: n, failure: Self.failure)
            #expect(r <= Double(k) / Double(n) && r >= Double(k - 1) / Double(n))
        }
    }
}
