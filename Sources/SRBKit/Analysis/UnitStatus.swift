/// How a unit stands against the threshold. Raw values are the JSON/CSV words.
public enum UnitStatus: String, Sendable, CaseIterable, Hashable {
    /// No births in the period.
    case noBirths = "no_births"
    /// Fewer births than `--min-births`: shown, never flagged.
    case fewBirths = "few_births"
    /// The interval's lower bound is above the threshold.
    case significant
    /// SRB above the threshold (or boys but no girls), not significantly.
    case over
    /// SRB at or below the threshold.
    case ok

    /// The first status that applies, in SPEC's order. `estimate.srb` is compared
    /// exactly (100·B/G), so 1090 boys and 1000 girls are `ok` at 109.
    public init(estimate: SexRatioEstimate, threshold: Double, minimumBirths: Int) {
        if estimate.births == 0 {
            self = .noBirths
        } else if estimate.births < minimumBirths {
            self = .fewBirths
        } else if let low = estimate.ciLow, low > threshold {
            self = .significant
        } else if let srb = estimate.srb {
            self = srb > threshold ? .over : .ok
        } else {
            self = .over  // girls = 0 and boys > 0: SRB is unbounded
        }
    }

    /// Flagged by `srb check --fail-on significant` (only `significant`) or
    /// `--fail-on over` (`significant` and `over`).
    public func isFlagged(failingOnOver: Bool) -> Bool {
        self == .significant || (failingOnOver && self == .over)
    }
}
