extension FertilityReport {
    /// Builds the report of `scan` (read with `ReadSettings.countsMotherAge`)
    /// against `population`, at `level`, for the whole years of `period` (nil:
    /// every year with births).
    ///
    /// Population units match register units as register spellings do (the
    /// registry's names, aliases and codes when the scan has one). Higher
    /// levels add births and women of their wards, never rates.
    ///
    /// A unit with births in a year the population gives no women for counts
    /// zero women that year: its status is `no_population`, and the warning
    /// `populationMissing` names it. Higher levels and the total add the women
    /// given (none for that unit), as for a row of zeros.
    ///
    /// Throws `noMotherAgeColumn` when no file had a mother-age column,
    /// `noUsableRow` and `levelUnavailable`.
    public init(scan: RegisterScan, population: PopulationTable, registry: UnitRegistry?, level: UnitLevel,
                period: Period?, confidence: Double, target: Double) throws(SRBError) {
        guard scan.hasMotherAgeColumn else { throw .noMotherAgeColumn }
        guard !scan.units.isEmpty, scan.rowsUsable > 0 else { throw .noUsableRow }
        let tally = scan.ageTally
        let years = Set(tally.keys.filter { tally.counts($0).total > 0 }.map(\.year)).sorted()
        guard let first = years.first, let last = years.last else { throw .noUsableRow }

        // Women per scanned unit and year, from the population rows whose unit matches.
        var unitOfKey: [String: Int] = [:]
        for (index, unit) in scan.units.enumerated() where unitOfKey[unit.key] == nil { unitOfKey[unit.key] = index }
        // With a registry the scanned units are its entries, in its order.
        let (womenByUnit, unmatched) = try population.matched { unitKey in
            scan.hasRegistry ? registry?.entryIndex(forKey: unitKey) : unitOfKey[unitKey]
        }
        var women: [AgeGroupTally<Int>.Key: [AgeGroup: Int]] = [:]
        for (unit, byYear) in womenByUnit {
            for (year, groups) in byYear { women[AgeGroupTally<Int>.Key(unit: unit, year: year)] = groups }
        }

        // A unit-year with births but no population row counts as zero women
        // (status `no_population`), like a row of zeros; the run goes on, with a warning.
        var gaps: [PopulationGap] = []
        for (index, unit) in scan.units.enumerated() {
            let missing = years.filter { year in
                let key = AgeGroupTally<Int>.Key(unit: index, year: year)
                return tally.counts(key).total > 0 && women[key] == nil
            }
            if !missing.isEmpty { gaps.append(PopulationTable.gap(unit: unit.name, years: missing, unmatched: unmatched)) }
        }

        let groups = try UnitGrouping.assign(scan.units, level: level,
                                             hasDistricts: scan.hasDistricts, hasProvinces: scan.hasProvinces)
        func result(_ unit: Unit, members: [Int]) -> UnitFertility {
            UnitFertility(unit: unit, years: years.map { year in
                var births = AgeGroupTally<Int>.Counts(known: [:], unknown: 0)
                var womenOfYear: [AgeGroup: Int] = [:]
                var hasPopulation = false
                for member in members {
                    let key = AgeGroupTally<Int>.Key(unit: member, year: year)
                    let counts = tally.counts(key)
                    births.known.merge(counts.known, uniquingKeysWith: +)
                    births.unknown += counts.unknown
                    if let given = women[key] {
                        hasPopulation = true
                        womenOfYear.merge(given, uniquingKeysWith: +)
                    }
                }
                let estimate = FertilityEstimate(births: births.known, birthsUnknownAge: births.unknown,
                                                 women: womenOfYear, confidence: confidence)
                return YearResult(year: year, estimate: estimate, hasPopulation: hasPopulation,
                                  status: FertilityStatus(estimate: estimate, target: target))
            })
        }
        var membersOfGroup = Array(repeating: [Int](), count: groups.groups.count)
        for (unit, group) in groups.groupOfUnit.enumerated() { membersOfGroup[group].append(unit) }
        self.units = zip(groups.groups, membersOfGroup).map { result($0, members: $1) }
        self.total = result(Unit(code: nil, name: Report.totalName, level: .total, parent: nil),
                            members: Array(scan.units.indices))
        self.years = years
        self.period = period ?? Period(from: Period.year(first)!.from, to: Period.year(last)!.to)!
        self.level = level
        self.confidence = confidence
        self.target = target
        let rowsUsed = scan.cells.values.reduce(0) { $0 + $1.rows }
        self.input = InputAccounting(files: scan.files, rowsRead: scan.rowsRead, rowsUsed: rowsUsed,
                                     rowsOutsidePeriod: scan.rowsOutsidePeriod, rejectedByReason: scan.rejectedByReason)
        self.warnings = scan.warnings
            + (gaps.isEmpty ? [] : [.populationMissing(file: population.file, gaps: gaps)])
            + (unmatched.isEmpty ? [] : [.populationUnitsUnmatched(file: population.file, units: unmatched)])
        self.firstRejections = scan.firstRejections
        self.birthsUnknownAge = tally.totalUnknown
        self.populationFile = population.file
    }
}

extension Period {
    /// True when the period runs from a 1 January to a 31 December.
    public var isWholeYears: Bool {
        from.month == 1 && from.day == 1 && to.month == 12 && to.day == 31
    }
}
