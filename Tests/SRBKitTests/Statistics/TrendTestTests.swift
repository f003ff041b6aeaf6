import Foundation
import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

struct TrendTestTests {
    struct TrendCase: Sendable, CustomTestStringConvertible {
        let name: String
        let years: [TrendTest.Year]
        let chiSquared: Double?
        let pValue: Double?
        let direction: TrendDirection

        init(_ name: String, _ years: [(Int, Int, Int)], chiSquared: Double?, pValue: Double?, direction: TrendDirection) {
            self.name = name
            self.years = years.map { TrendTest.Year(year: $0.0, boys: $0.1, births: $0.2) }
            self.chiSquared = chiSquared
            self.pValue = pValue
            self.direction = direction
        }

        var testDescription: String { name }
    }

    // Each case: (year, boys, births). χ² by SPEC's formula in exact
    // fractions, confirmed as N·r² (Pearson's r of sex on the score over the
    // individual births, numpy) and by statsmodels' linear-by-linear test;
    // p-value scipy's chi2.sf; direction from numpy.polyfit logit slopes.
    // scipy 1.17.1, statsmodels 0.15.0, numpy 2.4.6: see scripts/crosscheck/trend_cases.py
    static let cases: [TrendCase] = [
        // rising by 2 points a year: logit slope 0.0802752, leave-one-out 0.0804, 0.0803, 0.0803, 0.0803, 0.0801
        TrendCase("rising by 2 points a year", [(2019, 480, 1000), (2020, 500, 1000), (2021, 520, 1000), (2022, 540, 1000), (2023, 560, 1000)],
                  chiSquared: 16.025641025641026, pValue: 6.249041395554193e-05, direction: .increasing),
        // falling by 2 points a year: logit slope -0.0802752, leave-one-out -0.0801, -0.0803, -0.0803, -0.0803, -0.0804
        TrendCase("falling by 2 points a year", [(2019, 560, 1000), (2020, 540, 1000), (2021, 520, 1000), (2022, 500, 1000), (2023, 480, 1000)],
                  chiSquared: 16.025641025641026, pValue: 6.249041395554193e-05, direction: .decreasing),
        // a small ward's slow rise: logit slope 0.0806666, leave-one-out 0.0809, 0.0806, 0.0807, 0.0807, 0.0804
        TrendCase("a small ward's slow rise", [(2020, 50, 100), (2021, 52, 100), (2022, 54, 100), (2023, 56, 100), (2024, 58, 100)],
                  chiSquared: 1.6103059581320451, pValue: 0.20444879915448969, direction: .noSignificantChange),
        // one outlying last year: logit slope 0.080693, leave-one-out 0.12, 0.0816, 0.0807, 0.103, -3.2e-09
        TrendCase("one outlying last year", [(2020, 500, 1000), (2021, 502, 1000), (2022, 499, 1000), (2023, 501, 1000), (2024, 600, 1000)],
                  chiSquared: 15.86681253081129, pValue: 6.796007160221059e-05, direction: .noSignificantChange),
        // a district's rise, SRB 108 to 116: logit slope 0.0181011, leave-one-out 0.0195, 0.0184, 0.0181, 0.0181, 0.0161
        TrendCase("a district's rise, SRB 108 to 116", [(2020, 1557, 3000), (2021, 1570, 3000), (2022, 1586, 3020), (2023, 1590, 2990), (2024, 1612, 3000)],
                  chiSquared: 2.4479633451537737, pValue: 0.11767746480421895, direction: .noSignificantChange),
        // a ward's year-to-year noise: logit slope 0.00673928, leave-one-out 0.0181, -0.00216, 0.00674, 0.0167, -0.00655
        TrendCase("a ward's year-to-year noise", [(2020, 160, 300), (2021, 149, 290), (2022, 171, 310), (2023, 152, 295), (2024, 165, 305)],
                  chiSquared: 0.033812870764898584, pValue: 0.8541054268570165, direction: .noSignificantChange),
        // a year without births is skipped: logit slope 0.0826097, leave-one-out 0.0815, 0.0844, 0.0833, 0.0813, 0.0818
        TrendCase("a year without births is skipped", [(2018, 100, 210), (2019, 300, 600), (2020, 320, 610), (2021, 0, 0), (2022, 345, 620), (2023, 360, 615), (2024, 380, 630)],
                  chiSquared: 17.71303140482772, pValue: 2.568609112473312e-05, direction: .increasing),
        // only the last five of eight years: logit slope 0.0534889, leave-one-out 0.0576, 0.0499, 0.0535, 0.0534, 0.0558
        TrendCase("only the last five of eight years", [(2017, 700, 1000), (2018, 100, 1000), (2019, 505, 1000), (2020, 510, 1000), (2021, 515, 1000), (2022, 540, 1000), (2023, 548, 1000), (2024, 560, 1000)],
                  chiSquared: 7.109645532985073, pValue: 0.007667026893855384, direction: .noSignificantChange),
        TrendCase("four years with births", [(2020, 50, 100), (2021, 52, 100), (2022, 0, 0), (2023, 56, 100), (2024, 58, 100)],
                  chiSquared: nil, pValue: nil, direction: .cannotCalculate),
        TrendCase("all girls", [(2020, 0, 3), (2021, 0, 1), (2022, 0, 2), (2023, 0, 4), (2024, 0, 2)],
                  chiSquared: nil, pValue: nil, direction: .noSignificantChange),
        TrendCase("all boys", [(2020, 2, 2), (2021, 1, 1), (2022, 3, 3), (2023, 1, 1), (2024, 2, 2)],
                  chiSquared: nil, pValue: nil, direction: .noSignificantChange),
        // years with no boys and all boys: logit slope 1.33186, leave-one-out 1.37, 1.32, 1.33, 1.33, 1.32
        TrendCase("years with no boys and all boys", [(2020, 0, 6), (2021, 1, 5), (2022, 3, 6), (2023, 4, 5), (2024, 7, 7)],
                  chiSquared: 16.501303286085896, pValue: 4.86166448062453e-05, direction: .increasing),
        // between SPEC's 9.5495 and chi2.ppf(0.998, 1): logit slope 0.0440496, leave-one-out 0.0443, 0.044, 0.044, 0.0441, 0.0438
        TrendCase("between SPEC's 9.5495 and chi2.ppf(0.998, 1)", [(2020, 1117, 2156), (2021, 1155, 2184), (2022, 1111, 2058), (2023, 1059, 1923), (2024, 1013, 1803)],
                  chiSquared: 9.549514654998013, pValue: 0.002000022937211598, direction: .increasing),
        // just below SPEC's 9.5495: logit slope 0.0441792, leave-one-out 0.0441, 0.0442, 0.0442, 0.0442, 0.0442
        TrendCase("just below SPEC's 9.5495", [(2020, 916, 1800), (2021, 1013, 1948), (2022, 1026, 1932), (2023, 1151, 2124), (2024, 1170, 2116)],
                  chiSquared: 9.549385709855587, pValue: 0.002000163441347592, direction: .noSignificantChange),
        // no change at all: logit slope -2.2205e-18, leave-one-out 4.1e-18, 4.7e-18, -8.7e-19, -3.37e-19, -3.02e-18
        TrendCase("no change at all", [(2020, 51, 100), (2021, 102, 200), (2022, 51, 100), (2023, 153, 300), (2024, 51, 100)],
                  chiSquared: 0.0, pValue: 1.0, direction: .noSignificantChange),
    ]

    // Tolerance: relative 1e−13.
    @Test(arguments: cases)
    func resultMatchesTheIndependentComputation(_ c: TrendCase) {
        let result = TrendTest.armitage(c.years)
        #expect(result.direction == c.direction)
        #expect((result.chiSquared == nil) == (c.chiSquared == nil))
        #expect((result.pValue == nil) == (c.pValue == nil))
        if let value = result.chiSquared, let expected = c.chiSquared {
            #expect(relativeError(value, expected) <= 1e-13)
        }
        if let value = result.pValue, let expected = c.pValue {
            #expect(relativeError(value, expected) <= 1e-13)
        }
    }

    @Test func risingByTwoPointsAYearGivesSixHundredTwentyFiveThirtyNinths() {
        // By hand: nᵢ = 1000, rᵢ = 480, 500, …, 560; with u = t − 3:
        // Σrᵢuᵢ = −960 − 500 + 0 + 540 + 1120 = 200, Σnᵢuᵢ = 0, Σnᵢuᵢ² = 10 000,
        // N = 5000, R = 2600: χ² = 5000·(5000·200)² / (2600·2400·5000·10 000) = 625/39.
        let years = zip(2019...2023, [480, 500, 520, 540, 560]).map {
            TrendTest.Year(year: $0, boys: $1, births: 1000)
        }
        let result = TrendTest.armitage(years)
        #expect(relativeError(result.chiSquared ?? .nan, 625.0 / 39) <= 1e-15)
        #expect(result.direction == .increasing)
    }

    @Test func smallWardsSlowRiseGivesOneThousandOverSixHundredTwentyOne() {
        // By hand: nᵢ = 100, rᵢ = 50, 52, …, 58: Σrᵢuᵢ = 20, Σnᵢuᵢ² = 1000,
        // N = 500, R = 270: χ² = 500·(500·20)² / (270·230·500·1000) = 1000/621,
        // below 9.5495: no significant change.
        let years = zip(2020...2024, [50, 52, 54, 56, 58]).map {
            TrendTest.Year(year: $0, boys: $1, births: 100)
        }
        let result = TrendTest.armitage(years)
        #expect(relativeError(result.chiSquared ?? .nan, 1000.0 / 621) <= 1e-15)
        #expect(result.direction == .noSignificantChange)
    }

    @Test func pValueIsTheUpperTailOfOneDegree() {
        // By hand: P(χ²₁ > x) = erfc(√(x/2)); at x = 1000/621 the square root's
        // rounding costs erfc about x ulps, so the C library's erfc is a fair check.
        let years = zip(2020...2024, [50, 52, 54, 56, 58]).map {
            TrendTest.Year(year: $0, boys: $1, births: 100)
        }
        let result = TrendTest.armitage(years)
        let chiSquared = result.chiSquared ?? .nan
        #expect(relativeError(result.pValue ?? .nan, erfc((chiSquared / 2).squareRoot())) <= 1e-14)
    }

    @Test func yearsInAnyOrderGiveTheSameResult() {
        let years = Self.cases[0].years
        #expect(TrendTest.armitage(years.reversed()) == TrendTest.armitage(years))
        #expect(TrendTest.armitage([years[3], years[0], years[4], years[1], years[2]]) == TrendTest.armitage(years))
    }

    @Test func fewerThanFiveYearsCannotBeCalculated() {
        let years = (2021...2024).map { TrendTest.Year(year: $0, boys: 520, births: 1000) }
        #expect(TrendTest.armitage(years) == TrendTest.Result(chiSquared: nil, pValue: nil, direction: .cannotCalculate))
        #expect(TrendTest.armitage([]).direction == .cannotCalculate)
    }

    @Test func directionsAreSpelledAsSpecWritesThem() {
        #expect(TrendDirection.allCases.map(\.rawValue)
            == ["increasing", "decreasing", "no_significant_change", "cannot_calculate"])
    }
}
