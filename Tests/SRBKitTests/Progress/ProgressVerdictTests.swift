import Testing
@testable import SRBKit

extension ProgressTests {
    /// `ProgressVerdict` at its boundaries (SPEC "Targets and progress"): compared
    /// exactly, at the threshold is `meets`, at the path `on_path`.
    @Suite struct ProgressVerdictTests {
        private func verdict(_ boys: Int, _ girls: Int, path: Double?, threshold: Double = 109) -> ProgressVerdict {
            ProgressVerdict(estimate: SexRatioEstimate(boys: boys, girls: girls, confidence: 0.95, method: .exact),
                            threshold: threshold, path: path)
        }

        @Test func exactlyAtTheThresholdMeets() {
            // 100·1090/1000 = 109 exactly.
            #expect(verdict(1090, 1000, path: nil) == .meets)
            #expect(verdict(1091, 1000, path: nil) == .offPath)
        }

        @Test func exactlyAtThePathIsOnPath() {
            // 100·1148/1000 = 114.8; the path 115 − 0.2·1 is the same double.
            let path = Targets().path(from: 115, baselineYear: 2021, in: 2022)
            #expect(verdict(1148, 1000, path: path) == .onPath)
            #expect(verdict(1149, 1000, path: path) == .offPath)
        }

        @Test func belowTheThresholdMeetsWhateverThePath() {
            #expect(verdict(100, 100, path: 90) == .meets)
        }

        @Test func withoutAPathAnythingAboveTheThresholdIsOffPath() {
            #expect(verdict(1148, 1000, path: nil) == .offPath)
        }

        @Test func noBirthsAndNoGirls() {
            #expect(verdict(0, 0, path: 120) == .noBirths)
            // Boys but no girls: SRB is unbounded, above any path.
            #expect(verdict(3, 0, path: 1_000_000) == .offPath)
        }

        @Test func wordsAreSpecWords() {
            #expect(ProgressVerdict.allCases.map(\.rawValue) == ["meets", "on_path", "off_path", "no_births"])
        }
    }
}
