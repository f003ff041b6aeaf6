import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

// Tolerance throughout: relative 1e−9 unless a test says otherwise. Each scipy
// value below was also checked against mpmath 1.3.0 at 60 digits (agreement
// better than 1e−12) so that the tolerance measures this code, not scipy.
struct IncompleteBetaTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let x: Double
        let a: Double
        let b: Double
        let expected: Double
        var testDescription: String { "I_\(x)(\(a), \(b))" }
    }

    @Test(arguments: [
        // scipy 1.17.1: special.betainc(2, 3, 0.3)
        Case(x: 0.3, a: 2, b: 3, expected: 0.34829999999999994),
        // scipy 1.17.1: special.betainc(0.5, 0.5, 0.5)
        Case(x: 0.5, a: 0.5, b: 0.5, expected: 0.5000000000000001),
        // scipy 1.17.1: special.betainc(10, 2, 0.9)
        Case(x: 0.9, a: 10, b: 2, expected: 0.6973568802000002),
        // scipy 1.17.1: special.betainc(1, 1000, 0.001)
        Case(x: 0.001, a: 1, b: 1000, expected: 0.6323045752290359),
        // scipy 1.17.1: special.betainc(50, 150, 0.2)
        Case(x: 0.2, a: 50, b: 150, expected: 0.04563919300279583),
        // scipy 1.17.1: special.betainc(1e7, 1, 0.9999999)
        Case(x: 0.9999999, a: 10_000_000, b: 1, expected: 0.367879422971105),
    ])
    func regularizedMatchesScipy(_ c: Case) {
        #expect(relativeError(IncompleteBeta.regularized(x: c.x, a: c.a, b: c.b), c.expected) <= 1e-9)
    }

    @Test(arguments: [
        // scipy 1.17.1: special.betainc(0.5, 3, 1e-300)
        Case(x: 1e-300, a: 0.5, b: 3, expected: 1.875e-150),
        // scipy 1.17.1: special.betainc(2, 0.5, 0.999999999999999)
        Case(x: 0.999999999999999, a: 2, b: 0.5, expected: 0.9999999525847955),
    ])
    func regularizedMatchesScipyAtExtremeX(_ c: Case) {
        #expect(relativeError(IncompleteBeta.regularized(x: c.x, a: c.a, b: c.b), c.expected) <= 1e-9)
    }

    // 1 200 000 births, 630 000 boys: the Clopper–Pearson shapes (x, n−x+1), (x+1, n−x).
    @Test(arguments: [
        // scipy 1.17.1: special.betainc(630000, 570001, 0.525)
        Case(x: 0.525, a: 630_000, b: 570_001, expected: 0.5003707161274114),
        // scipy 1.17.1: special.betainc(630000, 570001, 0.5245)
        Case(x: 0.5245, a: 630_000, b: 570_001, expected: 0.13657185803998662),
        // scipy 1.17.1: special.betainc(630001, 570000, 0.5262)
        Case(x: 0.5262, a: 630_001, b: 570_000, expected: 0.9957517759818973),
        // scipy 1.17.1: special.betainc(630000, 570001, 0.52)
        Case(x: 0.52, a: 630_000, b: 570_001, expected: 2.8508964275715536e-28),
        // scipy 1.17.1: special.betainc(5e6, 5e6, 0.499)
        Case(x: 0.499, a: 5_000_000, b: 5_000_000, expected: 1.2697635901151687e-10),
    ])
    func regularizedMatchesScipyForMillionsOfBirths(_ c: Case) {
        #expect(relativeError(IncompleteBeta.regularized(x: c.x, a: c.a, b: c.b), c.expected) <= 1e-9)
    }

    @Test func regularizedKeepsDigitsWhereScipyLosesThem() {
        // mpmath 1.3.0, 60 digits: betainc(2, 8775774, 0, mpf(3e-7), regularized=True)
        // = 0.73887278002778047057…; scipy 1.17.1 gives 0.7388727799203404 (off by 1.5e−10).
        let value = IncompleteBeta.regularized(x: 3e-7, a: 2, b: 8_775_774)
        #expect(relativeError(value, 0.7388727800277805) <= 1e-13)
    }

    @Test func regularizedIsZeroAtZeroAndOneAtOne() {
        #expect(IncompleteBeta.regularized(x: 0, a: 3, b: 4) == 0)
        #expect(IncompleteBeta.regularized(x: 1, a: 3, b: 4) == 1)
        #expect(IncompleteBeta.regularized(x: -0.5, a: 3, b: 4) == 0)
        #expect(IncompleteBeta.regularized(x: 2, a: 3, b: 4) == 1)
    }

    @Test func regularizedOfUniformIsX() {
        // By hand: Beta(1, 1) is uniform on [0, 1], so I_x(1, 1) = x.
        for x in [0.001, 0.25, 0.5, 0.8, 0.999] {
            #expect(relativeError(IncompleteBeta.regularized(x: x, a: 1, b: 1), x) <= 1e-15)
        }
    }

    @Test func regularizedReflectsToOneMinusTheMirror() {
        // I_x(a, b) + I_{1−x}(b, a) = 1, here with 1 − x exact.
        for (x, a, b) in [(0.25, 3.0, 9.0), (0.375, 630_000.0, 570_001.0), (0.5, 0.5, 7.0)] {
            let sum = IncompleteBeta.regularized(x: x, a: a, b: b)
                + IncompleteBeta.regularized(x: 1 - x, a: b, b: a)
            #expect(abs(sum - 1) <= 1e-14)
        }
    }

    @Test func regularizedRejectsShapesThatAreNotPositive() {
        #expect(IncompleteBeta.regularized(x: 0.5, a: 0, b: 1).isNaN)
        #expect(IncompleteBeta.regularized(x: 0.5, a: 1, b: -2).isNaN)
        #expect(IncompleteBeta.regularized(x: 0.5, a: .infinity, b: 1).isNaN)
        #expect(IncompleteBeta.regularized(x: .nan, a: 1, b: 1).isNaN)
    }

    struct InverseCase: Sendable, CustomTestStringConvertible {
        let p: Double
        let a: Double
        let b: Double
        let expected: Double
        var testDescription: String { "I⁻¹(\(p); \(a), \(b))" }
    }

    @Test(arguments: [
        // scipy 1.17.1: special.betaincinv(57, 44, 0.025)
        InverseCase(p: 0.025, a: 57, b: 44, expected: 0.46713373832484634),
        // scipy 1.17.1: special.betaincinv(58, 43, 0.975)
        InverseCase(p: 0.975, a: 58, b: 43, expected: 0.6686089833686168),
        // scipy 1.17.1: special.betaincinv(2, 3, 0.5)
        InverseCase(p: 0.5, a: 2, b: 3, expected: 0.3857275681323895),
        // scipy 1.17.1: special.betaincinv(0.5, 0.5, 0.1)
        InverseCase(p: 0.1, a: 0.5, b: 0.5, expected: 0.024471741852423214),
        // scipy 1.17.1: special.betaincinv(3, 7, 1e-12)
        InverseCase(p: 1e-12, a: 3, b: 7, expected: 2.283433912144988e-05),
        // scipy 1.17.1: special.betaincinv(3, 7, 0.999999)
        InverseCase(p: 0.999999, a: 3, b: 7, expected: 0.9148610857195485),
        // scipy 1.17.1: special.betaincinv(630000, 570001, 0.025)
        InverseCase(p: 0.025, a: 630_000, b: 570_001, expected: 0.5241060457733027),
        // scipy 1.17.1: special.betaincinv(630001, 570000, 0.975)
        InverseCase(p: 0.975, a: 630_001, b: 570_000, expected: 0.5258938335561385),
        // scipy 1.17.1: special.betaincinv(1, 1e6, 0.0005)
        InverseCase(p: 0.0005, a: 1, b: 1_000_000, expected: 5.001250415572354e-10),
        // scipy 1.17.1: special.betaincinv(1e6, 1, 0.9995)
        InverseCase(p: 0.9995, a: 1_000_000, b: 1, expected: 0.999999999499875),
    ])
    func inverseMatchesScipy(_ c: InverseCase) {
        #expect(relativeError(IncompleteBeta.inverse(probability: c.p, a: c.a, b: c.b), c.expected) <= 1e-9)
    }

    // Roots near 1 with a huge a are left out: there one ulp of x moves I by
    // about a·ulp(1), more than the tolerance (the table above covers them).
    @Test(arguments: [(0.5, 0.5), (1, 1), (1, 150), (2, 3), (57, 44), (630_000, 570_001), (1, 1_200_000)])
    func inverseRoundTripsThroughRegularized(a: Double, b: Double) {
        for p in [1e-10, 0.0005, 0.025, 0.25, 0.5, 0.75, 0.975, 0.9995] {
            let x = IncompleteBeta.inverse(probability: p, a: a, b: b)
            let back = IncompleteBeta.regularized(x: x, a: a, b: b)
            // Relative to the smaller tail, which is what the inverse solves on.
            #expect(abs(back - p) <= 1e-9 * min(p, 1 - p), "p = \(p)")
        }
    }

    @Test func inverseOfUniformIsP() {
        // By hand: I_x(1, 1) = x.
        for p in [0.0005, 0.025, 0.5, 0.975] {
            #expect(relativeError(IncompleteBeta.inverse(probability: p, a: 1, b: 1), p) <= 1e-15)
        }
    }

    @Test func inverseOfZeroIsZeroAndOfOneIsOne() {
        #expect(IncompleteBeta.inverse(probability: 0, a: 3, b: 4) == 0)
        #expect(IncompleteBeta.inverse(probability: 1, a: 3, b: 4) == 1)
        #expect(IncompleteBeta.inverse(probability: -1, a: 3, b: 4) == 0)
        #expect(IncompleteBeta.inverse(probability: 2, a: 3, b: 4) == 1)
    }

    @Test func inverseRejectsNaNAndBadShapes() {
        #expect(IncompleteBeta.inverse(probability: .nan, a: 1, b: 1).isNaN)
        #expect(IncompleteBeta.inverse(probability: 0.5, a: 0, b: 1).isNaN)
        #expect(IncompleteBeta.inverse(probability: 0.5, a: 1, b: .nan).isNaN)
    }

    @Test func inverseStaysInTheUnitIntervalWhenTheRootUnderflows() {
        // I_x(0.01, 5) = 1e−100 needs x near 10^−10000, below every Double.
        let x = IncompleteBeta.inverse(probability: 1e-100, a: 0.01, b: 5)
        #expect(x >= 0 && x < 1e-300)
    }

    @Test func inverseIsIncreasingInP() {
        var previous = 0.0
        for p in stride(from: 0.01, through: 0.99, by: 0.01) {
            let x = IncompleteBeta.inverse(probability: p, a: 80, b: 71)
            #expect(x > previous)
            previous = x
        }
    }
}
