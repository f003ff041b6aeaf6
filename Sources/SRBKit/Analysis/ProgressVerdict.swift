/// How one year of a unit stands against the threshold and the path. Raw values
/// are the JSON/CSV words.
public enum ProgressVerdict: String, Sendable, CaseIterable, Hashable {
    /// SRB at or below the threshold.
    case meets
    /// Above the threshold, but at or below the path.
    case onPath = "on_path"
    /// Above the threshold and the path; also boys but no girls, and any year above
    /// the threshold when the unit has no path (no SRB in the baseline year).
    case offPath = "off_path"
    /// No births that year.
    case noBirths = "no_births"

    /// The verdict of one year, in SPEC's order. `estimate.srb` (100·B/G) is
    /// compared exactly: at the threshold is `meets`, at the path `on_path`.
    /// `--min-births` plays no part: a small year still gets a verdict.
    public init(estimate: SexRatioEstimate, threshold: Double, path: Double?) {
        guard estimate.births > 0 else {
            self = .noBirths
            return
        }
        guard let srb = estimate.srb else {
            self = .offPath  // girls = 0 and boys > 0: SRB is unbounded
            return
        }
        if srb <= threshold {
            self = .meets
        } else if let path, srb <= path {
            self = .onPath
        } else {
            self = .offPath
        }
    }
}
