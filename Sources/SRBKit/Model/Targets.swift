/// What `srb progress` holds each unit to: a path that starts at the unit's SRB in
/// the baseline year and falls by a fixed number of points a year.
public struct Targets: Sendable, Hashable {
    /// Year the path starts from (Y0); nil for the first year with births in the data.
    public var baselineYear: Int?
    /// Points per year the SRB must fall (R).
    public var annualReduction: Double
    /// Year by which the SRB must be at or below the threshold; the trend line is
    /// projected to it.
    public var targetYear: Int

    public init(
        baselineYear: Int? = nil,
        annualReduction: Double = Targets.defaultAnnualReduction,
        targetYear: Int = Targets.defaultTargetYear
    ) {
        self.baselineYear = baselineYear
        self.annualReduction = annualReduction
        self.targetYear = targetYear
    }

    /// path(y) = SRB(Y0) − R·(y − Y0), with one rounding (a fused multiply-add), so
    /// that 115 − 0.2·1 is the double nearest 114.8, the value 1148 boys and 1000
    /// girls give: comparisons with the path are exact.
    public func path(from baselineSRB: Double, baselineYear: Int, in year: Int) -> Double {
        baselineSRB.addingProduct(-annualReduction, Double(year - baselineYear))
    }

    /// 0.2 points a year: Hà Nội's plans ask for 0.2–0.4.
    public static let defaultAnnualReduction = 0.2
    /// The year of the national target (SRB at or below the threshold).
    public static let defaultTargetYear = 2030
}
