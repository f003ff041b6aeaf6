import Testing
@testable import SRBKit

extension AnalysisTests {
    /// SPEC "The numbers", status of a unit: no_births (N = 0); few_births
    /// (0 < N < --min-births); significant (lower bound > threshold); over (SRB >
    /// threshold but not significant, including G = 0 with B > 0); ok (SRB ≤ threshold).
    ///
    /// Interval values come from scipy 1.17.1: the Clopper–Pearson lower p for B boys
    /// out of N births at 95% is `scipy.stats.beta.ppf(0.025, B, N - B + 1)`, mapped
    /// to the SRB scale by 100·p/(1−p).
    @Suite struct UnitStatusTests {
        private func estimate(boys: Int, girls: Int) -> SexRatioEstimate {
            SexRatioEstimate(boys: boys, girls: girls, confidence: 0.95, method: .exact)
        }

        private func status(boys: Int, girls: Int, threshold: Double = 109, minimumBirths: Int = 0) -> UnitStatus {
            UnitStatus(estimate: estimate(boys: boys, girls: girls), threshold: threshold, minimumBirths: minimumBirths)
        }

        @Test func noBirthsIsNoBirths() {
            #expect(status(boys: 0, girls: 0) == .noBirths)
        }

        @Test func noBirthsComesBeforeFewBirths() {
            #expect(status(boys: 0, girls: 0, minimumBirths: 30) == .noBirths)
        }

        @Test func fewerBirthsThanMinimumIsFewBirths() {
            #expect(status(boys: 20, girls: 9, minimumBirths: 30) == .fewBirths)
        }

        @Test func fewBirthsIsNeverFlaggedEvenWhenSignificant() {
            // 600 boys, 0 girls alone would be significant (lower p = 0.025^(1/600)).
            #expect(status(boys: 600, girls: 0, minimumBirths: 601) == .fewBirths)
            #expect(status(boys: 600, girls: 0, minimumBirths: 601).isFlagged(failingOnOver: true) == false)
        }

        @Test func birthsEqualToMinimumAreJudged() {
            // N = 30 is not < 30; 20 boys per 10 girls is SRB 200.
            #expect(status(boys: 20, girls: 10, minimumBirths: 30) != .fewBirths)
        }

        @Test func srbExactlyAtThresholdIsOk() {
            let at = estimate(boys: 1090, girls: 1000)
            #expect(at.srb == 109)
            #expect(status(boys: 1090, girls: 1000) == .ok)
            #expect(status(boys: 109, girls: 100) == .ok)
        }

        @Test func srbJustAboveThresholdIsOver() {
            // 100·1091/1000 = 109.1 > 109; lower bound ≈ 100.03 (beta.ppf(0.025, 1091, 1001)).
            #expect(status(boys: 1091, girls: 1000) == .over)
        }

        @Test func srbBelowThresholdIsOk() {
            #expect(status(boys: 1000, girls: 1000) == .ok)
        }

        @Test func lowerBoundAtThresholdIsNotSignificant() {
            // 0 boys: the lower bound is exactly 0 (p = 0), as is the SRB; at threshold 0
            // neither is above it.
            let none = estimate(boys: 0, girls: 5)
            #expect(none.ciLow == 0)
            #expect(status(boys: 0, girls: 5, threshold: 0) == .ok)
        }

        @Test func lowerBoundJustAboveThresholdIsSignificant() throws {
            // scipy.stats.beta.ppf(0.025, 440, 351) → p; 100p/(1−p) = 109.00020441941746
            let low = try #require(estimate(boys: 440, girls: 350).ciLow)
            #expect(abs(low - 109.00020441941746) < 1e-6)
            #expect(status(boys: 440, girls: 350) == .significant)
        }

        @Test func lowerBoundJustBelowThresholdIsOver() throws {
            // scipy.stats.beta.ppf(0.025, 1206, 1018) → p; 100p/(1−p) = 108.99993596991405;
            // SRB 100·1206/1017 ≈ 118.58 > 109.
            let low = try #require(estimate(boys: 1206, girls: 1017).ciLow)
            #expect(abs(low - 108.99993596991405) < 1e-6)
            #expect(status(boys: 1206, girls: 1017) == .over)
        }

        @Test func lowerBoundStraddlesThresholdBetweenNeighbouringCounts() {
            // With 1000 girls: 1186 boys give a lower bound 108.93636255986745
            // (beta.ppf(0.025, 1186, 1001)), 1187 boys give 109.03005966463623
            // (beta.ppf(0.025, 1187, 1001)).
            #expect(status(boys: 1186, girls: 1000) == .over)
            #expect(status(boys: 1187, girls: 1000) == .significant)
        }

        @Test func boysWithoutGirlsAreOverWhenLowerBoundIsBelowThreshold() throws {
            // x = n = 5: lower p = 0.025^(1/5) = 0.4781762498950185, SRB scale
            // 100·p/(1−p) = 91.63558573154597 (scipy: beta.ppf(0.025, 5, 1)), below 109.
            let five = estimate(boys: 5, girls: 0)
            #expect(five.srb == nil)
            #expect(five.ciHigh == nil)
            let low = try #require(five.ciLow)
            #expect(abs(low - 91.63558573154597) < 1e-9)
            #expect(status(boys: 5, girls: 0) == .over)
        }

        @Test func boysWithoutGirlsAreSignificantWhenLowerBoundIsAboveThreshold() throws {
            // x = n = 6: lower p = 0.025^(1/6) = 0.5407..., SRB scale 117.74247257241775
            // (scipy: beta.ppf(0.025, 6, 1)), above 109.
            let low = try #require(estimate(boys: 6, girls: 0).ciLow)
            #expect(abs(low - 117.74247257241775) < 1e-9)
            #expect(status(boys: 6, girls: 0) == .significant)
        }

        @Test func boysWithoutGirlsFollowTheThresholdAroundTheirLowerBound() {
            // Lower bound 91.6356 (5 boys, 0 girls): above a threshold of 91.6, below 91.7.
            #expect(status(boys: 5, girls: 0, threshold: 91.6) == .significant)
            #expect(status(boys: 5, girls: 0, threshold: 91.7) == .over)
        }

        @Test func girlsWithoutBoysAreOk() {
            #expect(status(boys: 0, girls: 7) == .ok)
        }

        @Test(arguments: [
            (UnitStatus.significant, false, true),
            (UnitStatus.significant, true, true),
            (UnitStatus.over, false, false),
            (UnitStatus.over, true, true),
            (UnitStatus.ok, false, false),
            (UnitStatus.ok, true, false),
            (UnitStatus.fewBirths, false, false),
            (UnitStatus.fewBirths, true, false),
            (UnitStatus.noBirths, false, false),
            (UnitStatus.noBirths, true, false),
        ])
        func isFlaggedFollowsFailOnRule(status: UnitStatus, failingOnOver: Bool, flagged: Bool) {
            #expect(status.isFlagged(failingOnOver: failingOnOver) == flagged)
        }

        @Test func statusWordsAreSpecWords() {
            #expect(UnitStatus.allCases.map(\.rawValue) == ["no_births", "few_births", "significant", "over", "ok"])
        }
    }
}
