/// A run of years from Y0 for one tally series (a unit, or one birth order of
/// it): SRB, change, path, verdict, and the trend fitted through the SRBs.
public struct ProgressSeries: Sendable, Equatable {
    /// One entry per year, Y0 first.
    public let years: [YearProgress]
    /// Ordinary (unweighted) least squares of SRB on year over the years with an
    /// SRB; nil with fewer than two such years.
    public let trend: LinearTrend?
    /// The same fit with each year weighted by its births, so that a year of 40
    /// births moves the line less than a year of 400.
    public let weightedTrend: LinearTrend?
    public let targetYear: Int
    /// The chi-squared test for trend in the male share over the last five
    /// years with births (OHID Fingertips' trend marker, `TrendTest`).
    public let trendTest: TrendTest.Result
    /// The 95% prediction interval at the target year of the births-weighted
    /// fit (a year of average births); nil with fewer than three years with an SRB.
    public let projectionInterval: LinearTrend.PredictionInterval?

    /// The series of `tallies`, one per year from `baselineYear` on.
    public init(tallies: [Tally], baselineYear: Int, settings: ReportSettings, targets: Targets) {
        let estimates = tallies.map {
            SexRatioEstimate(boys: $0.boys, girls: $0.girls,
                             confidence: settings.confidence, method: settings.intervalMethod)
        }
        let baselineSRB = estimates.first?.srb
        var years: [YearProgress] = []
        for (offset, estimate) in estimates.enumerated() {
            let year = baselineYear + offset
            let path = baselineSRB.map { targets.path(from: $0, baselineYear: baselineYear, in: year) }
            var change: Double?
            if offset > 0, let now = estimate.srb, let before = estimates[offset - 1].srb { change = now - before }
            years.append(YearProgress(year: year, estimate: estimate, change: change, path: path,
                                      verdict: ProgressVerdict(estimate: estimate, threshold: settings.threshold,
                                                               path: path)))
        }
        self.years = years
        let measured = years.compactMap { year in year.estimate.srb.map { (year: year.year, srb: $0, births: year.estimate.births) } }
        trend = LinearTrend(fitting: measured.map { LinearTrend.Point(x: Double($0.year), y: $0.srb) })
        weightedTrend = LinearTrend(fitting: measured.map {
            LinearTrend.Point(x: Double($0.year), y: $0.srb, weight: Double($0.births))
        })
        targetYear = targets.targetYear
        trendTest = TrendTest.armitage(years.filter { $0.estimate.births > 0 }.map {
            TrendTest.Year(year: $0.year, boys: $0.estimate.boys, births: $0.estimate.births)
        })
        projectionInterval = LinearTrend.PredictionInterval(
            fitting: measured.map { LinearTrend.Point(x: Double($0.year), y: $0.srb, weight: Double($0.births)) },
            at: Double(targets.targetYear), confidence: ProgressSeries.projectionConfidence)
    }

    /// The level of the projection's interval: 95%, whatever `--confidence` (SPEC).
    public static let projectionConfidence = 0.95

    /// The projection's bounds (`projected_target_year_srb_low` / `_high`).
    public var projectionLow: Double? { projectionInterval?.lower }
    public var projectionHigh: Double? { projectionInterval?.upper }

    /// True when the last five years show a trend the data supports: only then
    /// is the projection worth reading as more than "not enough evidence".
    public var hasEvidenceOfTrend: Bool {
        trendTest.direction == .increasing || trendTest.direction == .decreasing
    }

    /// The ordinary trend's slope, SRB points per year (`trend_per_year`).
    public var trendPerYear: Double? { trend?.slope }

    /// The ordinary trend line at the target year (`projected_target_year_srb`).
    public var projectedTargetYearSRB: Double? { trend?.value(at: Double(targetYear)) }

    /// The births-weighted slope (`trend_per_year_weighted`).
    public var weightedTrendPerYear: Double? { weightedTrend?.slope }

    /// The births-weighted line at the target year (`projected_target_year_srb_weighted`).
    public var weightedProjectedTargetYearSRB: Double? { weightedTrend?.value(at: Double(targetYear)) }
}
