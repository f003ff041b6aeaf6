import Foundation

extension MonthlyReport {
    /// Builds the monthly view of `scan` for `month`, or for the last month with
    /// births in the data when `month` is nil.
    ///
    /// A count for a whole year counts in a window that holds the whole year
    /// (December's year to date, last 12 and previous 12 months) and in no other;
    /// one that a window only cuts is outside, with a warning.
    ///
    /// Throws `noUsableRow` when no row was usable, `noRowInPeriod` when no row
    /// falls in any of the four windows, and `levelUnavailable` as reports do.
    public init(scan: RegisterScan, settings: ReportSettings, month: CalendarMonth?) throws(SRBError) {
        guard !scan.units.isEmpty, scan.rowsUsable > 0,
              let month = month ?? scan.lastMonthWithBirths else {
            throw .noUsableRow
        }
        let windows = MonthWindow.monthlyWindows.map { ($0, $0.period(endingAt: month)) }
        let span = Period(from: windows[3].1?.from ?? month.period.from, to: month.period.to)!
        var rowsUsed = 0
        var rowsOutside = scan.rowsOutsidePeriod
        var straddling = 0
        for (key, cell) in scan.cells {
            let bucket = key.bucket.period
            if windows.contains(where: { $0.1?.covers(bucket) ?? false }) {
                rowsUsed += cell.rows
            } else {
                rowsOutside += cell.rows
                if span.overlaps(bucket) { straddling += cell.rows }
            }
        }
        guard rowsUsed > 0 else {
            guard let covered = scan.coveredDays else { throw .noRowInPeriod(span, dataFrom: nil, dataTo: nil) }
            throw .noRowInWindows(month: month, span: span, dataFrom: covered.from, dataTo: covered.to)
        }
        let groups = try UnitGrouping.assign(scan.units, level: settings.level,
                                             hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
        let tallies = MonthTallies(scan: scan, groupOfUnit: groups.groupOfUnit, groupCount: groups.groups.count,
                                   endingAt: month)
        let noBirths = (groups: Array(repeating: OrderedTally(), count: groups.groups.count), total: OrderedTally())
        let windowTallies = MonthWindow.monthlyWindows.map { window in
            window.months(endingAt: month).map { tallies.sum(from: $0.first, to: $0.last) } ?? noBirths
        }
        let firstMonth = scan.firstMonthWithData
        let rollingMonths = (0..<24).compactMap { month.adding(months: $0 - 23) }.filter { end in
            guard let firstMonth, let start = end.adding(months: -11) else { return false }
            return start >= firstMonth
        }
        let rollingTallies = rollingMonths.map { tallies.sum(from: $0.adding(months: -11)!, to: $0) }

        /// The four windows of `counts` (in `windows`' order), the change and its p-value.
        func windowed(_ counts: [Tally]) -> (windows: [WindowResult], change: Double?, pValue: Double?) {
            let results = zip(windows, counts).map { window, counts in
                let estimate = SexRatioEstimate(boys: counts.boys, girls: counts.girls,
                                                confidence: settings.confidence, method: settings.intervalMethod)
                return WindowResult(window: window.0, period: window.1 ?? span, estimate: estimate,
                                    status: UnitStatus(estimate: estimate, threshold: settings.threshold,
                                                       minimumBirths: settings.minimumBirths))
            }
            let last = results[2].estimate, previous = results[3].estimate
            let change = last.srb.flatMap { now in previous.srb.map { now - $0 } }
            var pValue: Double?
            if last.births > 0, previous.births > 0, last.births + previous.births < 1 << 31 {
                pValue = FisherExactTest.twoSidedPValue(firstRow: (last.boys, last.girls),
                                                        secondRow: (previous.boys, previous.girls))
            }
            return (results, change, pValue)
        }

        func unitMonthly(_ unit: Unit,
                         tally: (_ source: (groups: [OrderedTally], total: OrderedTally)) -> OrderedTally) -> UnitMonthly {
            let counts = windowTallies.map(tally)
            let all = windowed(counts.map(\.total))
            let rolling = zip(rollingMonths, rollingTallies).map { end, source in
                let counts = tally(source).total
                return RollingPoint(month: end, estimate: SexRatioEstimate(
                    boys: counts.boys, girls: counts.girls,
                    confidence: settings.confidence, method: settings.intervalMethod))
            }
            let byOrder = settings.splitsByBirthOrder ? BirthOrder.allCases.map { order in
                let part = windowed(counts.map { $0[order] })
                return OrderMonthly(order: order, windows: part.windows, change12Months: part.change,
                                    changePValue: part.pValue)
            } : nil
            return UnitMonthly(unit: unit, windows: all.windows, change12Months: all.change, changePValue: all.pValue,
                               rolling: rolling, byOrder: byOrder)
        }

        self.month = month
        self.settings = settings
        self.units = groups.groups.enumerated().map { index, unit in unitMonthly(unit) { $0.groups[index] } }
        self.total = unitMonthly(Unit(code: nil, name: Report.totalName, level: .total, parent: nil)) { $0.total }
        self.input = InputAccounting(files: scan.files, rowsRead: scan.rowsRead, rowsUsed: rowsUsed,
                                     rowsOutsidePeriod: rowsOutside, rejectedByReason: scan.rejectedByReason)
        self.warnings = scan.warnings + (straddling > 0 ? [.countRowsStraddlePeriod(count: straddling)] : [])
            + [scan.noBirthsWarning(in: month)].compactMap { $0 }
        self.firstRejections = scan.firstRejections
        self.coveredArea = Report.sharedArea(of: scan.units, level: settings.level)
    }
}

extension RegisterScan {
    /// The last month with births in the usable rows (December for a count of a
    /// whole year); nil when there is none.
    public var lastMonthWithBirths: CalendarMonth? {
        cells.filter { $0.value.tally.total.births > 0 }.map(\.key)
            .map { CalendarMonth(year: $0.bucket.year, month: $0.bucket.month == 0 ? 12 : $0.bucket.month) }
            .compactMap { $0 }.max()
    }

    /// A warning when `month` has no births though usable rows exist: most
    /// often an export not brought up to date.
    public func noBirthsWarning(in month: CalendarMonth) -> ReadWarning? {
        let births = cells.lazy.filter { $0.key.bucket.year == month.year && $0.key.bucket.month == month.month }
            .reduce(0) { $0 + $1.value.tally.total.births }
        guard births == 0, let last = coveredDays?.to else { return nil }
        return .noBirthsInMonth(month, dataTo: last)
    }

    /// The first month of the usable rows (January for a count of a whole year).
    var firstMonthWithData: CalendarMonth? {
        cells.keys.compactMap { CalendarMonth(year: $0.bucket.year, month: max($0.bucket.month, 1)) }.min()
    }
}
