/// What reading registers found: counts per unit and time span, and where every
/// row went. Rows in `cells` are usable; the analysis decides which of them fall
/// in the reported period.
public struct RegisterScan: Sendable {
    /// A unit seen in a usable row, as first written.
    public struct ScannedUnit: Sendable, Hashable {
        /// Matching key (see SPEC "Units").
        public let key: String
        public let name: String
        public var district: String?
        public var province: String?
    }

    /// A month (`month` 1–12) or a whole year (`month` 0, from a yearly count row).
    public struct TimeBucket: Sendable, Hashable, Comparable {
        public let year: Int
        public let month: Int

        public var period: Period {
            month == 0 ? Period.year(year)! : Period.month(month, of: year)!
        }

        public static func < (lhs: TimeBucket, rhs: TimeBucket) -> Bool {
            (lhs.year, lhs.month) < (rhs.year, rhs.month)
        }
    }

    public struct CellKey: Sendable, Hashable {
        /// Index into `units`.
        public let unit: Int
        public let bucket: TimeBucket
    }

    /// Births of one unit in one bucket, and how many rows brought them.
    public struct Cell: Sendable, Hashable {
        public var tally = OrderedTally()
        public var rows = 0
    }

    /// The period rows were filtered by while reading (`ReadSettings.period`):
    /// every cell then lies inside it, to the day.
    public var filteredPeriod: Period?
    /// Files in the order read, as given.
    public var files: [String] = []
    public var units: [ScannedUnit] = []
    public var cells: [CellKey: Cell] = [:]
    /// Data rows read (the header and blank lines are not rows).
    public var rowsRead = 0
    /// Rows found outside an explicitly requested period while reading.
    public var rowsOutsidePeriod = 0
    public var rejectedByReason: [RejectionReason: Int] = [:]
    /// Rejections in input order, at most `RegisterScan.keptRejections` of them
    /// (all of them go to the reader's callback).
    public var firstRejections: [Rejection] = []
    public var warnings: [ReadWarning] = []
    /// True when any file had a district or province column.
    public var hasDistricts = false
    public var hasProvinces = false

    public var rowsRejected: Int { rejectedByReason.values.reduce(0, +) }

    public static let keptRejections = 20
}

/// Something worth telling that did not stop the run or reject a row.
public enum ReadWarning: Sendable, Hashable {
    /// A quoted field was still open at the end of the file.
    case unterminatedQuote(SourceLocation)
    /// Two headers matched one role; the later column is ignored.
    case duplicateColumn(SourceLocation, role: ColumnRole)
    /// The file is not valid UTF-8 from this line on and was read as Windows-1258.
    case notUTF8(SourceLocation)
    /// Count rows whose span straddles the period's edge: counted as outside.
    case countRowsStraddlePeriod(count: Int)
}
