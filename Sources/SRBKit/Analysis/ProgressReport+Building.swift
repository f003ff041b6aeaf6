// Note for the next person: units are grouped by `UnitGrouping.group`, the
// report's own grouping, once over the whole span and once per year; the groups
// of each year are matched to the span's by their `Unit` value, never by
// position, so this file knows nothing of how wards become districts.

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
        var counted: [(key: RegisterScan.CellKey, cell: RegisterScan.Cell)] = []
        for (key, cell) in scan.cells {
            if let period = settings.period, scan.filteredPeriod != period, !period.covers(key.bucket.period) {
                rowsOutside += cell.rows
            } else {
                counted.append((key, cell))
            }
        }
        let yearsWithBirths = counted.filter { $0.cell.tally.total.births > 0 }.map(\.key.bucket.year)
        guard let baselineYear = targets.baselineYear ?? yearsWithBirths.min() ?? counted.map(\.key.bucket.year).min()
                ?? settings.period?.from.year ?? scan.filteredPeriod?.from.year else { throw .noUsableRow }
        let lastYear = max(baselineYear, yearsWithBirths.filter { $0 >= baselineYear }.max() ?? baselineYear)
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
        for (key, cell) in counted {
            let offset = key.bucket.year - baselineYear
            if offset >= 0 && offset < yearCount {
                tallies[offset][key.unit] += cell.tally
                rowsUsed += cell.rows
            } else {
                rowsOutside += cell.rows
            }
        }

        let spanTallies = (0..<scan.units.count).map { unit in tallies.reduce(OrderedTally()) { $0 + $1[unit] } }
        let grouped = try UnitGrouping.group(scan.units, tallies: spanTallies, level: settings.level,
                                             hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
        var position: [Unit: Int] = [:]
        for (index, group) in grouped.enumerated() where position[group.unit] == nil { position[group.unit] = index }
        var groupYears = Array(repeating: Array(repeating: OrderedTally(), count: yearCount), count: grouped.count)
        for (offset, yearTallies) in tallies.enumerated() where !grouped.isEmpty {
            let groupedYear = try UnitGrouping.group(scan.units, tallies: yearTallies, level: settings.level,
                                                     hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
            for group in groupedYear {
                if let index = position[group.unit] { groupYears[index][offset] += group.tally }
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
        self.units = grouped.indices.map { progress(grouped[$0].unit, years: groupYears[$0]) }
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
