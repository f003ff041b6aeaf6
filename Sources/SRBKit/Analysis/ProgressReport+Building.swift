// Note for the next person: units are grouped by `UnitGrouping.assign`, the
// report's own grouping, once (the groups depend on the units, not on their
// counts); each year's tallies are added up by the group it gives each unit,
// so this file knows nothing of how wards become districts.

extension ProgressReport {
    /// Builds the progress of `scan` against `targets`.
    ///
    /// Births count when they fall inside `settings.period` (when set; read with
    /// the same period in `ReadSettings` so that days are filtered exactly) and in
    /// a year from Y0 to the last year with births; every other usable row is
    /// counted as outside. Y0 is `targets.baselineYear`, else the first year with
    /// births counted.
    ///
    /// Throws `noUsableRow` when no row was usable, `levelUnavailable` when
    /// `--by district|province` has no column to group by, and
    /// `yearSpanTooLong` past `maximumYears` years (a typo such as 1024 for 2024
    /// would otherwise ask for a thousand years of every unit).
    public init(scan: RegisterScan, settings: ReportSettings, targets: Targets) throws(SRBError) {
        guard !scan.units.isEmpty, scan.rowsUsable > 0 else { throw .noUsableRow }  // registry units exist without rows
        var rowsOutside = scan.rowsOutsidePeriod
        // A cell counts when it lies in `settings.period` (all do when the rows were filtered by it as they were read).
        func counts(_ key: RegisterScan.CellKey) -> Bool {
            guard let period = settings.period, scan.filteredPeriod != period else { return true }
            return period.covers(key.bucket.period)
        }
        var firstYearCounted: Int?, firstYearWithBirths: Int?, lastYearWithBirths: Int?
        for (key, cell) in scan.cells {
            guard counts(key) else {
                rowsOutside += cell.rows
                continue
            }
            let year = key.bucket.year
            firstYearCounted = min(firstYearCounted ?? year, year)
            if cell.tally.total.births > 0 {
                firstYearWithBirths = min(firstYearWithBirths ?? year, year)
                lastYearWithBirths = max(lastYearWithBirths ?? year, year)
            }
        }
        guard let baselineYear = targets.baselineYear ?? firstYearWithBirths ?? firstYearCounted
                ?? settings.period?.from.year ?? scan.filteredPeriod?.from.year else { throw .noUsableRow }
        let lastYear = max(baselineYear, lastYearWithBirths ?? baselineYear)
        let yearCount = lastYear - baselineYear + 1
        guard yearCount <= ProgressReport.maximumYears else {
            let fromData = targets.baselineYear.map { $0 >= (scan.firstDay?.year ?? $0) } ?? true
            let earliest = fromData
                ? DatedSource(day: scan.firstDay ?? CalendarDay(year: baselineYear, month: 1, day: 1)!, location: scan.firstDayLocation)
                : DatedSource(day: CalendarDay(year: baselineYear, month: 1, day: 1)!, location: nil)
            let latest = DatedSource(day: scan.lastDay ?? CalendarDay(year: lastYear, month: 12, day: 31)!,
                                     location: scan.lastDayLocation)
            throw .yearSpanTooLong(years: yearCount, limit: ProgressReport.maximumYears, earliest: earliest, latest: latest)
        }

        // tallies[year offset][scanned unit]
        var tallies = Array(repeating: Array(repeating: OrderedTally(), count: scan.units.count), count: yearCount)
        var rowsUsed = 0
        for (key, cell) in scan.cells where counts(key) {
            let offset = key.bucket.year - baselineYear
            if offset >= 0 && offset < yearCount {
                tallies[offset][key.unit] += cell.tally
                rowsUsed += cell.rows
            } else {
                rowsOutside += cell.rows
            }
        }

        // The groups depend on the units alone: assigned once, each year's tallies added up by them.
        let assigned = try UnitGrouping.assign(scan.units, level: settings.level,
                                               hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
        var groupYears = Array(repeating: Array(repeating: OrderedTally(), count: yearCount), count: assigned.groups.count)
        for (offset, yearTallies) in tallies.enumerated() {
            for (unit, group) in assigned.groupOfUnit.enumerated() where unit < yearTallies.count {
                groupYears[group][offset] += yearTallies[unit]
            }
        }
        let totalYears = tallies.map { $0.reduce(OrderedTally(), +) }

        func progress(_ unit: Unit, years: [OrderedTally]) -> UnitProgress {
            UnitProgress(unit: unit, years: years, baselineYear: baselineYear, settings: settings, targets: targets)
        }
        self.period = Period(from: CalendarDay.firstOf(month: 1, year: baselineYear)!,
                             to: CalendarDay.lastOf(month: 12, year: lastYear)!)!
        self.baselineYear = baselineYear
        self.lastYear = lastYear
        self.settings = settings
        self.targets = targets
        self.units = assigned.groups.indices.map { progress(assigned.groups[$0], years: groupYears[$0]) }
        self.total = progress(Unit(code: nil, name: Report.totalName, level: .total, parent: nil),
                              years: totalYears)
        self.input = InputAccounting(files: scan.files, rowsRead: scan.rowsRead, rowsUsed: rowsUsed,
                                     rowsOutsidePeriod: rowsOutside, rejectedByReason: scan.rejectedByReason)
        self.warnings = scan.warnings
        self.firstRejections = scan.firstRejections
    }
}

extension UnitProgress {
    /// The progress of one unit from its tallies, one per year from `baselineYear`.
    init(unit: Unit, years: [OrderedTally], baselineYear: Int, settings: ReportSettings, targets: Targets) {
        result = UnitResult(unit: unit, tally: years.reduce(OrderedTally(), +), settings: settings)
        series = ProgressSeries(tallies: years.map(\.total), baselineYear: baselineYear,
                                settings: settings, targets: targets)
        byOrder = settings.splitsByBirthOrder ? BirthOrder.allCases.map { order in
            OrderSeries(order: order, series: ProgressSeries(tallies: years.map { $0[order] },
                                                             baselineYear: baselineYear,
                                                             settings: settings, targets: targets))
        } : nil
    }
}

extension ProgressReport {
    /// The most years a progress table spans: real series run to decades, a
    /// typo year to centuries.
    public static let maximumYears = 200
}
