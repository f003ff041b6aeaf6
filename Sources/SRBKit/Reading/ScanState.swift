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
    private var fileName = ""
    private var fileIndex = 0
    private var unitIndexByKey: [String: Int] = [:]
    private var unitKeyBySpelling: [[UInt8]: String] = [:]
    private var sexSpellings = SpellingTally<[UInt8], Sex?>()
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

    /// Copies the bounded tallies kept for `srb validate` into the scan.
    mutating func finish() {
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
        let sexReading = layout.shape == .births ? sex(record.field(layout.columns[.sex]!)) : nil
        let unitColumn = layout.columns[.unit]!
        let unitKey = unitKey(record.field(unitColumn))
        guard !unitKey.isEmpty else { return reject(.unit, .emptyUnit, column: unitColumn, quoting: false) }
        var registryIndex: Int?
        if let registry = settings.registry {
            guard let index = registry.entryIndex(forKey: unitKey) else {
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
            let dateColumn = layout.columns[.date]!
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
            let sexColumn = layout.columns[.sex]!
            guard let sex = sexReading else {
                let empty = FieldValues.trimmed(record.field(sexColumn)).isEmpty
                return reject(.sex, empty ? .emptySex : .unknownSex, column: sexColumn, quoting: !empty)
            }
            let order = BirthOrder(rank: layout.columns[.birthOrder].flatMap { FieldValues.birthOrder(record.field($0)) })
            tally[order] = sex == .male ? Tally(boys: 1) : Tally(girls: 1)
            span = Period(from: day, to: day)!
        case .counts:
            let parsed: Period
            if let column = layout.columns[.period] {
                guard let value = FieldValues.countPeriod(record.field(column)) else {
                    return reject(.date, .unreadablePeriod, column: column)
                }
                parsed = value
            } else {
                let yearColumn = layout.columns[.year]!, monthColumn = layout.columns[.month]!
                guard FieldValues.countYear(record.field(yearColumn)) != nil else {
                    return reject(.date, .unreadablePeriod, column: yearColumn)
                }
                guard let value = FieldValues.countPeriod(year: record.field(yearColumn), month: record.field(monthColumn)) else {
                    return reject(.date, .unreadablePeriod, column: monthColumn)
                }
                parsed = value
            }
            let boysColumn = layout.columns[.boys]!, girlsColumn = layout.columns[.girls]!
            guard let boys = FieldValues.count(record.field(boysColumn)) else {
                return reject(.count, .invalidCount, column: boysColumn)
            }
            guard let girls = FieldValues.count(record.field(girlsColumn)) else {
                return reject(.count, .invalidCount, column: girlsColumn)
            }
            tally[.unknown] = Tally(boys: boys, girls: girls)
            span = parsed
        }

        if let idColumn = layout.columns[.id] {
            let id = FieldValues.trimmed(record.field(idColumn))
            if !id.isEmpty, let first = seenIDs.insert(id, file: fileIndex, line: record.line) {
                let firstSeen = SourceLocation(file: scan.files[first.file], line: first.line)
                return reject(.duplicate, .duplicateID(firstSeen: firstSeen), column: idColumn)
            }
        }
        let unit = registryIndex ?? unitIndex(for: unitKey, record: record, layout: layout)
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
        let key = RegisterScan.CellKey(unit: unit, bucket: bucket)
        scan.cells[key, default: RegisterScan.Cell()].tally += tally
        scan.cells[key, default: RegisterScan.Cell()].rows += 1
        if scan.firstDay.map({ span.from < $0 }) ?? true { scan.firstDay = span.from }
        if scan.lastDay.map({ span.to > $0 }) ?? true { scan.lastDay = span.to }
    }

    /// The unit of a usable row when there is no registry: a new one for a key
    /// not seen before, shown with this first spelling.
    private mutating func unitIndex(for key: String, record: CSVRecord, layout: HeaderLayout) -> Int {
        if let known = unitIndexByKey[key] { return known }
        let index = scan.units.count
        unitIndexByKey[key] = index
        let name = UnitName.display(text(record.field(layout.columns[.unit]!)))
        scan.units.append(RegisterScan.ScannedUnit(key: key, name: name, district: nil, province: nil))
        return index
    }

    /// Takes a unit's district and province from the row's columns while they are
    /// unknown, unless the registry has such a column (its word is final there).
    private mutating func fillHierarchy(of index: Int, record: CSVRecord, layout: HeaderLayout) {
        let registry = settings.registry
        if registry?.hasDistrictColumn != true, scan.units[index].district == nil, let column = layout.columns[.district] {
            scan.units[index].district = nonEmptyText(record.field(column))
        }
        if registry?.hasProvinceColumn != true, scan.units[index].province == nil, let column = layout.columns[.province] {
            scan.units[index].province = nonEmptyText(record.field(column))
        }
    }

    private mutating func unitKey(_ field: ArraySlice<UInt8>) -> String {
        let bytes = Array(field)
        if let known = unitKeyBySpelling[bytes] { return known }
        let key = UnitName.key(text(field))
        if unitKeyBySpelling.count < ScanState.unitCacheLimit { unitKeyBySpelling[bytes] = key }
        return key
    }

    /// Reads a sex cell and counts its spelling (trimmed, as written) for `srb validate`.
    private mutating func sex(_ field: ArraySlice<UInt8>) -> Sex? {
        let trimmed = FieldValues.trimmed(field)
        let encoding = settings.encoding
        return sexSpellings.count(Array(trimmed), spelling: { TextFolding.tidy(ScanState.decode(trimmed, encoding: encoding)) },
                                  read: { Sex(spelling: ScanState.decode(trimmed, encoding: encoding)) })
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
