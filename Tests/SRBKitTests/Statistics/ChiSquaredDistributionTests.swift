import Foundation
import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

struct ChiSquaredDistributionTests {
    struct QuantileCase: Sendable, CustomTestStringConvertible {
        let p: Double
        let k: Double
        let x: Double
        var testDescription: String { "χ²⁻¹(\(p); \(k))" }
    }

    // The degrees of freedom of exact Poisson limits, 2O and 2O + 2 for
    // O = 0, 1, 5, 40, 1000, 10⁶, and 1 for the trend test; from
    // scripts/crosscheck/distribution_cases.py chi2. Tolerance: relative 1e−13.
    @Test(arguments: [
        // scipy 1.17.1: stats.chi2.ppf(0.025, 1)
        QuantileCase(p: 0.025, k: 1, x: 0.0009820691171752555),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 1)
        QuantileCase(p: 0.975, k: 1, x: 5.023886187314888),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 1)
        QuantileCase(p: 0.0005, k: 1, x: 3.9269913310292265e-07),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 1)
        QuantileCase(p: 0.9995, k: 1, x: 12.11566514639738),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 1)
        QuantileCase(p: 0.001, k: 1, x: 1.5707971492624921e-06),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 1)
        QuantileCase(p: 0.999, k: 1, x: 10.827566170662733),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 1)
        QuantileCase(p: 1e-10, k: 1, x: 1.570796326794896e-20),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 2)
        QuantileCase(p: 0.025, k: 2, x: 0.05063561596857975),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 2)
        QuantileCase(p: 0.975, k: 2, x: 7.377758908227871),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 2)
        QuantileCase(p: 0.0005, k: 2, x: 0.0010002500833645965),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 2)
        QuantileCase(p: 0.9995, k: 2, x: 15.201804919084385),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 2)
        QuantileCase(p: 0.001, k: 2, x: 0.002001000667167068),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 2)
        QuantileCase(p: 0.999, k: 2, x: 13.815510557964274),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 2)
        QuantileCase(p: 1e-10, k: 2, x: 2.0000000000999938e-10),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 4)
        QuantileCase(p: 0.025, k: 4, x: 0.4844185570879299),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 4)
        QuantileCase(p: 0.975, k: 4, x: 11.143286781877796),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 4)
        QuantileCase(p: 0.0005, k: 4, x: 0.06392204451191771),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 4)
        QuantileCase(p: 0.9995, k: 4, x: 19.99735499524785),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 4)
        QuantileCase(p: 0.001, k: 4, x: 0.09080403553897909),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 4)
        QuantileCase(p: 0.999, k: 4, x: 18.46682695290317),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 4)
        QuantileCase(p: 1e-10, k: 4, x: 2.828440458165948e-05),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 10)
        QuantileCase(p: 0.025, k: 10, x: 3.2469727802368413),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 10)
        QuantileCase(p: 0.975, k: 10, x: 20.483177350807388),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 10)
        QuantileCase(p: 0.0005, k: 10, x: 1.2649820806643883),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 10)
        QuantileCase(p: 0.9995, k: 10, x: 31.41981250740049),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 10)
        QuantileCase(p: 0.001, k: 10, x: 1.4787434638356647),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 10)
        QuantileCase(p: 0.999, k: 10, x: 29.58829844507442),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 10)
        QuantileCase(p: 1e-10, k: 10, x: 0.05233106563190542),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 12)
        QuantileCase(p: 0.025, k: 12, x: 4.4037885069817015),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 12)
        QuantileCase(p: 0.975, k: 12, x: 23.33666415864534),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 12)
        QuantileCase(p: 0.0005, k: 12, x: 1.9343767380140229),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 12)
        QuantileCase(p: 0.9995, k: 12, x: 34.821274636474655),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 12)
        QuantileCase(p: 0.001, k: 12, x: 2.2142093205112787),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 12)
        QuantileCase(p: 0.999, k: 12, x: 32.90949040736021),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 12)
        QuantileCase(p: 1e-10, k: 12, x: 0.13020333188683153),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 80)
        QuantileCase(p: 0.025, k: 80, x: 57.15317288357793),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 80)
        QuantileCase(p: 0.975, k: 80, x: 106.62856773166568),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 80)
        QuantileCase(p: 0.0005, k: 80, x: 44.791048495248816),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 80)
        QuantileCase(p: 0.9995, k: 80, x: 128.2613121886882),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 80)
        QuantileCase(p: 0.001, k: 80, x: 46.519875929167526),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 80)
        QuantileCase(p: 0.999, k: 80, x: 124.83922401576478),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 80)
        QuantileCase(p: 1e-10, k: 80, x: 23.62901330368452),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 82)
        QuantileCase(p: 0.025, k: 82, x: 58.84461573691056),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 82)
        QuantileCase(p: 0.975, k: 82, x: 108.93729392796813),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 82)
        QuantileCase(p: 0.0005, k: 82, x: 46.27604744990807),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 82)
        QuantileCase(p: 0.9995, k: 82, x: 130.77756456439656),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 82)
        QuantileCase(p: 0.001, k: 82, x: 48.035691122999694),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 82)
        QuantileCase(p: 0.999, k: 82, x: 127.32439659331791),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 82)
        QuantileCase(p: 1e-10, k: 82, x: 24.661033815860684),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 2000)
        QuantileCase(p: 0.025, k: 2000, x: 1877.9460368153905),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 2000)
        QuantileCase(p: 0.975, k: 2000, x: 2125.8423024497756),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 2000)
        QuantileCase(p: 0.0005, k: 2000, x: 1798.4173662383741),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 2000)
        QuantileCase(p: 0.9995, k: 2000, x: 2214.6840227899593),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 2000)
        QuantileCase(p: 0.001, k: 2000, x: 1810.2415818699533),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 2000)
        QuantileCase(p: 0.999, k: 2000, x: 2201.156196586629),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 2000)
        QuantileCase(p: 1e-10, k: 2000, x: 1623.5975254351215),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 2002)
        QuantileCase(p: 0.025, k: 2002, x: 1879.884067504883),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 2002)
        QuantileCase(p: 0.975, k: 2002, x: 2127.904272032604),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 2002)
        QuantileCase(p: 0.0005, k: 2002, x: 1800.3133487452478),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 2002)
        QuantileCase(p: 0.9995, k: 2002, x: 2216.7880423140127),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 2002)
        QuantileCase(p: 0.001, k: 2002, x: 1812.1438922997775),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 2002)
        QuantileCase(p: 0.999, k: 2002, x: 2203.253887758061),
        // scipy 1.17.1: stats.chi2.ppf(1e-10, 2002)
        QuantileCase(p: 1e-10, k: 2002, x: 1625.3966124563585),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 2000000)
        QuantileCase(p: 0.025, k: 2000000, x: 1996081.9666805877),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 2000000)
        QuantileCase(p: 0.975, k: 2000000, x: 2003921.8219309007),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 2000000)
        QuantileCase(p: 0.0005, k: 2000000, x: 1993425.497547074),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 2000000)
        QuantileCase(p: 0.9995, k: 2000000, x: 2006587.6058724548),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 2000000)
        QuantileCase(p: 0.001, k: 2000000, x: 1993825.2346396304),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 2000000)
        QuantileCase(p: 0.999, k: 2000000, x: 2006186.1647397089),
        // mpmath 1.3.0, 60 digits (scipy 1.17.1: stats.chi2.ppf(1e-10, 2000000) = 1987303.6175532707)
        QuantileCase(p: 1e-10, k: 2000000, x: 1987303.6174603994),
        // scipy 1.17.1: stats.chi2.ppf(0.025, 2000002)
        QuantileCase(p: 0.025, k: 2000002, x: 1996083.964720624),
        // scipy 1.17.1: stats.chi2.ppf(0.975, 2000002)
        QuantileCase(p: 0.975, k: 2000002, x: 2003923.8238908644),
        // scipy 1.17.1: stats.chi2.ppf(0.0005, 2000002)
        QuantileCase(p: 0.0005, k: 2000002, x: 1993427.4942565484),
        // scipy 1.17.1: stats.chi2.ppf(0.9995, 2000002)
        QuantileCase(p: 0.9995, k: 2000002, x: 2006589.6091629805),
        // scipy 1.17.1: stats.chi2.ppf(0.001, 2000002)
        QuantileCase(p: 0.001, k: 2000002, x: 1993827.231549399),
        // scipy 1.17.1: stats.chi2.ppf(0.999, 2000002)
        QuantileCase(p: 0.999, k: 2000002, x: 2006188.1678299403),
        // mpmath 1.3.0, 60 digits (scipy 1.17.1: stats.chi2.ppf(1e-10, 2000002) = 1987305.6111919382)
        QuantileCase(p: 1e-10, k: 2000002, x: 1987305.611099066),
    ])
    func quantileMatchesScipy(_ c: QuantileCase) {
        #expect(relativeError(ChiSquaredDistribution.quantile(c.p, degreesOfFreedom: c.k), c.x) <= 1e-13)
    }

    @Test func upperQuantileSolvesTheExactUpperTail() {
        // scipy 1.17.1: stats.chi2.isf(1e-10, 2) = 46.051701859880914 (= −2 ln 1e−10 by hand)
        #expect(relativeError(ChiSquaredDistribution.upperQuantile(1e-10, degreesOfFreedom: 2), 46.051701859880914) <= 1e-14)
        // scipy 1.17.1: stats.chi2.isf(1e-100, 1) = 453.9430822387989
        #expect(relativeError(ChiSquaredDistribution.upperQuantile(1e-100, degreesOfFreedom: 1), 453.9430822387989) <= 1e-13)
        // scipy 1.17.1: stats.chi2.isf(0.025, 2000002) = 2003923.8238908644
        #expect(relativeError(ChiSquaredDistribution.upperQuantile(0.025, degreesOfFreedom: 2_000_002), 2003923.8238908644) <= 1e-13)
    }

    @Test func criticalValueOfTheTrendTestIsNinePointFiveFourNineFive() {
        // scipy 1.17.1: stats.chi2.ppf(0.998, 1) = 9.549535706083237; SPEC rounds it to 9.5495.
        #expect(relativeError(ChiSquaredDistribution.quantile(0.998, degreesOfFreedom: 1), 9.549535706083237) <= 1e-13)
    }

    @Test(arguments: [
        // scipy 1.17.1: stats.chi2.cdf(x, k), stats.chi2.sf(x, k); each within 3e−14 of mpmath
        (3.84, 1.0, 0.9499564787512949, 0.05004352124870519),
        (100, 1, 1.0, 1.5239706048320995e-23),
        (0.001, 1, 0.02522712063003961, 0.9747728793699604),
        (5.99, 2, 0.9499633729134137, 0.05003662708658629),
        (1000, 3, 1.0, 1.7994208765314067e-216),
        (80, 100, 0.07033506665939494, 0.9296649333406051),
        (2_004_000, 2_000_000, 0.9771959041012303, 0.022804095898769836),
    ] as [(Double, Double, Double, Double)])
    func cdfAndSurvivalMatchScipy(x: Double, k: Double, cdf: Double, survival: Double) {
        #expect(relativeError(ChiSquaredDistribution.cdf(x, degreesOfFreedom: k), cdf) <= 1e-13)
        #expect(relativeError(ChiSquaredDistribution.survival(x, degreesOfFreedom: k), survival) <= 1e-13)
    }

    @Test func survivalOfTwoDegreesIsExpMinusHalfX() {
        // By hand: χ²₂ is exponential with mean 2, P(X > x) = e^(−x/2).
        for x in [0.1, 5.0, 100.0, 1000.0] {
            #expect(relativeError(ChiSquaredDistribution.survival(x, degreesOfFreedom: 2), exp(-x / 2)) <= 5e-15)
        }
    }
}
