/// SRB per unit for one period: what `srb report` and `srb check` show.
public struct Report: Sendable, Equatable {
    public let period: Period
    public let settings: ReportSettings
    /// Units sorted by name in NFC code-point order; empty for `--by total`.
    public let units: [UnitResult]
    public let total: UnitResult
    public let input: InputAccounting
    public let warnings: [ReadWarning]
    /// The first rejected rows in input order (all of them went to the reader's callback).
    public let firstRejections: [Rejection]
}
