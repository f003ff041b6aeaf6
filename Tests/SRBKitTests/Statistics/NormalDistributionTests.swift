import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

struct NormalDistributionTests {
    // Tolerance: relative 1e-14. AS 241 is accurate to about 1e-16, so a
    // looser bound would not notice a mistyped coefficient's last digits.
    @Test(arguments: [
        (0.975, 1.959963984540054),  // scipy 1.17.1: stats.norm.ppf(0.975)
        (0.025, -1.9599639845400545),  // scipy 1.17.1: stats.norm.ppf(0.025)
        (0.995, 2.5758293035489004),  // scipy 1.17.1: stats.norm.ppf(0.995)
        (0.9995, 3.2905267314919255),  // scipy 1.17.1: stats.norm.ppf(0.9995)
        (0.75, 0.6744897501960817),  // scipy 1.17.1: stats.norm.ppf(0.75)
        (0.05, -1.6448536269514729),  // scipy 1.17.1: stats.norm.ppf(0.05)
        (0.4, -0.2533471031357997),  // scipy 1.17.1: stats.norm.ppf(0.4)
        (0.08, -1.4050715603096329),  // scipy 1.17.1: stats.norm.ppf(0.08)
        (0.999999, 4.753424308817087),  // scipy 1.17.1: stats.norm.ppf(0.999999)
        (1e-10, -6.361340902404056),  // scipy 1.17.1: stats.norm.ppf(1e-10)
        (1e-300, -37.0470962993612),  // scipy 1.17.1: stats.norm.ppf(1e-300)
    ])
    func quantileMatchesScipyInEveryBranch(p: Double, expected: Double) {
        #expect(relativeError(NormalDistribution.quantile(p), expected) <= 1e-14)
    }

    @Test func quantileOfOneHalfIsExactlyZero() {
        #expect(NormalDistribution.quantile(0.5) == 0)
    }

    @Test func quantileIsAntisymmetricWhereOneMinusPIsExact() {
        for p in [0x1p-40, 0x1p-10, 0.0625, 0.25, 0.375] {
            #expect(NormalDistribution.quantile(p) == -NormalDistribution.quantile(1 - p))
        }
    }

    @Test func quantileOfZeroAndOneAreInfinite() {
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
    }

    @Test func quantileOutsideTheUnitIntervalIsNaN() {
        #expect(NormalDistribution.quantile(-0.1).isNaN)
        #expect(NormalDistribution.quantile(1.5).isNaN)
        #expect(NormalDistribution.quantile(.nan).isNaN)
    }
}
