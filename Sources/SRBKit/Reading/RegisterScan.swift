/// What reading registers found: counts per unit and time span, and where every
/// row went. Rows in `cells` are usable; the analysis decides which of them fall
/// in the reported period.
public struct RegisterScan: Sendable, Equatable {
    /// A unit of the ward registry, or without one a unit seen in a usable row,
    /// as first written.
    public struct ScannedUnit: Sendable, Hashable {
        /// Matching key (see SPEC "Units").
        public let key: String
        public let name: String
        public internal(set) var district: String?
        public internal(set) var province: String?
        /// The registry code; nil without a registry.
        public internal(set) var code: String? = nil
    }

    /// A sex cell as written (trimmed), how it was read (nil: rejected), and
    /// in how many rows.
    public struct SexSpelling: Sendable, Hashable {
        public let spelling: String
        public let sex: Sex?
        public let rows: Int
    }

    /// A unit that matched nothing in the ward registry, as first written, with
    /// the registry name suggested for it and the rows it rejected.
    public struct UnknownUnit: Sendable, Hashable {
        public let spelling: String
        public let suggestion: String?
        public let rows: Int
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
        public internal(set) var tally = OrderedTally()
        public internal(set) var rows = 0
    }

    /// The period rows were filtered by while reading (`ReadSettings.period`):
    /// every cell then lies inside it, to the day.
    public internal(set) var filteredPeriod: Period?
    /// Files in the order read, as given.
    public internal(set) var files: [String] = []
    public internal(set) var units: [ScannedUnit] = []
    public internal(set) var cells = CellTable()
    /// Data rows read (the header and blank lines are not rows).
    public internal(set) var rowsRead = 0
    /// Rows found outside an explicitly requested period while reading.
    public internal(set) var rowsOutsidePeriod = 0
    public internal(set) var rejectedByReason: [RejectionReason: Int] = [:]
    /// Rejections in input order, at most `RegisterScan.keptRejections` of them
    /// (all of them go to the reader's callback).
    public internal(set) var firstRejections: [Rejection] = []
    public internal(set) var warnings: [ReadWarning] = []
    /// True when units can be grouped by district (province): a register
    /// column, or the registry's column when it has one and names any.
    public internal(set) var hasDistricts = false
    public internal(set) var hasProvinces = false
    /// True when the units are the ward registry's entries, in its order.
    public internal(set) var hasRegistry = false
    /// First and last day of the rows counted in `cells` (a count row counts
    /// from its period's first day to its last); nil when there is none.
    public internal(set) var firstDay: CalendarDay?
    public internal(set) var lastDay: CalendarDay?
    /// First and last day of the usable rows outside `filteredPeriod` (not in `cells`).
    public internal(set) var firstDayOutside: CalendarDay?
    public internal(set) var lastDayOutside: CalendarDay?

    /// First and last day of every usable row, inside the period read or not:
    /// what the data covers.
    public var coveredDays: (from: CalendarDay, to: CalendarDay)? {
        let firsts = [firstDay, firstDayOutside].compactMap { $0 }, lasts = [lastDay, lastDayOutside].compactMap { $0 }
        guard let from = firsts.min(), let to = lasts.max() else { return nil }
        return (from, to)
    }

    /// The rows that brought `firstDay` and `lastDay` (the first such row in input order).
    public internal(set) var firstDayLocation: SourceLocation?
    public internal(set) var lastDayLocation: SourceLocation?
    /// Sex cells as written, in order of first sighting, over every row with the
    /// header's field count: the first `SpellingTally.listedLimit` (64) distinct
    /// spellings, and the rows of all later ones in `otherSexSpellingRows`.
    public internal(set) var sexSpellings: [SexSpelling] = []
    public internal(set) var otherSexSpellingRows = 0
    /// Units rejected as absent from the registry, bounded like `sexSpellings`.
    public internal(set) var unknownUnits: [UnknownUnit] = []
    public internal(set) var otherUnknownUnitRows = 0
    /// The first row rejected as a total, if any.
    public internal(set) var firstTotalRow: SourceLocation?
    /// Count rows rejected for repeating a unit and period, and the first of them.
    public internal(set) var repeatedCountRows = 0
    public internal(set) var firstRepeatedCountRow: SourceLocation?
    /// The first `keptDuplicates` rows rejected as duplicates, in input order.
    public internal(set) var duplicateExamples: [Rejection] = []

    public var rowsRejected: Int { rejectedByReason.values.reduce(0, +) }

    /// Births counted in `cells`, by unit, year and mother's age group; filled
    /// only when `ReadSettings.countsMotherAge` is set (count rows go to unknown age).
    public internal(set) var ageTally = AgeGroupTally<Int>()
    /// True when a file had a mother-age column that was read.
    public internal(set) var hasMotherAgeColumn = false

    public static let keptRejections = 20
    public static let keptDuplicates = 10

    /// Rows used or outside the period, whichever period a report picks.
    public var rowsUsable: Int { cells.values.reduce(rowsOutsidePeriod) { $0 + $1.rows } }
}
