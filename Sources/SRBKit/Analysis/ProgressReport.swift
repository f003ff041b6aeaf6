/// SRB per unit and year against the path: what `srb progress` shows.
///
/// Years run from the baseline year Y0 to the last year with births counted
/// (at least Y0); every unit has every year, with `no_births` where it had none.
public struct ProgressReport: Sendable, Equatable {
    /// 1 January of Y0 to 31 December of the last year.
    public let period: Period
    /// Y0: the explicit `--baseline-year`, else the first year with births counted.
    public let baselineYear: Int
    /// The last year with births counted; Y0 when there is none from Y0 on.
    public let lastYear: Int
    /// The settings used; their `period`, when set, limits which births count.
    public let settings: ReportSettings
    public let targets: Targets
    /// Units sorted by name in NFC code-point order; empty for `--by total`.
    public let units: [UnitProgress]
    public let total: UnitProgress
    public let input: InputAccounting
    public let warnings: [ReadWarning]
    /// The first rejected rows in input order.
    public let firstRejections: [Rejection]

    /// Y0 through the last year.
    public var years: ClosedRange<Int> { baselineYear...lastYear }
}

/// One unit's progress: the report's numbers over the whole span, then year by year.
public struct UnitProgress: Sendable, Equatable {
    /// Counts, SRB, interval and status over all the years (with `byOrder` when split).
    public let result: UnitResult
    /// The unit's years, path, verdicts and trend.
    public let series: ProgressSeries
    /// Each birth order's years, with the same rules applied to that order's births
    /// alone (its own baseline SRB and path); nil unless split by order.
    public let byOrder: [OrderSeries]?

    /// The years of one birth order within a unit.
    public struct OrderSeries: Sendable, Equatable {
        public let order: BirthOrder
        public let series: ProgressSeries
    }

    public var unit: Unit { result.unit }
}

/// The numbers of one unit (or one birth order of it) in one year.
public struct YearProgress: Sendable, Equatable {
    public let year: Int
    public let estimate: SexRatioEstimate
    /// SRB(y) − SRB(y − 1); nil for Y0 and when either year has no SRB.
    public let change: Double?
    /// path(y); nil in every year when there is no SRB in Y0.
    public let path: Double?
    public let verdict: ProgressVerdict
}
