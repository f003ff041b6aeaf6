import Foundation

/// The data quality of registers: what `srb validate` shows before the monthly
/// report is made. Where every row went, the dates, births per unit and month
/// with the months that look like reporting gaps, the sex spellings, duplicate
/// ids and units absent from the ward registry; and, as in a report, each
/// unit's SRB, interval and status over the rows used.
public struct Validation: Sendable, Equatable {
    /// One unit's numbers over the rows used, and its births in every month of
    /// `Validation.months`.
    public struct UnitMonths: Sendable, Equatable {
        /// Counts, SRB, interval and status, computed as a report computes them.
        public let result: UnitResult
        /// Aligned with `Validation.months`.
        public let monthlyBirths: [Int]
        /// Median of the months with at least one birth; nil when there is none.
        public let medianMonthlyBirths: Double?
        /// Indices into `months` of the likely reporting gaps (see `GapRule`).
        public let gapMonths: [Int]

        public var unit: Unit { result.unit }
        public var births: Int { result.tally.births }
        public var monthsWithBirths: Int { monthlyBirths.filter { $0 > 0 }.count }
    }

    /// When a month looks like a reporting gap rather than a quiet month. The
    /// unit's usual month is the median of its months with births; a month is a
    /// likely gap when (1) that median is at least `minimumMedian`, (2) the month
    /// has fewer than `fractionOfMedian` of it, and (3) chance alone would give
    /// so few births less than once in `1 / chanceLimit` months (Poisson with the
    /// median as mean). A ward that registers 20 births a month and shows 0 or 4
    /// has a gap; one that registers 3 a month often shows 0 by chance and is
    /// never judged; one of 9 a month showing 2 is left alone (chance gives that
    /// about once in 160 months), showing 1 or 0 is a gap.
    public enum GapRule {
        public static let minimumMedian = 8.0
        public static let fractionOfMedian = 0.25
        public static let chanceLimit = 0.001

        /// The indices of the gaps among `monthlyBirths`, given their median.
        public static func gaps(in monthlyBirths: [Int], median: Double?) -> [Int] {
            guard let median, median >= minimumMedian else { return [] }
            return monthlyBirths.indices.filter { index in
                let births = monthlyBirths[index]
                return Double(births) < fractionOfMedian * median && chanceOfAtMost(births, mean: median) < chanceLimit
            }
        }

        /// P(X ≤ `count`) for X Poisson with mean `mean`, summed term by term.
        public static func chanceOfAtMost(_ count: Int, mean: Double) -> Double {
            var term = exp(-mean), sum = term
            if count > 0 {
                for value in 1...count {
                    term *= mean / Double(value)
                    sum += term
                }
            }
            return sum
        }
    }

    /// The period asked for; nil for the whole register.
    public var period: Period? { settings.period }
    /// The days the numbers cover: `period` when one was asked for, else 1 January
    /// of the first year of the rows used to 31 December of the last (whole
    /// years, as `srb report` and `srb progress` take them); nil when neither.
    public let span: Period?
    public var level: UnitLevel { settings.level }
    /// The period, level, threshold, confidence, interval method and `--min-births` of the numbers.
    public let settings: ReportSettings
    public let input: InputAccounting
    /// First and last day of the rows used; nil when none was used.
    public let firstDay: CalendarDay?
    public let lastDay: CalendarDay?
    /// Ward-level units with at least one birth counted.
    public let unitsWithBirths: Int
    /// Units of the ward registry; nil without one.
    public let registryUnitCount: Int?
    /// Registry wards with no birth counted, by name.
    public let registryUnitsWithoutBirths: [Unit]
    /// Months from the first to the last month with births (or of the period asked for).
    public let months: [RegisterScan.TimeBucket]
    /// One entry per unit at `level` (one `Total` for `.total`), sorted like a report's.
    public let units: [UnitMonths]
    /// Every row used, added up: `Report.totalName`, level `.total`.
    public let total: UnitMonths
    /// Count rows that give a whole year: counted, but in no month.
    public let wholeYearRows: Int
    /// Sex cells as written, most rows first.
    public let sexSpellings: [RegisterScan.SexSpelling]
    public let otherSexSpellingRows: Int
    /// Rows rejected for repeating an id (not count rows repeating a unit and period).
    public let repeatedIDRows: Int
    /// The first rows rejected as duplicates, with where their id was first used.
    public let duplicateExamples: [Rejection]
    /// Units absent from the registry, most rows first.
    public let unknownUnits: [RegisterScan.UnknownUnit]
    public let otherUnknownUnitRows: Int
    public let warnings: [ReadWarning]
    public let firstRejections: [Rejection]
    /// What to fix before the report is made: date orders, titles, totals,
    /// repeated rows, the share rejected.
    public let findings: [ValidationFinding]

    /// Likely gaps over every unit.
    public var gapCount: Int { units.reduce(0) { $0 + $1.gapMonths.count } }
    /// Rows used or outside the period: zero means nothing could be used (exit 65).
    public var rowsUsable: Int { input.rowsUsed + input.rowsOutsidePeriod }
}
