/// The reader's running state across files: the scan being built, the current
/// file's layout, and the caches that keep per-row work off Foundation.
///
/// With a ward registry, its entries are the units, in registry order and
/// before any row is read (so that every one is reported, births or not); a
/// row's unit must match one of them. Without one, each new matching key seen
/// in a usable row becomes a unit.
struct ScanState {
    let settings: ReadSettings
    var scan = RegisterScan()
    private(set) var layout: HeaderLayout?
    /// The layout's columns, looked up once per file rather than hashed per row.
    private var columns = RoleColumns([:])
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

    /// What a unit cell as written stands for, worked out once per spelling.
    private struct UnitSpelling {
        /// Matching key (see SPEC "Units"); empty for a blank cell.
        let key: String
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

    /// Takes one record: the file's header when none is known yet, else a data row.
    mutating func take(_ record: CSVRecord, onRejection: (Rejection) -> Void) throws(SRBError) {
        guard let layout else {
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
            return
        }
        scan.rowsRead += 1
        if let rejection = classify(record, layout: layout) {
            scan.rejectedByReason[rejection.reason, default: 0] += 1
            if scan.firstRejections.count < RegisterScan.keptRejections { scan.firstRejections.append(rejection) }
            if rejection.reason == .duplicate && scan.duplicateExamples.count < RegisterScan.keptDuplicates {
                scan.duplicateExamples.append(rejection)
            }
            onRejection(rejection)
        }
    }

    /// Uses the row, or returns why it is rejected.
    private mutating func classify(_ record: CSVRecord, layout: HeaderLayout) -> Rejection? {
        func reject(_ reason: RejectionReason, _ problem: Rejection.Problem, column: Int?, quoting: Bool = true) -> Rejection {
            let field = column.flatMap { quoting && $0 < record.fieldCount ? text(record.field($0)) : nil }
            let location = SourceLocation(file: fileName, line: record.line, column: column.map { $0 + 1 })
            return Rejection(reason: reason, problem: problem, location: location, field: field)
        }
        guard record.fieldCount == layout.fieldCount else {
            let column = min(record.fieldCount, layout.fieldCount)
            return reject(.fields, .fieldCount(found: record.fieldCount, expected: layout.fieldCount),
                          column: column, quoting: record.fieldCount > layout.fieldCount)
        }
        if let oversized = record.firstOversizedField {
            return reject(.fields, .fieldTooLong(limit: settings.maximumFieldLength), column: oversized, quoting: false)
        }
        if let cut = record.firstFieldPastRecordLimit {
            return reject(.fields, .rowTooLong(limit: settings.maximumFieldLength * 16), column: cut, quoting: false)
        }
        let sexReading = layout.shape == .births ? sex(record.field(columns[.sex]!)) : nil
        let unitColumn = columns[.unit]!
        let spellingNumber = unitSpellingNumber(record.field(unitColumn))
        let spelling = spellingNumber.map { unitSpellingInfo[$0] } ?? unitSpelling(record.field(unitColumn))
        let unitKey = spelling.key
        guard !unitKey.isEmpty else { return reject(.unit, .emptyUnit, column: unitColumn, quoting: false) }
        var registryIndex: Int?
        if let registry = settings.registry {
            guard let index = spelling.registryIndex else {
                let field = record.field(unitColumn), encoding = settings.encoding
                let suggestion = unknownUnits.count(unitKey, spelling: { UnitName.display(ScanState.decode(field, encoding: encoding)) },
                                                    read: { registry.suggestion(for: unitKey) })
                return reject(.unit, .unknownUnit(suggestion: suggestion), column: unitColumn)
            }
            registryIndex = index
        }

        let span: Period
        var tally = OrderedTally()
        switch layout.shape {
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
            let order = BirthOrder(rank: columns[.birthOrder].flatMap { FieldValues.birthOrder(record.field($0)) })
            tally[order] = sex == .male ? Tally(boys: 1) : Tally(girls: 1)
            span = Period(from: day, to: day)!
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
        if let index = registryIndex ?? spelling.unit {
            unit = index
        } else {
            unit = unitIndex(for: unitKey, record: record, layout: layout)
            if let spellingNumber { unitSpellingInfo[spellingNumber].unit = unit }
        }
        fillHierarchy(of: unit, record: record, layout: layout)
        use(tally, span: span, unit: unit)
        return nil
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
    private mutating func unitIndex(for key: String, record: CSVRecord, layout: HeaderLayout) -> Int {
        if let known = unitIndexByKey[key] { return known }
        let index = scan.units.count
        unitIndexByKey[key] = index
        let name = UnitName.display(text(record.field(columns[.unit]!)))
        scan.units.append(RegisterScan.ScannedUnit(key: key, name: name, district: nil, province: nil))
        return index
    }

    /// Takes a unit's district and province from the row's columns while they are
    /// unknown, unless the registry has such a column (its word is final there).
    private mutating func fillHierarchy(of index: Int, record: CSVRecord, layout: HeaderLayout) {
        let registry = settings.registry
        if registry?.hasDistrictColumn != true, scan.units[index].district == nil, let column = columns[.district] {
            scan.units[index].district = nonEmptyText(record.field(column))
        }
        if registry?.hasProvinceColumn != true, scan.units[index].province == nil, let column = columns[.province] {
            scan.units[index].province = nonEmptyText(record.field(column))
        }
    }

    /// The number of a unit spelling, remembered with what it stands for on
    /// first sight; nil past `unitCacheLimit` spellings (then worked out each time).
    private mutating func unitSpellingNumber(_ field: ArraySlice<UInt8>) -> Int? {
        if let known = unitSpellings.find(field) { return known }
        guard unitSpellings.count < ScanState.unitCacheLimit else { return nil }
        unitSpellingInfo.append(unitSpelling(field))
        return unitSpellings.insert(field)
    }

    private func unitSpelling(_ field: ArraySlice<UInt8>) -> UnitSpelling {
        let key = UnitName.key(text(field))
        let registryIndex = key.isEmpty ? nil : settings.registry?.entryIndex(forKey: key)
        return UnitSpelling(key: key, registryIndex: registryIndex, unit: nil)
    }

    /// Reads a sex cell and counts its spelling (trimmed, as written) for `srb validate`.
    private mutating func sex(_ field: ArraySlice<UInt8>) -> Sex? {
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

    private func nonEmptyText(_ field: ArraySlice<UInt8>) -> String? {
        let value = TextFolding.tidy(text(field))
        return value.isEmpty ? nil : value
    }

    private func text(_ field: ArraySlice<UInt8>) -> String {
        ScanState.decode(field, encoding: settings.encoding)
    }

    /// Decodes a field: UTF-8 when valid, else Windows-1258 (the reader warns
    /// once per file, naming the first line that is not UTF-8); a forced
    /// encoding decides alone.
    static func decode(_ field: ArraySlice<UInt8>, encoding: TextEncoding?) -> String {
        switch encoding {
        case .cp1258: return Windows1258.decode(field)
        case .utf8, .utf16: return String(decoding: field, as: UTF8.self)
        case nil: break
        }
        if let valid = String(validating: field, as: UTF8.self) { return valid }
        return Windows1258.decode(field)
    }
}
