extension Report {
    /// Builds the report of `scan` for `settings.period`, or for the latest calendar
    /// year with usable rows when no period is set.
    ///
    /// Read with the same period in `ReadSettings` so that days are filtered
    /// exactly; otherwise a month only partly inside the period counts as outside.
    ///
    /// Throws `noUsableRow` when no row was usable, `noRowInPeriod` when none
    /// falls in the period (cron must tell "fine" from "no data"), and
    /// `levelUnavailable` when `--by district|province` has no column to group by.
    public init(scan: RegisterScan, settings: ReportSettings) throws(SRBError) {
        guard !scan.units.isEmpty, scan.rowsUsable > 0,
              let period = settings.period ?? scan.cells.keys.map(\.bucket.year).max().flatMap(Period.year) else {
            throw .noUsableRow
        }
        var tallies = Array(repeating: OrderedTally(), count: scan.units.count)
        var rowsUsed = 0
        var rowsOutside = scan.rowsOutsidePeriod
        for (key, cell) in scan.cells {
            if scan.filteredPeriod == period || period.covers(key.bucket.period) {
                tallies[key.unit] += cell.tally
                rowsUsed += cell.rows
            } else {
                rowsOutside += cell.rows
            }
        }
        guard rowsUsed > 0 else {
            throw .noRowInPeriod(period, dataFrom: scan.coveredDays?.from, dataTo: scan.coveredDays?.to)
        }
        let grouped = try UnitGrouping.group(scan.units, tallies: tallies, level: settings.level,
                                             hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
        let total = UnitResult(unit: Unit(code: nil, name: Report.totalName, level: .total, parent: nil),
                               tally: tallies.reduce(OrderedTally(), +), settings: settings)
        self.period = period
        self.settings = settings
        self.units = grouped.map { UnitResult(unit: $0.unit, tally: $0.tally, settings: settings) }
        self.total = total
        self.input = InputAccounting(files: scan.files, rowsRead: scan.rowsRead, rowsUsed: rowsUsed,
                                     rowsOutsidePeriod: rowsOutside, rejectedByReason: scan.rejectedByReason)
        self.warnings = scan.warnings
        self.firstRejections = scan.firstRejections
    }

    /// The `name` of the total row in every format.
    public static let totalName = "Total"
}
