import Foundation
import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

struct LinearTrendPredictionIntervalTests {
    struct PredictionCase: Sendable, CustomTestStringConvertible {
        let name: String
        let points: [LinearTrend.Point]
        let x: Double
        let confidence: Double
        let newWeight: Double?
        let center: Double
        let lower: Double
        let upper: Double

        init(
            _ name: String, _ points: [(Double, Double, Double)], at x: Double, confidence: Double,
            newWeight: Double?, center: Double, lower: Double, upper: Double
        ) {
            self.name = name
            self.points = points.map { LinearTrend.Point(x: $0.0, y: $0.1, weight: $0.2) }
            (self.x, self.confidence, self.newWeight) = (x, confidence, newWeight)
            (self.center, self.lower, self.upper) = (center, lower, upper)
        }

        var testDescription: String { name }
    }

    // From scripts/crosscheck/prediction_cases.py; w0 is the mean weight when
    // nil. statsmodels fits on raw years near 2020, so its last digits carry
    // a cancellation this code centres away: where it is off by more than
    // 1e−12 from the same model at 50 digits, the value is mpmath's.
    // statsmodels 0.15.0: WLS(y, add_constant(x), weights=w).fit().get_prediction([[1, x0]], weights=w0).summary_frame(alpha)
    static let cases: [PredictionCase] = [
        PredictionCase("a ward's SRB by year, births as weights, to 2030", [(2019, 112.4, 310), (2020, 109.8, 295), (2021, 114.1, 322), (2022, 111.0, 301), (2023, 108.7, 288), (2024, 110.2, 305)],
                       at: 2030, confidence: 0.95, newWeight: nil,
                       center: 106.83799648089915, lower: 94.51128469298325, upper: 119.16470826881505),
        PredictionCase("the same, unweighted", [(2019, 112.4, 1), (2020, 109.8, 1), (2021, 114.1, 1), (2022, 111.0, 1), (2023, 108.7, 1), (2024, 110.2, 1)],
                       at: 2030, confidence: 0.95, newWeight: nil,
                       center: 106.80761904762423, lower: 94.5980579268445, upper: 119.01718016840395),
        // mpmath 1.3.0, 50 digits, where statsmodels gives lower -29.19103918977663, upper 192.53477881109396
        PredictionCase("three points, one degree of freedom", [(2022, 118.0, 40), (2023, 111.5, 52), (2024, 109.0, 47)],
                       at: 2030, confidence: 0.95, newWeight: nil,
                       center: 81.67186981065866, lower: -29.191039189175484, upper: 192.53477881056372),
        PredictionCase("a district, 90%, inside the years", [(2016, 115.2, 3050), (2017, 114.0, 3120), (2018, 113.1, 2980), (2019, 112.7, 3010), (2020, 111.9, 2890), (2021, 111.2, 2760), (2022, 110.4, 2800), (2023, 110.1, 2710), (2024, 109.3, 2650)],
                       at: 2021.5, confidence: 0.9, newWeight: nil,
                       center: 110.92969796553284, lower: 110.45818186367278, upper: 111.4012140673929),
        PredictionCase("a new year of given weight", [(2019, 112.4, 310), (2020, 109.8, 295), (2021, 114.1, 322), (2022, 111.0, 301), (2023, 108.7, 288), (2024, 110.2, 305)],
                       at: 2030, confidence: 0.95, newWeight: 150.0,
                       center: 106.83799648089915, lower: 93.37653170368385, upper: 120.29946125811445),
        // mpmath 1.3.0, 50 digits, where statsmodels gives lower 91.95717135747846, upper 118.65530760944826
        PredictionCase("a point of weight 0 is left out", [(2019, 112.4, 310), (2020, 180.0, 0), (2021, 114.1, 322), (2022, 111.0, 301), (2023, 108.7, 288), (2024, 110.2, 305)],
                       at: 2030, confidence: 0.95, newWeight: nil,
                       center: 105.30623948346336, lower: 91.95717135760788, upper: 118.65530760930584),
    ]

    // Tolerance: relative 1e−12.
    @Test(arguments: cases)
    func intervalMatchesStatsmodels(_ c: PredictionCase) throws {
        let interval = try #require(LinearTrend.PredictionInterval(
            fitting: c.points, at: c.x, confidence: c.confidence, newWeight: c.newWeight))
        #expect(relativeError(interval.center, c.center) <= 1e-12)
        #expect(relativeError(interval.lower, c.lower) <= 1e-12)
        #expect(relativeError(interval.upper, c.upper) <= 1e-12)
    }

    @Test func threeUnweightedPointsWorkedByHand() throws {
        // By hand: (0, 0), (1, 1), (2, 3): x̄ = 1, ȳ = 4/3, Sxx = 2, slope 3/2;
        // residuals 1/6, −1/3, 1/6, s² = (1/6)/1. At x₀ = 3: ŷ₀ = 13/3 and
        // s²·(1 + 1/3 + 2²/2) = 5/9; t(1, 0.975) = tan(0.475π) (Cauchy).
        let points = [(0.0, 0.0), (1, 1), (2, 3)].map { LinearTrend.Point(x: $0.0, y: $0.1) }
        let interval = try #require(LinearTrend.PredictionInterval(fitting: points, at: 3, confidence: 0.95))
        let halfWidth = tan(0.475 * Double.pi) * (5.0 / 9).squareRoot()
        #expect(relativeError(interval.center, 13.0 / 3) <= 1e-15)
        #expect(relativeError(interval.lower, 13.0 / 3 - halfWidth) <= 1e-14)
        #expect(relativeError(interval.upper, 13.0 / 3 + halfWidth) <= 1e-14)
    }

    @Test func fewerThanThreePointsGiveNoInterval() {
        let two = [LinearTrend.Point(x: 2023, y: 110, weight: 300), LinearTrend.Point(x: 2024, y: 112, weight: 280)]
        #expect(LinearTrend.PredictionInterval(fitting: two, at: 2030, confidence: 0.95) == nil)
        let withZeroWeight = two + [LinearTrend.Point(x: 2022, y: 111, weight: 0)]
        #expect(LinearTrend.PredictionInterval(fitting: withZeroWeight, at: 2030, confidence: 0.95) == nil)
    }

    @Test func equalXOrNonPositiveNewWeightGiveNoInterval() {
        let sameYear = [(110.0, 300.0), (112, 280), (111, 290)].map { LinearTrend.Point(x: 2024, y: $0.0, weight: $0.1) }
        #expect(LinearTrend.PredictionInterval(fitting: sameYear, at: 2030, confidence: 0.95) == nil)
        let years = Self.cases[0].points
        #expect(LinearTrend.PredictionInterval(fitting: years, at: 2030, confidence: 0.95, newWeight: 0) == nil)
    }

    @Test func centerIsTheFittedLinesValue() throws {
        let c = Self.cases[0]
        let interval = try #require(LinearTrend.PredictionInterval(fitting: c.points, at: c.x, confidence: 0.95))
        let line = try #require(LinearTrend(fitting: c.points))
        #expect(interval.center == line.value(at: c.x))
    }
}
