import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double?, _ expected: Double) -> Double {
    guard let value else { return .infinity }
    return expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

// Tolerance: relative 1e−9 unless a test says otherwise. Expected bounds are
// 100·p/(1−p) of scipy 1.17.1's `stats.beta.ppf` (exact) or statsmodels
// 0.15.0's `proportion_confint(…, method="wilson")` bounds p, with α = 1 − C.
struct SexRatioEstimateTests {
    @Test func srbIsExactlyOneHundredTimesBoysOverGirls() {
        let estimate = SexRatioEstimate(boys: 1090, girls: 1000, confidence: 0.95, method: .exact)
        #expect(estimate.srb == 109)
        #expect(estimate.births == 2090)
    }

    @Test func oneHundredFiftyBirthsGiveAWideInterval() {
        // 80 boys, 70 girls: SRB 8000/70.
        let estimate = SexRatioEstimate(boys: 80, girls: 70, confidence: 0.95, method: .exact)
        #expect(relativeError(estimate.srb, 114.28571428571429) <= 1e-15)
        // 100·p/(1−p), p = stats.beta.ppf((1 - 0.95) / 2, 80, 71)
        #expect(relativeError(estimate.ciLow, 81.88249012948089) <= 1e-9)
        // 100·p/(1−p), p = stats.beta.ppf(1 - (1 - 0.95) / 2, 81, 70)
        #expect(relativeError(estimate.ciHigh, 159.82766821729723) <= 1e-9)
    }

    @Test func wilsonBoundsAreMappedToTheSRBScale() {
        // 100·p/(1−p) of proportion_confint(80, 150, alpha=1 - 0.95, method="wilson")
        let estimate = SexRatioEstimate(boys: 80, girls: 70, confidence: 0.95, method: .wilson)
        #expect(relativeError(estimate.ciLow, 83.03703920938273) <= 1e-9)
        #expect(relativeError(estimate.ciHigh, 157.29395718049724) <= 1e-9)
    }

    @Test func millionsOfBirthsGiveANarrowInterval() {
        let estimate = SexRatioEstimate(boys: 630_000, girls: 570_000, confidence: 0.95, method: .exact)
        #expect(relativeError(estimate.srb, 110.52631578947368) <= 1e-15)  // 63000000/570000
        // 100·p/(1−p), p = stats.beta.ppf((1 - 0.95) / 2, 630000, 570001)
        #expect(relativeError(estimate.ciLow, 110.1308476643599) <= 1e-9)
        // 100·p/(1−p), p = stats.beta.ppf(1 - (1 - 0.95) / 2, 630001, 570000)
        #expect(relativeError(estimate.ciHigh, 110.92322158573086) <= 1e-9)
    }

    @Test func mappingMatchesHandComputationOnUniformBounds() {
        // One birth: the exact bounds are α/2 and 1 − α/2 (Beta(1, 1) is
        // uniform); at C = 0.5 that is p = 0.25 and 0.75, which map by hand to
        // 100·0.25/0.75 = 33.3… and 100·0.75/0.25 = 300.
        let girl = SexRatioEstimate(boys: 0, girls: 1, confidence: 0.5, method: .exact)
        #expect(girl.srb == 0)
        #expect(girl.ciLow == 0)
        #expect(relativeError(girl.ciHigh, 300) <= 1e-12)

        let boy = SexRatioEstimate(boys: 1, girls: 0, confidence: 0.5, method: .exact)
        #expect(boy.srb == nil)
        #expect(relativeError(boy.ciLow, 100.0 / 3) <= 1e-12)
        #expect(boy.ciHigh == nil)
    }

    @Test(arguments: IntervalMethod.allCases)
    func noGirlsGiveNoSRBAndNoUpperBound(method: IntervalMethod) {
        let estimate = SexRatioEstimate(boys: 5, girls: 0, confidence: 0.95, method: method)
        #expect(estimate.srb == nil)
        #expect(estimate.ciHigh == nil)
        #expect((estimate.ciLow ?? 0) > 0)
    }

    @Test func noGirlsLowerBoundMatchesScipy() {
        // 100·p/(1−p), p = stats.beta.ppf((1 - 0.95) / 2, 5, 1)
        let estimate = SexRatioEstimate(boys: 5, girls: 0, confidence: 0.95, method: .exact)
        #expect(relativeError(estimate.ciLow, 91.635585731546) <= 1e-9)
    }

    @Test(arguments: IntervalMethod.allCases)
    func noBoysGiveSRBZeroAndLowerBoundZero(method: IntervalMethod) {
        let estimate = SexRatioEstimate(boys: 0, girls: 10, confidence: 0.95, method: method)
        #expect(estimate.srb == 0)
        #expect(estimate.ciLow == 0)
        #expect((estimate.ciHigh ?? 0) > 0)
    }

    @Test func noBoysUpperBoundMatchesScipy() {
        // 100·p/(1−p), p = stats.beta.ppf(1 - (1 - 0.95) / 2, 1, 10)
        let estimate = SexRatioEstimate(boys: 0, girls: 10, confidence: 0.95, method: .exact)
        #expect(relativeError(estimate.ciHigh, 44.61255495919246) <= 1e-9)
    }

    @Test(arguments: IntervalMethod.allCases)
    func noBirthsGiveNoNumbers(method: IntervalMethod) {
        let estimate = SexRatioEstimate(boys: 0, girls: 0, confidence: 0.95, method: method)
        #expect(estimate.births == 0)
        #expect(estimate.srb == nil)
        #expect(estimate.ciLow == nil)
        #expect(estimate.ciHigh == nil)
    }

    @Test func srbSurvivesWhenOneHundredTimesBoysOverflows() {
        let boys = Int.max / 50
        let estimate = SexRatioEstimate(boys: boys, girls: 1, confidence: 0.95, method: .wilson)
        #expect(relativeError(estimate.srb, 100 * Double(boys)) <= 1e-15)
    }

    struct Ward: Sendable, CustomTestStringConvertible {
        let name: String
        let boys: Int
        let girls: Int
        let srb: Double
        let low: Double
        let high: Double
        var testDescription: String { name }
    }

    // The 2024 table of data/README.md ("Expected results for 2024 (verified)"),
    // computed there with scipy's stats.beta.ppf and printed to one decimal:
    // tolerance absolute 0.05.
    @Test(arguments: [
        Ward(name: "Thượng Thanh", boys: 212, girls: 162, srb: 130.9, low: 106.2, high: 161.6),
        Ward(name: "Ngọc Thụy", boys: 220, girls: 171, srb: 128.7, low: 104.9, high: 158.0),
        Ward(name: "Giang Biên", boys: 64, girls: 76, srb: 84.2, low: 59.4, high: 119.0),
        Ward(name: "Đức Giang", boys: 100, girls: 101, srb: 99.0, low: 74.3, high: 131.9),
        Ward(name: "Việt Hưng", boys: 275, girls: 195, srb: 141.0, low: 117.0, high: 170.3),
        Ward(name: "Gia Thụy", boys: 76, girls: 79, srb: 96.2, low: 69.3, high: 133.5),
        Ward(name: "Ngọc Lâm", boys: 92, girls: 101, srb: 91.1, low: 67.9, high: 122.0),
        Ward(name: "Phúc Lợi", boys: 82, girls: 84, srb: 97.6, low: 71.1, high: 133.9),
        Ward(name: "Bồ Đề", boys: 217, girls: 209, srb: 103.8, low: 85.5, high: 126.2),
        Ward(name: "Sài Đồng", boys: 92, girls: 93, srb: 98.9, low: 73.3, high: 133.4),
        Ward(name: "Long Biên", boys: 118, girls: 112, srb: 105.4, low: 80.7, high: 137.7),
        Ward(name: "Thạch Bàn", boys: 122, girls: 103, srb: 118.4, low: 90.4, high: 155.5),
    ])
    func sampleDataWardsMatchThePublishedTable(_ ward: Ward) throws {
        let estimate = SexRatioEstimate(boys: ward.boys, girls: ward.girls, confidence: 0.95, method: .exact)
        #expect(abs(try #require(estimate.srb) - ward.srb) <= 0.05)
        #expect(abs(try #require(estimate.ciLow) - ward.low) <= 0.05)
        #expect(abs(try #require(estimate.ciHigh) - ward.high) <= 0.05)
    }
}
