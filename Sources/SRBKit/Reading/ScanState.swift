/// The reader's running state across files: the scan being built, the current
/// file's layout, and the caches that keep per-row work off Foundation.
///
/// With a ward registry, its entries are the units, in registry order and
/// before any row is read (so that every one is reported, births or not); a
/// row's unit must match one of them. Without one, each new matching key seen
/// in a usable row becomes a unit.
struct ScanState: Sendable {
    let settings: ReadSettings
    var scan = RegisterScan()
    private(set) var layout: HeaderLayout?
    /// The layout's columns, looked up once per file rather than hashed per row.
    private var columns = RoleColumns([:])
    /// Per-file facts the row path reads, so that it never copies the layout or the registry.
    private var rowFacts = RowFacts()
    private var fileName = ""
    private var fileIndex = 0
    private var unitIndexByKey: [String: Int] = [:]
    /// Unit cells as written, found in place; `unitSpellingInfo` is indexed by their number.
    private var unitSpellings = ByteStringTable()
    private var unitSpellingInfo: [UnitSpelling] = []
    private var sexSpellings = SpellingTally<[UInt8], Sex?>()
    /// Sex spellings remembered by `sexSpellings`, found in place; `sexSpellingInfo` is indexed by their number.
    private var knownSexSpellings = ByteStringTable()
    private var sexSpellingInfo: [(reading: Sex?, listed: Int?)] = []
    private var cells = CellGrid()
    private var unknownUnits = SpellingTally<String, String?>()
    private var seenIDs = IdentifierSet()
    var straddlingCountRows = 0

    /// Unit spellings whose key is remembered; past this, keys are worked out each time.
    private static let unitCacheLimit = 65_536

    init(settings: ReadSettings) {
        self.settings = settings
        scan.filteredPeriod = settings.period
        if let registry = settings.registry {
            scan.hasRegistry = true
            scan.units = registry.entries.map { entry in
                RegisterScan.ScannedUnit(key: UnitName.key(entry.name), name: entry.name,
                                         district: entry.district, province: entry.province, code: entry.code)
            }
            scan.hasDistricts = registry.hasDistrictColumn && registry.namesDistricts
            scan.hasProvinces = registry.hasProvinceColumn && registry.namesProvinces
        }
    }

    /// The column of each role (0-based), as `HeaderLayout.columns` has it.
    private struct RoleColumns {
        private var byRole: [Int?]

        init(_ columns: [ColumnRole: Int]) {
            byRole = [Int?](repeating: nil, count: ColumnRole.allCases.count)
            for (role, column) in columns { byRole[RoleColumns.ordinal(role)] = column }
        }

        subscript(role: ColumnRole) -> Int? {
            byRole[RoleColumns.ordinal(role)]
        }

        private static func ordinal(_ role: ColumnRole) -> Int {
            switch role {
            case .unit: 0
            case .date: 1
            case .sex: 2
            case .id: 3
            case .birthOrder: 4
            case .district: 5
            case .province: 6
            case .period: 7
            case .year: 8
            case .month: 9
            case .boys: 10
            case .girls: 11
            }
        }
    }

    /// What the current file's rows are checked against.
    private struct RowFacts {
        var fieldCount = 0
        var shape = HeaderLayout.Shape.births
        var hasRegistry = false
        /// Columns to take a unit's district (province) from while it has none.
        var districtColumn: Int?
        var provinceColumn: Int?
    }

    /// What a unit cell as written stands for, worked out once per spelling.
    private struct UnitSpelling {
        /// True when the matching key (see SPEC "Units") is empty: a blank cell.
        let isBlank: Bool
        /// The registry entry it matches; nil without a registry or a match.
        let registryIndex: Int?
        /// The unit it became (without a registry), once a usable row had it.
        var unit: Int?
    }

    /// Copies the cells and the bounded tallies kept for `srb validate` into the scan.
    mutating func finish() {
        scan.cells = cells.cells
        scan.sexSpellings = sexSpellings.listed.map {
            RegisterScan.SexSpelling(spelling: $0.spelling, sex: $0.reading, rows: $0.rows)
        }
        scan.otherSexSpellingRows = sexSpellings.otherRows
        scan.unknownUnits = unknownUnits.listed.map {
            RegisterScan.UnknownUnit(spelling: $0.spelling, suggestion: $0.reading, rows: $0.rows)
        }
        scan.otherUnknownUnitRows = unknownUnits.otherRows
        if straddlingCountRows > 0 {
            scan.warnings.append(.countRowsStraddlePeriod(count: straddlingCountRows))
        }
    }

    mutating func beginFile(named name: String) {
        fileName = name
        fileIndex = scan.files.count - 1
        layout = nil
    }

    /// Takes one record: the file's header when none is known yet, else a data
    /// row. Returns the row's rejection, already counted, for the caller to pass on.
    mutating func take(_ record: RecordView) throws(SRBError) -> Rejection? {
        guard layout != nil else {
            let headers = (0..<record.storedFieldCount).map { text(record.field($0)) }
            let found = try HeaderLayout(headers: headers, fieldCount: record.fieldCount,
                                         overrides: settings.columnOverrides, file: fileName)
            for duplicate in found.ignoredDuplicates {
                let location = SourceLocation(file: fileName, line: record.line, column: duplicate.column + 1)
                scan.warnings.append(.duplicateColumn(location, role: duplicate.role))
            }
            if found.columns[.district] != nil && settings.registry?.hasDistrictColumn != true { scan.hasDistricts = true }
            if found.columns[.province] != nil && settings.registry?.hasProvinceColumn != true { scan.hasProvinces = true }
            self.layout = found
            columns = RoleColumns(found.columns)
            let registry = settings.registry
            rowFacts = RowFacts(fieldCount: found.fieldCount, shape: found.shape, hasRegistry: registry != nil,
                                districtColumn: registry?.hasDistrictColumn == true ? nil : found.columns[.district],
                                provinceColumn: registry?.hasProvinceColumn == true ? nil : found.columns[.province])
            return nil
        }
        scan.rowsRead += 1
        guard let rejection = classify(record) else { return nil }
        count(rejection)
        return rejection
    }

    private mutating func count(_ rejection: Rejection) {
        scan.rejectedByReason[rejection.reason, default: 0] += 1
        if scan.firstRejections.count < RegisterScan.keptRejections { scan.firstRejections.append(rejection) }
        if rejection.reason == .duplicate && scan.duplicateExamples.count < RegisterScan.keptDuplicates {
            scan.duplicateExamples.append(rejection)
        }
    }

    /// A state that has read the current file's header and nothing else, not
    /// even earlier files: what a second thread reading the rest of the file
    /// starts from.
    func startingAfterHeader() -> ScanState {
        var fresh = ScanState(settings: settings)
        fresh.scan.files = scan.files
        fresh.beginFile(named: fileName)
        fresh.layout = layout
        fresh.columns = columns
        fresh.rowFacts = rowFacts
        return fresh
    }

    /// Takes in what `other` read from the rest of the current file, starting
    /// `lineOffset` lines down, as if this state had read those rows itself.
    /// Returns false, changing nothing, when that cannot be done exactly: the
    /// other state left spellings unlisted (more than `SpellingTally.listedLimit`
    /// of them), or saw an id this one has seen. `keepsIDs` false leaves the
    /// other's ids out of this state (no later file to check them against).
    /// The other state's id pages are freed as they are taken in.
    mutating func absorb(_ other: inout ScanState, lineOffset: Int, keepsIDs: Bool) -> Bool {
        guard sexSpellings.canAbsorb(other.sexSpellings), unknownUnits.canAbsorb(other.unknownUnits),
              other.seenIDs.count == 0 || !seenIDs.sharesAnID(with: other.seenIDs) else { return false }
        var unitMap: [Int] = []
        unitMap.reserveCapacity(other.scan.units.count)
        for unit in other.scan.units {
            let index: Int
            if scan.hasRegistry {
                index = unitMap.count  // the registry's units, in its order, on both sides
            } else if let known = unitIndexByKey[unit.key] {
                index = known
            } else {
                index = scan.units.count
                unitIndexByKey[unit.key] = index
                scan.units.append(RegisterScan.ScannedUnit(key: unit.key, name: unit.name, district: nil, province: nil))
            }
            if scan.units[index].district == nil { scan.units[index].district = unit.district }
            if scan.units[index].province == nil { scan.units[index].province = unit.province }
            unitMap.append(index)
        }
        cells.absorb(other.cells, unitMap: unitMap)
        scan.rowsRead += other.scan.rowsRead
        scan.rowsOutsidePeriod += other.scan.rowsOutsidePeriod
        for rejection in other.scan.firstRejections {
            // `firstRejections` holds every rejection's reason count only up to its
            // limit, so counts come from `rejectedByReason` and examples from here.
            let shifted = rejection.shifted(byLines: lineOffset)
            if scan.firstRejections.count < RegisterScan.keptRejections { scan.firstRejections.append(shifted) }
        }
        for rejection in other.scan.duplicateExamples where scan.duplicateExamples.count < RegisterScan.keptDuplicates {
            scan.duplicateExamples.append(rejection.shifted(byLines: lineOffset))
        }
        for (reason, count) in other.scan.rejectedByReason { scan.rejectedByReason[reason, default: 0] += count }
        if let first = other.scan.firstDay, scan.firstDay.map({ first < $0 }) ?? true { scan.firstDay = first }
        if let last = other.scan.lastDay, scan.lastDay.map({ last > $0 }) ?? true { scan.lastDay = last }
        straddlingCountRows += other.straddlingCountRows
        sexSpellings.absorb(other.sexSpellings)
        unknownUnits.absorb(other.unknownUnits)
        if keepsIDs { seenIDs.absorb(&other.seenIDs, lineOffset: lineOffset) }
        return true
    }

    /// Uses the row, or returns why it is rejected.
    private mutating func classify(_ record: RecordView) -> Rejection? {
        func reject(_ reason: RejectionReason, _ problem: Rejection.Problem, column: Int?, quoting: Bool = true) -> Rejection {
            let field = column.flatMap { quoting && $0 < record.fieldCount ? text(record.field($0)) : nil }
            let location = SourceLocation(file: fileName, line: record.line, column: column.map { $0 + 1 })
            return Rejection(reason: reason, problem: problem, location: location, field: field)
        }
        let expectedFields = rowFacts.fieldCount
        guard record.fieldCount == expectedFields else {
            let column = min(record.fieldCount, expectedFields)
            return reject(.fields, .fieldCount(found: record.fieldCount, expected: expectedFields),
                          column: column, quoting: record.fieldCount > expectedFields)
        }
        if let oversized = record.firstOversizedField {
            return reject(.fields, .fieldTooLong(limit: settings.maximumFieldLength), column: oversized, quoting: false)
        }
        if let cut = record.firstFieldPastRecordLimit {
            return reject(.fields, .rowTooLong(limit: settings.maximumFieldLength * 16), column: cut, quoting: false)
        }
        let shape = rowFacts.shape
        let sexReading = shape == .births ? sex(record.field(columns[.sex]!)) : nil
        let unitColumn = columns[.unit]!
        let spellingNumber = unitSpellingNumber(record.field(unitColumn))
        // Read field by field so that a known spelling's key (a String) is never copied here.
        let isBlank: Bool, knownRegistryIndex: Int?, knownUnit: Int?
        if let spellingNumber {
            isBlank = unitSpellingInfo[spellingNumber].isBlank
            knownRegistryIndex = unitSpellingInfo[spellingNumber].registryIndex
            knownUnit = unitSpellingInfo[spellingNumber].unit
        } else {
            let spelling = unitSpelling(record.field(unitColumn))
            (isBlank, knownRegistryIndex, knownUnit) = (spelling.isBlank, spelling.registryIndex, spelling.unit)
        }
        guard !isBlank else { return reject(.unit, .emptyUnit, column: unitColumn, quoting: false) }
        var registryIndex: Int?
        if rowFacts.hasRegistry {
            guard let index = knownRegistryIndex else {
                let field = record.field(unitColumn), encoding = settings.encoding, registry = settings.registry!
                let unitKey = UnitName.key(text(field))
                let suggestion = unknownUnits.count(unitKey, spelling: { UnitName.display(ScanState.decode(field, encoding: encoding)) },
                                                    read: { registry.suggestion(for: unitKey) })
                return reject(.unit, .unknownUnit(suggestion: suggestion), column: unitColumn)
            }
            registryIndex = index
        }

        var span: Period?
        var birth: (day: CalendarDay, order: BirthOrder, isBoy: Bool)?
        var tally = OrderedTally()
        switch shape {
        case .births:
            let dateColumn = columns[.date]!
            let dateField = record.field(dateColumn)
            let day: CalendarDay
            switch FieldValues.date(dateField, order: settings.dateOrder) {
            case .success(let value): day = value
            case .failure(let failure):
                let problem: Rejection.Problem = switch failure {
                case .unreadable: FieldValues.trimmed(dateField).isEmpty ? .emptyDate : .unreadableDate
                case .twoDigitYear: .twoDigitYear
                case .nonexistent: .nonexistentDate
                }
                return reject(.date, problem, column: dateColumn, quoting: problem != .emptyDate)
            }
            let sexColumn = columns[.sex]!
            guard let sex = sexReading else {
                let empty = FieldValues.trimmed(record.field(sexColumn)).isEmpty
                return reject(.sex, empty ? .emptySex : .unknownSex, column: sexColumn, quoting: !empty)
            }
            let order = columns[.birthOrder].map { FieldValues.birthOrderGroup(record.field($0)) } ?? .unknown
            birth = (day, order, sex == .male)
        case .counts:
            let parsed: Period
            if let column = columns[.period] {
                guard let value = FieldValues.countPeriod(record.field(column)) else {
                    return reject(.date, .unreadablePeriod, column: column)
                }
                parsed = value
            } else {
                let yearColumn = columns[.year]!, monthColumn = columns[.month]!
                guard FieldValues.countYear(record.field(yearColumn)) != nil else {
                    return reject(.date, .unreadablePeriod, column: yearColumn)
                }
                guard let value = FieldValues.countPeriod(year: record.field(yearColumn), month: record.field(monthColumn)) else {
                    return reject(.date, .unreadablePeriod, column: monthColumn)
                }
                parsed = value
            }
            let boysColumn = columns[.boys]!, girlsColumn = columns[.girls]!
            guard let boys = FieldValues.count(record.field(boysColumn)) else {
                return reject(.count, .invalidCount, column: boysColumn)
            }
            guard let girls = FieldValues.count(record.field(girlsColumn)) else {
                return reject(.count, .invalidCount, column: girlsColumn)
            }
            tally[.unknown] = Tally(boys: boys, girls: girls)
            span = parsed
        }

        if let idColumn = columns[.id] {
            let id = FieldValues.trimmed(record.field(idColumn))
            if !id.isEmpty, let first = seenIDs.insert(id, file: fileIndex, line: record.line) {
                let firstSeen = SourceLocation(file: scan.files[first.file], line: first.line)
                return reject(.duplicate, .duplicateID(firstSeen: firstSeen), column: idColumn)
            }
        }
        let unit: Int
        if let index = registryIndex ?? knownUnit {
            unit = index
        } else {
            unit = unitIndex(for: UnitName.key(text(record.field(unitColumn))), record: record)
            if let spellingNumber { unitSpellingInfo[spellingNumber].unit = unit }
        }
        fillHierarchy(of: unit, record: record)
        if let birth {
            useBirth(on: birth.day, order: birth.order, isBoy: birth.isBoy, unit: unit)
        } else {
            use(tally, span: span!, unit: unit)
        }
        return nil
    }

    /// Adds a usable birth of `unit`: counts it in its month or as outside.
    private mutating func useBirth(on day: CalendarDay, order: BirthOrder, isBoy: Bool, unit: Int) {
        if let period = settings.period, day < period.from || period.to < day {
            scan.rowsOutsidePeriod += 1
            return
        }
        cells.addBirth(order: order, isBoy: isBoy, unit: unit, bucket: RegisterScan.TimeBucket(year: day.year, month: day.month))
        if scan.firstDay.map({ day < $0 }) ?? true { scan.firstDay = day }
        if scan.lastDay.map({ day > $0 }) ?? true { scan.lastDay = day }
    }

    /// Adds a usable row of `unit`: counts it in its bucket or as outside.
    private mutating func use(_ tally: OrderedTally, span: Period, unit: Int) {
        if let period = settings.period, !period.covers(span) {
            if period.overlaps(span) { straddlingCountRows += 1 }
            scan.rowsOutsidePeriod += 1
            return
        }
        let isWholeYear = span.from.month == 1 && span.from.day == 1 && span.to.month == 12
            && span.to.day == 31 && span.from.year == span.to.year
        let bucket = RegisterScan.TimeBucket(year: span.from.year, month: isWholeYear && span.from != span.to ? 0 : span.from.month)
        cells.add(tally, unit: unit, bucket: bucket)
        if scan.firstDay.map({ span.from < $0 }) ?? true { scan.firstDay = span.from }
        if scan.lastDay.map({ span.to > $0 }) ?? true { scan.lastDay = span.to }
    }

    /// The unit of a usable row when there is no registry: a new one for a key
    /// not seen before, shown with this first spelling.
    private mutating func unitIndex(for key: String, record: RecordView) -> Int {
        if let known = unitIndexByKey[key] { return known }
        let index = scan.units.count
        unitIndexByKey[key] = index
        let name = UnitName.display(text(record.field(columns[.unit]!)))
        scan.units.append(RegisterScan.ScannedUnit(key: key, name: name, district: nil, province: nil))
        return index
    }

    /// Takes a unit's district and province from the row's columns while they are
    /// unknown, unless the registry has such a column (its word is final there).
    private mutating func fillHierarchy(of index: Int, record: RecordView) {
        if let column = rowFacts.districtColumn, scan.units[index].district == nil {
            scan.units[index].district = nonEmptyText(record.field(column))
        }
        if let column = rowFacts.provinceColumn, scan.units[index].province == nil {
            scan.units[index].province = nonEmptyText(record.field(column))
        }
    }

    /// The number of a unit spelling, remembered with what it stands for on
    /// first sight; nil past `unitCacheLimit` spellings (then worked out each time).
    private mutating func unitSpellingNumber(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        if let known = unitSpellings.find(field) { return known }
        guard unitSpellings.count < ScanState.unitCacheLimit else { return nil }
        unitSpellingInfo.append(unitSpelling(field))
        return unitSpellings.insert(field)
    }

    private func unitSpelling(_ field: UnsafeBufferPointer<UInt8>) -> UnitSpelling {
        let key = UnitName.key(text(field))
        let registryIndex = key.isEmpty ? nil : settings.registry?.entryIndex(forKey: key)
        return UnitSpelling(isBlank: key.isEmpty, registryIndex: registryIndex, unit: nil)
    }

    /// Reads a sex cell and counts its spelling (trimmed, as written) for `srb validate`.
    private mutating func sex(_ field: UnsafeBufferPointer<UInt8>) -> Sex? {
        let trimmed = FieldValues.trimmed(field)
        if let known = knownSexSpellings.find(trimmed) {
            let info = sexSpellingInfo[known]
            sexSpellings.countAgain(listed: info.listed)
            return info.reading
        }
        let encoding = settings.encoding, key = Array(trimmed)
        let reading = sexSpellings.count(key, spelling: { TextFolding.tidy(ScanState.decode(trimmed, encoding: encoding)) },
                                         read: { Sex(spelling: ScanState.decode(trimmed, encoding: encoding)) })
        if let remembered = sexSpellings.remembered(key) {
            sexSpellingInfo.append(remembered)
            _ = knownSexSpellings.insert(trimmed)
        }
        return reading
    }

    private func nonEmptyText(_ field: UnsafeBufferPointer<UInt8>) -> String? {
        let value = TextFolding.tidy(text(field))
        return value.isEmpty ? nil : value
    }

    private func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
        ScanState.decode(field, encoding: settings.encoding)
    }

    /// Decodes a field: UTF-8 when valid, else Windows-1258 (the reader warns
    /// once per file, naming the first line that is not UTF-8); a forced
    /// encoding decides alone.
    static func decode(_ field: UnsafeBufferPointer<UInt8>, encoding: TextEncoding?) -> String {
        switch encoding {
        case .cp1258: return Windows1258.decode(field)
        case .utf8, .utf16: return String(decoding: field, as: UTF8.self)
        case nil: break
        }
        if let valid = String(validating: field, as: UTF8.self) { return valid }
        return Windows1258.decode(field)
    }
}
