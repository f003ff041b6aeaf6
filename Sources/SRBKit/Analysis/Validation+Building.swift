extension Validation {
    /// Builds the data-quality report of `scan` for `period` (nil: every usable
    /// row is used), with units at `level` and the report's default threshold,
    /// confidence and interval method.
    public init(scan: RegisterScan, period: Period?, level: UnitLevel = .ward) throws(SRBError) {
        try self.init(scan: scan, settings: ReportSettings(period: period, level: level))
    }

    /// Builds the data-quality report of `scan` for `settings.period` (nil: every
    /// usable row is used), with units at `settings.level`, each with the numbers
    /// `UnitResult` gives under `settings` (as `srb report` computes them).
    ///
    /// Read with the same period in `ReadSettings` so that days are filtered
    /// exactly. Months run from the first to the last month with births (or over
    /// the period asked for), at most the last `maximumMonths` of them.
    ///
    /// Throws `levelUnavailable` when `--by district|province` has no column to
    /// group by. A scan with no usable row still gives a validation: it says why.
    public init(scan: RegisterScan, settings: ReportSettings) throws(SRBError) {
        let period = settings.period, level = settings.level
        var wardBirths = Array(repeating: 0, count: scan.units.count)
        var counted: [(key: RegisterScan.CellKey, cell: RegisterScan.Cell)] = []
        var rowsUsed = 0
        var rowsOutside = scan.rowsOutsidePeriod
        for (key, cell) in scan.cells {
            if let period, scan.filteredPeriod != period, !period.covers(key.bucket.period) {
                rowsOutside += cell.rows
            } else {
                counted.append((key, cell))
                rowsUsed += cell.rows
                wardBirths[key.unit] += cell.tally.total.births
            }
        }
        let months = Validation.months(period: period, buckets: counted.map(\.key.bucket))
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })

        let groups: [Unit], groupOfUnit: [Int]
        if level == .total {
            groups = [Unit(code: nil, name: Report.totalName, level: .total, parent: nil)]
            groupOfUnit = Array(repeating: 0, count: scan.units.count)
        } else {
            (groups, groupOfUnit) = try UnitGrouping.assign(scan.units, level: level, hasDistricts: scan.hasDistricts,
                                                             hasProvinces: scan.hasProvinces)
        }
        var monthly = Array(repeating: Array(repeating: 0, count: months.count), count: groups.count)
        var tallies = Array(repeating: OrderedTally(), count: groups.count)
        var totalMonthly = Array(repeating: 0, count: months.count)
        var totalTally = OrderedTally()
        var wholeYearRows = 0
        for (key, cell) in counted {
            let group = groupOfUnit[key.unit]
            tallies[group] += cell.tally
            totalTally += cell.tally
            if key.bucket.month == 0 { wholeYearRows += cell.rows }
            if let index = monthIndex[key.bucket] {
                monthly[group][index] += cell.tally.total.births
                totalMonthly[index] += cell.tally.total.births
            }
        }
        func entry(_ unit: Unit, _ tally: OrderedTally, _ monthlyBirths: [Int]) -> UnitMonths {
            let median = Validation.median(monthlyBirths.filter { $0 > 0 })
            return UnitMonths(result: UnitResult(unit: unit, tally: tally, settings: settings), monthlyBirths: monthlyBirths,
                              medianMonthlyBirths: median, gapMonths: GapRule.gaps(in: monthlyBirths, median: median))
        }
        self.units = groups.indices.map { entry(groups[$0], tallies[$0], monthly[$0]) }
        self.total = entry(Unit(code: nil, name: Report.totalName, level: .total, parent: nil), totalTally, totalMonthly)

        let years = counted.map(\.key.bucket.year)
        if let period {
            self.span = period
        } else if let first = years.min(), let last = years.max(), let from = CalendarDay.firstOf(month: 1, year: first),
                  let to = CalendarDay.lastOf(month: 12, year: last) {
            self.span = Period(from: from, to: to)
        } else {
            self.span = nil
        }
        self.settings = settings
        self.input = InputAccounting(files: scan.files, rowsRead: scan.rowsRead, rowsUsed: rowsUsed,
                                     rowsOutsidePeriod: rowsOutside, rejectedByReason: scan.rejectedByReason)
        if rowsUsed > 0, let first = scan.firstDay, let last = scan.lastDay {
            firstDay = period.map { max(first, $0.from) } ?? first
            lastDay = period.map { min(last, $0.to) } ?? last
        } else {
            firstDay = nil
            lastDay = nil
        }
        self.unitsWithBirths = wardBirths.filter { $0 > 0 }.count
        self.registryUnitCount = scan.hasRegistry ? scan.units.count : nil
        self.registryUnitsWithoutBirths = scan.hasRegistry ? scan.units.indices.filter { wardBirths[$0] == 0 }.map { index in
            let ward = scan.units[index]
            return Unit(code: ward.code, name: ward.name, level: .ward, parent: ward.district ?? ward.province)
        }.sorted { Validation.precedes($0.name, $1.name) } : []
        self.months = months
        self.wholeYearRows = wholeYearRows
        self.sexSpellings = scan.sexSpellings.sorted { lhs, rhs in
            lhs.rows != rhs.rows ? lhs.rows > rhs.rows : Validation.precedes(lhs.spelling, rhs.spelling)
        }
        self.otherSexSpellingRows = scan.otherSexSpellingRows
        self.duplicateExamples = scan.duplicateExamples
        self.unknownUnits = scan.unknownUnits.sorted { lhs, rhs in
            lhs.rows != rhs.rows ? lhs.rows > rhs.rows : Validation.precedes(lhs.spelling, rhs.spelling)
        }
        self.otherUnknownUnitRows = scan.otherUnknownUnitRows
        self.warnings = scan.warnings
        self.findings = ValidationFinding.findings(of: scan)
        self.repeatedIDRows = scan.rejectedByReason[.duplicate, default: 0] - scan.repeatedCountRows
        self.firstRejections = scan.firstRejections
    }

    /// Most months a validation shows: twenty years, the last ones.
    public static let maximumMonths = 240

    /// The months of `period`, or from the first to the last month of `buckets`
    /// (whole-year buckets left out), at most the last `maximumMonths`.
    static func months(period: Period?, buckets: [RegisterScan.TimeBucket]) -> [RegisterScan.TimeBucket] {
        let first: RegisterScan.TimeBucket, last: RegisterScan.TimeBucket
        if let period {
            first = RegisterScan.TimeBucket(year: period.from.year, month: period.from.month)
            last = RegisterScan.TimeBucket(year: period.to.year, month: period.to.month)
        } else {
            let monthly = buckets.filter { $0.month != 0 }
            guard let low = monthly.min(), let high = monthly.max() else { return [] }
            (first, last) = (low, high)
        }
        let lastOrdinal = last.year * 12 + last.month - 1
        let firstOrdinal = max(first.year * 12 + first.month - 1, lastOrdinal - maximumMonths + 1)
        guard firstOrdinal <= lastOrdinal else { return [] }
        return (firstOrdinal...lastOrdinal).map { RegisterScan.TimeBucket(year: $0 / 12, month: $0 % 12 + 1) }
    }

    /// The median of `values` (the mean of the two middle ones for an even
    /// count); nil when empty.
    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// NFC code-point order, as reports sort names.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.map(\.value).lexicographicallyPrecedes(rhs.unicodeScalars.map(\.value))
    }
}
