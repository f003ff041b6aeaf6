import Testing
@testable import SRBKit

extension ProgressTests {
    /// `LinearTrend`: least squares worked out by hand (slope = Σw·dx·dy / Σw·dx²,
    /// dx and dy from the (weighted) means; the line passes through the means).
    @Suite struct TrendTests {
        private func points(_ pairs: [(Int, Double)]) -> [LinearTrend.Point] {
            pairs.map { LinearTrend.Point(x: Double($0.0), y: $0.1) }
        }

        @Test func threeYearsByHand() throws {
            // x̄ = 2022, ȳ = 113; dx = −1, 0, 1; dy = −3, −1, 4; Σdx·dy = 7, Σdx² = 2.
            let trend = try #require(LinearTrend(fitting: points([(2021, 110), (2022, 112), (2023, 117)])))
            #expect(trend.slope == 3.5)
            // 113 + 3.5·(2030 − 2022) = 141.
            #expect(trend.value(at: 2030) == 141)
        }

        @Test func fourYearsByHand() throws {
            // x̄ = 2022.5, ȳ = 118; dx = −1.5, −0.5, 0.5, 1.5; dy = 2, 0, 1, −3;
            // Σdx·dy = −3 + 0 + 0.5 − 4.5 = −7, Σdx² = 5: slope −1.4.
            let trend = try #require(LinearTrend(fitting: points([(2021, 120), (2022, 118), (2023, 119), (2024, 115)])))
            #expect(abs(trend.slope - -1.4) < 1e-12)
            // 118 − 1.4·7.5 = 107.5.
            #expect(abs(trend.value(at: 2030) - 107.5) < 1e-9)
        }

        @Test func yearsWithAGapAreFittedOnTheYearsThemselves() throws {
            // 2022 missing. x̄ = 2022, ȳ = 108.75; dx = −2, −1, 1, 2; dy = 3.25, 1.25, −0.75, −3.75;
            // Σdx·dy = −6.5 − 1.25 − 0.75 − 7.5 = −16, Σdx² = 10: slope −1.6
            // (numbering the years 0…3 instead would give −2.3).
            let trend = try #require(LinearTrend(fitting: points([(2020, 112), (2021, 110), (2023, 108), (2024, 105)])))
            #expect(abs(trend.slope - -1.6) < 1e-12)
            // 108.75 − 1.6·8 = 95.95.
            #expect(abs(trend.value(at: 2030) - 95.95) < 1e-9)
        }

        @Test func weightsPullTheLineTowardHeavyYears() throws {
            // y = 100, 150, 100 at x = 0, 1, 2. Unweighted: dy = −50/3, 100/3, −50/3, Σdx·dy = 0.
            let plain = try #require(LinearTrend(fitting: points([(0, 100), (1, 150), (2, 100)])))
            #expect(abs(plain.slope) < 1e-12)
            // Weights 3, 1, 1: x̄ = 0.6, ȳ = 110; dx = −0.6, 0.4, 1.4; dy = −10, 40, −10;
            // Σw·dx·dy = 18 + 16 − 14 = 20, Σw·dx² = 1.08 + 0.16 + 1.96 = 3.2: slope 6.25.
            let weighted = try #require(LinearTrend(fitting: [
                .init(x: 0, y: 100, weight: 3), .init(x: 1, y: 150, weight: 1), .init(x: 2, y: 100, weight: 1),
            ]))
            #expect(abs(weighted.slope - 6.25) < 1e-12)
            // 110 + 6.25·(9 − 0.6) = 162.5.
            #expect(abs(weighted.value(at: 9) - 162.5) < 1e-9)
        }

        @Test func fewerThanTwoPointsHaveNoTrend() {
            #expect(LinearTrend(fitting: []) == nil)
            #expect(LinearTrend(fitting: points([(2024, 110)])) == nil)
        }

        @Test func pointsOfZeroWeightAreLeftOut() {
            #expect(LinearTrend(fitting: [.init(x: 2021, y: 110), .init(x: 2022, y: 120, weight: 0)]) == nil)
        }

        @Test func twoPointsGiveTheLineThroughThem() throws {
            let trend = try #require(LinearTrend(fitting: points([(2021, 115), (2024, 109)])))
            #expect(trend.slope == -2)
            #expect(trend.value(at: 2030) == 97)
        }
    }
}
