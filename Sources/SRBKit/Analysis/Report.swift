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
    /// The district (or province) every unit belongs to, when they share one:
    /// the area the report covers; nil when they do not, or nothing says.
    public let coveredArea: String?
    /// The days of the rows used, within `period`: less than the period when
    /// the data stops short of it (a year asked for in September).
    public let dataDays: Period?
}
