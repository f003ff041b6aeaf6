import Foundation
import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

// Expected values from scripts/crosscheck/distribution_cases.py gamma: scipy,
// checked against mpmath at 60 digits (mpmath's where the two differ by more
// than 1e−13). Tolerance: relative 1e−13 for values above 1e−20, 1e−12 below,
// where the exponent of xᵃe⁻ˣ (up to 700) limits every double computation.
struct IncompleteGammaTests {
    struct GammaCase: Sendable, CustomTestStringConvertible {
        let a: Double
        let x: Double
        let lower: Double
        let upper: Double
        var testDescription: String { "P(\(a), \(x))" }
    }

    static func tolerance(_ expected: Double) -> Double {
        expected > 1e-20 ? 1e-13 : 1e-12
    }

    @Test(arguments: [
        // scipy 1.17.1: special.gammainc(0.5, 1e-300), special.gammaincc(0.5, 1e-300)
        GammaCase(a: 0.5, x: 1e-300, lower: 1.1283791670955176e-150, upper: 1.0),
        // scipy 1.17.1: special.gammainc(0.5, 0.1), special.gammaincc(0.5, 0.1)
        GammaCase(a: 0.5, x: 0.1, lower: 0.34527915398142317, upper: 0.6547208460185768),
        // scipy 1.17.1: special.gammainc(0.5, 1.4), special.gammaincc(0.5, 1.4)
        GammaCase(a: 0.5, x: 1.4, lower: 0.9057356931587894, upper: 0.09426430684121058),
        // scipy 1.17.1: special.gammainc(0.5, 50), special.gammaincc(0.5, 50)
        GammaCase(a: 0.5, x: 50, lower: 1.0, upper: 1.5239706048320995e-23),
        // scipy 1.17.1: special.gammainc(1, 1e-10), special.gammaincc(1, 1e-10)
        GammaCase(a: 1, x: 1e-10, lower: 9.999999999500014e-11, upper: 0.9999999999),
        // scipy 1.17.1: special.gammainc(1, 3), special.gammaincc(1, 3)
        GammaCase(a: 1, x: 3, lower: 0.950212931632136, upper: 0.04978706836786395),
        // scipy 1.17.1: special.gammainc(2.5, 2.4), special.gammaincc(2.5, 2.4)
        GammaCase(a: 2.5, x: 2.4, lower: 0.5592270319133369, upper: 0.4407729680866631),
        // scipy 1.17.1: special.gammainc(2.5, 3.6), special.gammaincc(2.5, 3.6)
        GammaCase(a: 2.5, x: 3.6, lower: 0.7938140802904439, upper: 0.2061859197095561),
        // scipy 1.17.1: special.gammainc(7.5, 20), special.gammaincc(7.5, 20)
        GammaCase(a: 7.5, x: 20, lower: 0.9995465018648978, upper: 0.00045349813510223386),
        // scipy 1.17.1: special.gammainc(8, 1e-12), special.gammaincc(8, 1e-12)
        GammaCase(a: 8, x: 1e-12, lower: 2.480158730156556e-101, upper: 1.0),
        // scipy 1.17.1: special.gammainc(10, 737.4143124556944), special.gammaincc(10, 737.4143124556944)
        GammaCase(a: 10, x: 737.4143124556944, lower: 1.0, upper: 9.999999999999352e-301),
        // scipy 1.17.1: special.gammainc(50, 17.2), special.gammaincc(50, 17.2)
        GammaCase(a: 50, x: 17.2, lower: 1.0001704493897548e-10, upper: 0.999999999899983),
        // scipy 1.17.1: special.gammainc(100, 483.2), special.gammaincc(100, 483.2)
        GammaCase(a: 100, x: 483.2, lower: 1.0, upper: 1.0156605797597585e-100),
        // mpmath 1.3.0, 60 digits (scipy 1.17.1: special.gammainc(300.5, 11.681278825685819) = 9.99999999999832e-301)
        // scipy 1.17.1: special.gammaincc(300.5, 11.681278825685819)
        GammaCase(a: 300.5, x: 11.681278825685819, lower: 9.999999999997005e-301, upper: 1.0),
        // scipy 1.17.1: special.gammainc(1000, 999), special.gammaincc(1000, 999)
        GammaCase(a: 1000, x: 999, lower: 0.491586426067856, upper: 0.508413573932144),
        // scipy 1.17.1: special.gammainc(1000, 1001.5), special.gammaincc(1000, 1001.5)
        GammaCase(a: 1000, x: 1001.5, lower: 0.523105903893083, upper: 0.4768940961069171),
        // scipy 1.17.1: special.gammainc(10000.0, 9800), special.gammaincc(10000.0, 9800)
        GammaCase(a: 10000.0, x: 9800, lower: 0.02220754381396969, upper: 0.9777924561860303),
        // scipy 1.17.1: special.gammainc(31234.5, 29625.7), special.gammaincc(31234.5, 29625.7)
        GammaCase(a: 31234.5, x: 29625.7, lower: 1.000643226045363e-20, upper: 1.0),
        // scipy 1.17.1: special.gammainc(100000.0, 100000.0), special.gammaincc(100000.0, 100000.0)
        GammaCase(a: 100000.0, x: 100000.0, lower: 0.5004205221103651, upper: 0.4995794778896348),
        // mpmath 1.3.0, 60 digits (scipy 1.17.1: special.gammainc(1000000.0, 993651.8087766353) = 1.0000000000001771e-10)
        // scipy 1.17.1: special.gammaincc(1000000.0, 993651.8087766353)
        GammaCase(a: 1000000.0, x: 993651.8087766353, lower: 1.0000003036566567e-10, upper: 0.9999999999),
        // scipy 1.17.1: special.gammainc(1000000.0, 999999.5), special.gammaincc(1000000.0, 999999.5)
        GammaCase(a: 1000000.0, x: 999999.5, lower: 0.49993350959573796, upper: 0.5000664904042621),
        // scipy 1.17.1: special.gammainc(1000000.0, 1000000.0), special.gammaincc(1000000.0, 1000000.0)
        GammaCase(a: 1000000.0, x: 1000000.0, lower: 0.5001329807608725, upper: 0.4998670192391274),
        // scipy 1.17.1: special.gammainc(1000000.0, 1003000), special.gammaincc(1000000.0, 1003000)
        GammaCase(a: 1000000.0, x: 1003000, lower: 0.9986382593537825, upper: 0.0013617406462175913),
    ])
    func lowerAndUpperMatchScipy(_ c: GammaCase) {
        let lower = IncompleteGamma.regularizedLower(a: c.a, x: c.x)
        let upper = IncompleteGamma.regularizedUpper(a: c.a, x: c.x)
        #expect(relativeError(lower, c.lower) <= Self.tolerance(c.lower))
        #expect(relativeError(upper, c.upper) <= Self.tolerance(c.upper))
    }

    @Test func lowerOfExponentialIsOneMinusExpMinusX() {
        // By hand: Gamma(1, 1) is the exponential distribution, P(1, x) = 1 − e⁻ˣ.
        for x in [1e-8, 0.5, 2.0, 30.0] {
            #expect(relativeError(IncompleteGamma.regularizedLower(a: 1, x: x), -expm1(-x)) <= 5e-15)
            #expect(relativeError(IncompleteGamma.regularizedUpper(a: 1, x: x), exp(-x)) <= 5e-15)
        }
    }

    @Test func upperOfOneHalfIsErfcOfRootX() {
        // By hand: Q(½, x) = erfc(√x), compared with the C library's erfc, at
        // squares, so that √x is exact (erfc magnifies its rounding by 2x).
        for x in [0.0625, 1.0, 9.0, 49.0, 289.0] {
            #expect(relativeError(IncompleteGamma.regularizedUpper(a: 0.5, x: x), erfc(x.squareRoot())) <= 5e-15)
        }
    }

    @Test func lowerPlusUpperIsOne() {
        for (a, x) in [(0.5, 1.49), (3.0, 4.01), (1e4, 1e4 + 1), (1e6, 999_000.0)] {
            let sum = IncompleteGamma.regularizedLower(a: a, x: x) + IncompleteGamma.regularizedUpper(a: a, x: x)
            #expect(abs(sum - 1) <= 1e-15)
        }
    }

    @Test func lowerIsZeroAtZeroAndOneAtInfinity() {
        #expect(IncompleteGamma.regularizedLower(a: 2, x: 0) == 0)
        #expect(IncompleteGamma.regularizedLower(a: 2, x: -1) == 0)
        #expect(IncompleteGamma.regularizedLower(a: 2, x: .infinity) == 1)
        #expect(IncompleteGamma.regularizedUpper(a: 2, x: 0) == 1)
        #expect(IncompleteGamma.regularizedUpper(a: 2, x: .infinity) == 0)
    }

    @Test func badShapeOrNaNGivesNaN() {
        #expect(IncompleteGamma.regularizedLower(a: 0, x: 1).isNaN)
        #expect(IncompleteGamma.regularizedUpper(a: -1, x: 1).isNaN)
        #expect(IncompleteGamma.regularizedLower(a: .infinity, x: 1).isNaN)
        #expect(IncompleteGamma.regularizedUpper(a: 1, x: .nan).isNaN)
        #expect(IncompleteGamma.inverseLower(probability: .nan, a: 1).isNaN)
        #expect(IncompleteGamma.inverseUpper(probability: 0.5, a: 0).isNaN)
    }

    /// How many ulps a tail moves when x moves by one: |d ln tail / d ln x|,
    /// by a difference quotient; the round trip can be no better than that.
    static func sensitivity(_ tail: (Double) -> Double, at x: Double) -> Double {
        let step = 1e-7
        return abs(tail(x * (1 + step)) - tail(x)) / (step * tail(x))
    }

    @Test(arguments: [0.5, 1, 2.5, 10, 300.5, 1e4, 1e6])
    func inverseRoundTripsOnTheSmallerTail(a: Double) {
        // Tails from 1e−100: below, at a = ½ the root itself underflows.
        for tail in [1e-100, 1e-10, 0.0005, 0.025, 0.3, 0.5] {
            let lower = { (x: Double) in IncompleteGamma.regularizedLower(a: a, x: x) }
            let upper = { (x: Double) in IncompleteGamma.regularizedUpper(a: a, x: x) }
            let x = IncompleteGamma.inverseLower(probability: tail, a: a)
            let y = IncompleteGamma.inverseUpper(probability: tail, a: a)
            let slackX = 3e-14 + 4 * Self.sensitivity(lower, at: x) * Double.ulpOfOne
            let slackY = 3e-14 + 4 * Self.sensitivity(upper, at: y) * Double.ulpOfOne
            #expect(relativeError(lower(x), tail) <= slackX, "P, tail \(tail)")
            #expect(relativeError(upper(y), tail) <= slackY, "Q, tail \(tail)")
        }
    }

    @Test func inverseOfExponentialIsMinusLogOfTail() {
        // By hand: P(1, x) = p at x = −ln(1 − p), Q(1, x) = q at x = −ln q.
        #expect(relativeError(IncompleteGamma.inverseLower(probability: 0.025, a: 1), -log1p(-0.025)) <= 1e-15)
        #expect(relativeError(IncompleteGamma.inverseUpper(probability: 1e-10, a: 1), -log(1e-10)) <= 1e-15)
    }

    @Test func inverseAtTheEndsIsZeroAndInfinity() {
        #expect(IncompleteGamma.inverseLower(probability: 0, a: 3) == 0)
        #expect(IncompleteGamma.inverseLower(probability: 1, a: 3) == .infinity)
        #expect(IncompleteGamma.inverseUpper(probability: 1, a: 3) == 0)
        #expect(IncompleteGamma.inverseUpper(probability: 0, a: 3) == .infinity)
    }

    @Test func inverseStaysPositiveWhenTheRootUnderflows() {
        // P(0.5, x) = 1e−250 needs x near 1e−500, below every Double.
        let x = IncompleteGamma.inverseLower(probability: 1e-250, a: 0.5)
        #expect(x >= 0 && x < 1e-300)
    }
}
