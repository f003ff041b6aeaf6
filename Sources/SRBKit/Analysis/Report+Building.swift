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
        var straddling = 0  // whole-year counts a period of months cuts (read unfiltered: `check --window`)
        for (key, cell) in scan.cells {
            if scan.filteredPeriod == period || period.covers(key.bucket.period) {
                tallies[key.unit] += cell.tally
                rowsUsed += cell.rows
            } else {
                rowsOutside += cell.rows
                if period.overlaps(key.bucket.period) { straddling += cell.rows }
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
        self.warnings = scan.warnings + (straddling > 0 ? [.countRowsStraddlePeriod(count: straddling)] : [])
        self.firstRejections = scan.firstRejections
        self.coveredArea = Report.sharedArea(of: scan.units, level: settings.level)
        let counted = scan.cells.keys.filter { period.covers($0.bucket.period) }.map(\.bucket.period)
        if let from = counted.map(\.from).min(), let to = counted.map(\.to).max() {
            // Days of the rows (a month counts from its first day to its last), within the period.
            let first = max(from, scan.filteredPeriod == period ? scan.firstDay ?? from : from, period.from)
            let last = min(to, scan.filteredPeriod == period ? scan.lastDay ?? to : to, period.to)
            self.dataDays = Period(from: first, to: last)
        } else {
            self.dataDays = nil
        }
    }

    /// The district every unit shares, else the province, for ward reports;
    /// the province for district reports; nil otherwise.
    static func sharedArea(of units: [RegisterScan.ScannedUnit], level: UnitLevel) -> String? {
        func shared(_ values: [String?]) -> String? {
            let distinct = Set(values)
            guard distinct.count == 1, let only = distinct.first else { return nil }
            return only
        }
        switch level {
        case .ward: return shared(units.map(\.district)) ?? shared(units.map(\.province))
        case .district: return shared(units.map(\.province))
        case .province, .total: return nil
        }
    }

    /// The `name` of the total row in every format.
    public static let totalName = "Total"
}
