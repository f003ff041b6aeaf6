/// What stops a run. Cases carry facts; `Rendering/Messages` words them.
public enum SRBError: Error, Sendable, Hashable {
    /// An input file cannot be opened (exit 66).
    case cannotOpen(path: String, reason: FileProblem)
    /// An input file could be opened but reading it failed (exit 66).
    case cannotRead(path: String, reason: FileProblem)
    /// A file with no header line (exit 65).
    case noHeader(file: String, reason: NoHeaderReason)
    /// The file is no delimited table but another format (exit 65).
    case unsupportedFormat(file: String, format: FileFormat)
    /// No column plays a role the file's shape needs; the location is the line
    /// taken as the header (exit 65).
    case missingColumn(SourceLocation, role: ColumnRole)
    /// `--column ROLE=HEADER` names a header the file does not have (exit 65).
    case overriddenColumnNotFound(SourceLocation, role: ColumnRole, header: String)
    /// No row could be used, in the period or outside it (exit 65).
    case noUsableRow
    /// Rows could be used, but none falls in `period`; the data covers
    /// `dataFrom` to `dataTo` (nil when only whole-year counts outside it) (exit 65).
    case noRowInPeriod(Period, dataFrom: CalendarDay?, dataTo: CalendarDay?)
    /// Rows could be used, but none falls in the four windows of the monthly
    /// view of `month` (which span `span`); the data covers `dataFrom` to `dataTo` (exit 65).
    case noRowInWindows(month: CalendarMonth, span: Period, dataFrom: CalendarDay, dataTo: CalendarDay)
    /// More rows were rejected than `--max-rejected` allows (exit 65, after the output is written).
    case tooManyRejected(rejected: Int, read: Int, limit: Double)
    /// `--by district` or `--by province` without the column that says which (exit 65).
    case levelUnavailable(UnitLevel)
    /// The ward registry (`--wards`) cannot be used: a missing column, a bad row,
    /// a name shared by two units (exit 65).
    case invalidRegistry(SourceLocation, UnitRegistry.Problem)
    /// A plan's activity table lacks a column it needs: content or time frame;
    /// the location is the line taken as the header (exit 65).
    case missingPlanColumn(SourceLocation, column: PlanColumn)
    /// `srb progress` would span more than `limit` years, from `earliest` to
    /// `latest` (exit 65): most likely a typo in one of those dates.
    case yearSpanTooLong(years: Int, limit: Int, earliest: DatedSource, latest: DatedSource)
    /// The output file cannot be created or written (exit 73).
    case cannotWriteOutput(path: String, reason: FileProblem)
    /// An output (`--output`, `--rejects`) is one of the input files (exit 73).
    case outputIsInput(output: String, input: String)
    /// An `.xlsx` workbook (told by its bytes) cannot be read: another
    /// spreadsheet format, a damaged or over-large archive, no such sheet (exit 65).
    case unreadableWorkbook(file: String, WorkbookError)
    /// A `--population` file cannot be used: a missing column, a bad count,
    /// year or age group, a unit/year/age group given twice (exit 65).
    case invalidPopulation(SourceLocation, PopulationTable.Problem)
    /// `srb generate --tfr`: wards and years the population file gives no women
    /// for, so no births can be drawn for them (exit 65).
    case missingPopulation(file: String, gaps: [PopulationGap])
    /// `srb fertility` on registers without a mother-age column (exit 65).
    case noMotherAgeColumn
}

/// A unit with births (for `srb generate --tfr`, a ward) in `years` but no
/// population row for them, with the population file's closest unit name when
/// one is close.
public struct PopulationGap: Sendable, Hashable {
    public let unit: String
    public let years: [Int]
    public let suggestion: String?

    public init(unit: String, years: [Int], suggestion: String?) {
        self.unit = unit
        self.years = years
        self.suggestion = suggestion
    }
}

/// Why a file has no header line.
public enum NoHeaderReason: Sendable, Hashable {
    /// Empty, or blank lines only.
    case empty
    /// The first line runs past `limit` bytes with no line end (a stream of
    /// bytes such as /dev/zero, or not a table at all).
    case firstLineTooLong(limit: Int)
}

/// A day and the row it came from; no location when it came from an option
/// (`--baseline-year`).
public struct DatedSource: Sendable, Hashable {
    public let day: CalendarDay
    public let location: SourceLocation?

    public init(day: CalendarDay, location: SourceLocation?) {
        self.day = day
        self.location = location
    }
}
