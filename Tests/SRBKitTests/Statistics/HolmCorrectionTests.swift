import Testing
import SRBKit

struct HolmCorrectionTests {
    struct HolmCase: Sendable, CustomTestStringConvertible {
        let name: String
        let pValues: [Double]
        let alpha: Double
        let adjusted: [Double]
        let rejected: [Bool]

        init(_ name: String, _ pValues: [Double], alpha: Double, adjusted: [Double], rejected: [Bool]) {
            (self.name, self.pValues, self.alpha) = (name, pValues, alpha)
            (self.adjusted, self.rejected) = (adjusted, rejected)
        }

        var testDescription: String { name }
    }

    // From scripts/crosscheck/holm_cases.py. The same floating-point
    // operations give the same doubles, so the adjusted values must be equal.
    // statsmodels 0.15.0: stats.multitest.multipletests(p, alpha, method='holm')[:2]
    static let cases: [HolmCase] = [
        HolmCase("textbook four", [0.01, 0.04, 0.03, 0.005], alpha: 0.05,
                 adjusted: [0.03, 0.06, 0.06, 0.02],
                 rejected: [true, false, false, true]),
        HolmCase("ties", [0.02, 0.01, 0.02, 0.04, 0.01], alpha: 0.05,
                 adjusted: [0.06, 0.05, 0.06, 0.06, 0.05],
                 rejected: [false, true, false, false, true]),
        HolmCase("adjusted values capped at 1", [0.5, 0.6, 0.9, 0.01], alpha: 0.05,
                 adjusted: [1.0, 1.0, 1.0, 0.04],
                 rejected: [false, false, false, true]),
        HolmCase("a zero and a one", [0.0, 1.0, 0.2], alpha: 0.05,
                 adjusted: [0.0, 1.0, 0.4],
                 rejected: [true, false, false]),
        HolmCase("one p-value", [0.03], alpha: 0.05,
                 adjusted: [0.03],
                 rejected: [true]),
        HolmCase("the step-down stops at the first failure", [0.001, 0.2, 0.011, 0.012, 0.013], alpha: 0.05,
                 adjusted: [0.005, 0.2, 0.044, 0.044, 0.044],
                 rejected: [true, false, true, true, true]),
        HolmCase("alpha 0.01", [0.001, 0.004, 0.0026, 0.3, 0.0024], alpha: 0.01,
                 adjusted: [0.005, 0.0096, 0.0096, 0.3, 0.0096],
                 rejected: [true, true, true, false, true]),
        HolmCase("a boundary in doubles", [0.004545454545454546, 0.5, 0.51, 0.52, 0.53, 0.54, 0.55, 0.56, 0.5700000000000001, 0.58, 0.59], alpha: 0.05,
                 adjusted: [0.05000000000000001, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
                 rejected: [true, false, false, false, false, false, false, false, false, false, false]),
        HolmCase("twelve wards' change p-values", [0.42, 0.0031, 0.87, 0.051, 0.00042, 0.19, 0.66, 0.0094, 0.33, 0.012, 0.98, 0.27], alpha: 0.05,
                 adjusted: [1.0, 0.0341, 1.0, 0.408, 0.00504, 1.0, 1.0, 0.094, 1.0, 0.108, 1.0, 1.0],
                 rejected: [false, true, false, false, true, false, false, false, false, false, false, false]),
    ]

    @Test(arguments: cases)
    func adjustedPValuesEqualStatsmodels(_ c: HolmCase) {
        #expect(HolmCorrection.adjustedPValues(c.pValues) == c.adjusted)
    }

    @Test(arguments: cases)
    func rejectionsEqualStatsmodels(_ c: HolmCase) {
        #expect(HolmCorrection.rejections(c.pValues, alpha: c.alpha) == c.rejected)
    }

    @Test func threePValuesWorkedByHand() {
        // By hand: sorted 0.01, 0.02, 0.04 times 3, 2, 1 is 0.03, 0.04, 0.04;
        // 0.01 ≤ 0.05/3, 0.02 ≤ 0.05/2, 0.04 ≤ 0.05/1: all rejected.
        #expect(HolmCorrection.adjustedPValues([0.04, 0.01, 0.02]) == [0.04, 0.03, 0.04])
        #expect(HolmCorrection.rejections([0.04, 0.01, 0.02], alpha: 0.05) == [true, true, true])
    }

    @Test func noPValuesGiveNothing() {
        #expect(HolmCorrection.adjustedPValues([]).isEmpty)
        #expect(HolmCorrection.rejections([], alpha: 0.05).isEmpty)
    }
}
