import Foundation
import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

struct PoissonIntervalTests {
    struct PoissonCase: Sendable, CustomTestStringConvertible {
        let count: Int
        let confidence: Double
        let lower: Double
        let upper: Double
        var testDescription: String { "O = \(count), C = \(confidence)" }
    }

    // From scripts/crosscheck/distribution_cases.py poisson: SPEC's formulas
    // in scipy, with 1 − α/2 rounded as scipy receives it. Tolerance: 1e−13.
    @Test(arguments: [
        // scipy 1.17.1: stats.chi2.ppf(α/2, 0)/2, stats.chi2.ppf(1 − α/2, 2)/2, α = 1 − 0.95
        PoissonCase(count: 0, confidence: 0.95, lower: 0.0, upper: 3.6888794541139354),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 0)/2, stats.chi2.ppf(1 − α/2, 2)/2, α = 1 − 0.999
        PoissonCase(count: 0, confidence: 0.999, lower: 0.0, upper: 7.600902459542192),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2)/2, stats.chi2.ppf(1 − α/2, 4)/2, α = 1 − 0.95
        PoissonCase(count: 1, confidence: 0.95, lower: 0.025317807984289897, upper: 5.571643390938898),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2)/2, stats.chi2.ppf(1 − α/2, 4)/2, α = 1 − 0.999
        PoissonCase(count: 1, confidence: 0.999, lower: 0.0005001250416822987, upper: 9.998677497623925),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 4)/2, stats.chi2.ppf(1 − α/2, 6)/2, α = 1 − 0.95
        PoissonCase(count: 2, confidence: 0.95, lower: 0.24220927854396507, upper: 7.22468766772396),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 4)/2, stats.chi2.ppf(1 − α/2, 6)/2, α = 1 − 0.999
        PoissonCase(count: 2, confidence: 0.999, lower: 0.03196102225595887, upper: 12.051399497491873),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 10)/2, stats.chi2.ppf(1 − α/2, 12)/2, α = 1 − 0.95
        PoissonCase(count: 5, confidence: 0.95, lower: 1.623486390118421, upper: 11.66833207932267),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 10)/2, stats.chi2.ppf(1 − α/2, 12)/2, α = 1 − 0.999
        PoissonCase(count: 5, confidence: 0.999, lower: 0.6324910403321943, upper: 17.410637318237328),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 20)/2, stats.chi2.ppf(1 − α/2, 22)/2, α = 1 − 0.95
        PoissonCase(count: 10, confidence: 0.95, lower: 4.7953886961324335, upper: 18.39035604201778),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 20)/2, stats.chi2.ppf(1 − α/2, 22)/2, α = 1 − 0.999
        PoissonCase(count: 10, confidence: 0.999, lower: 2.6990331060328105, upper: 25.255559379266145),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 80)/2, stats.chi2.ppf(1 − α/2, 82)/2, α = 1 − 0.95
        PoissonCase(count: 40, confidence: 0.95, lower: 28.576586441788965, upper: 54.468646963984064),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 80)/2, stats.chi2.ppf(1 − α/2, 82)/2, α = 1 − 0.999
        PoissonCase(count: 40, confidence: 0.999, lower: 22.39552424762441, upper: 65.38878228219828),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2000)/2, stats.chi2.ppf(1 − α/2, 2002)/2, α = 1 − 0.95
        PoissonCase(count: 1000, confidence: 0.95, lower: 938.9730184076952, upper: 1063.952136016302),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2000)/2, stats.chi2.ppf(1 − α/2, 2002)/2, α = 1 − 0.999
        PoissonCase(count: 1000, confidence: 0.999, lower: 899.2086831191871, upper: 1108.3940211570064),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2000000)/2, stats.chi2.ppf(1 − α/2, 2000002)/2, α = 1 − 0.95
        PoissonCase(count: 1000000, confidence: 0.95, lower: 998040.9833402939, upper: 1001961.9119454322),
        // scipy 1.17.1: stats.chi2.ppf(α/2, 2000000)/2, stats.chi2.ppf(1 − α/2, 2000002)/2, α = 1 − 0.999
        PoissonCase(count: 1000000, confidence: 0.999, lower: 996712.748773537, upper: 1003294.8045814902),
    ])
    func exactLimitsMatchScipysChiSquaredQuantiles(_ c: PoissonCase) {
        let interval = PoissonInterval.exact(count: c.count, confidence: c.confidence)
        #expect(relativeError(interval.lower, c.lower) <= 1e-13)
        #expect(relativeError(interval.upper, c.upper) <= 1e-13)
    }

    @Test func zeroCountHasLowerLimitZeroAndUpperMinusLogHalfAlpha() {
        // By hand: with O = 0, P(X = 0) = e^(−μ) = α/2 at μ = −ln(α/2).
        let interval = PoissonInterval.exact(count: 0, confidence: 0.95)
        #expect(interval.lower == 0)
        #expect(relativeError(interval.upper, -log((1 - 0.95) / 2)) <= 1e-15)
    }

    @Test func limitsBracketTheCount() {
        for count in [1, 3, 17, 250, 40_000] {
            let interval = PoissonInterval.exact(count: count, confidence: 0.95)
            #expect(interval.lower < Double(count) && Double(count) < interval.upper)
        }
    }
}
