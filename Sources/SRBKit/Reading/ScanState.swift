/// The reader's running state across files: the scan being built, the current
/// file's layout, and the caches that keep per-row work off Foundation.
struct ScanState {
    let settings: ReadSettings
    var scan = RegisterScan()
    private(set) var layout: HeaderLayout?
    private var fileName = ""
    private var fileIndex = 0
    private var unitIndexByKey: [String: Int] = [:]
    private var unitKeyBySpelling: [[UInt8]: String] = [:]
    private var sexBySpelling: [[UInt8]: Sex?] = [:]
    private var seenIDs = IdentifierSet()
    var straddlingCountRows = 0

    /// Spellings of sex remembered per run; past this, new spellings are parsed each time.
    private static let sexCacheLimit = 1024

    init(settings: ReadSettings) {
        self.settings = settings
        scan.filteredPeriod = settings.period
    }

    mutating func beginFile(named name: String) {
        fileName = name
        fileIndex = scan.files.count - 1
        layout = nil
    }

    /// Takes one record: the file's header when none is known yet, else a data row.
    mutating func take(_ record: CSVRecord, onRejection: (Rejection) -> Void) throws(SRBError) {
        guard let layout else {
            let headers = (0..<record.fieldCount).map { text(record.field($0), line: record.line) }
            let found = try HeaderLayout(headers: headers, overrides: settings.columnOverrides, file: fileName)
            for duplicate in found.ignoredDuplicates {
                let location = SourceLocation(file: fileName, line: record.line, column: duplicate.column + 1)
                scan.warnings.append(.duplicateColumn(location, role: duplicate.role))
            }
            if found.columns[.district] != nil { scan.hasDistricts = true }
            if found.columns[.province] != nil { scan.hasProvinces = true }
            self.layout = found
            return
        }
        scan.rowsRead += 1
        if let rejection = classify(record, layout: layout) {
            scan.rejectedByReason[rejection.reason, default: 0] += 1
            if scan.firstRejections.count < RegisterScan.keptRejections { scan.firstRejections.append(rejection) }
            onRejection(rejection)
        }
    }

    /// Uses the row, or returns why it is rejected.
    private mutating func classify(_ record: CSVRecord, layout: HeaderLayout) -> Rejection? {
        func reject(_ reason: RejectionReason, _ problem: Rejection.Problem, column: Int?, quoting: Bool = true) -> Rejection {
            let field = column.flatMap { quoting && $0 < record.fieldCount ? text(record.field($0), line: record.line) : nil }
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
        let unitColumn = layout.columns[.unit]!
        let unitKey = unitKey(record.field(unitColumn), line: record.line)
        guard !unitKey.isEmpty else { return reject(.unit, .emptyUnit, column: unitColumn, quoting: false) }

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
            guard let sex = sex(record.field(sexColumn), line: record.line) else {
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
        use(tally, span: span, unitKey: unitKey, record: record, layout: layout)
        return nil
    }

    /// Adds a usable row: registers its unit, then counts it in its bucket or as outside.
    private mutating func use(_ tally: OrderedTally, span: Period, unitKey: String, record: CSVRecord, layout: HeaderLayout) {
        let unit = unitIndex(for: unitKey, record: record, layout: layout)
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
    }

    private mutating func unitIndex(for key: String, record: CSVRecord, layout: HeaderLayout) -> Int {
        let index: Int
        if let known = unitIndexByKey[key] {
            index = known
        } else {
            index = scan.units.count
            unitIndexByKey[key] = index
            let name = UnitName.display(text(record.field(layout.columns[.unit]!), line: record.line))
            scan.units.append(RegisterScan.ScannedUnit(key: key, name: name, district: nil, province: nil))
        }
        if scan.units[index].district == nil, let column = layout.columns[.district] {
            scan.units[index].district = nonEmptyText(record.field(column), line: record.line)
        }
        if scan.units[index].province == nil, let column = layout.columns[.province] {
            scan.units[index].province = nonEmptyText(record.field(column), line: record.line)
        }
        return index
    }

    private mutating func unitKey(_ field: ArraySlice<UInt8>, line: Int) -> String {
        let bytes = Array(field)
        if let known = unitKeyBySpelling[bytes] { return known }
        let key = UnitName.key(text(field, line: line))
        unitKeyBySpelling[bytes] = key
        return key
    }

    private mutating func sex(_ field: ArraySlice<UInt8>, line: Int) -> Sex? {
        let bytes = Array(field)
        if let known = sexBySpelling[bytes] { return known }
        let parsed = Sex(spelling: text(field, line: line))
        if sexBySpelling.count < ScanState.sexCacheLimit { sexBySpelling[bytes] = parsed }
        return parsed
    }

    private mutating func nonEmptyText(_ field: ArraySlice<UInt8>, line: Int) -> String? {
        let value = TextFolding.tidy(text(field, line: line))
        return value.isEmpty ? nil : value
    }

    /// Decodes a field: UTF-8 when valid, else Windows-1258 (the reader warns
    /// once per file, naming the first line that is not UTF-8).
    private mutating func text(_ field: ArraySlice<UInt8>, line: Int) -> String {
        switch settings.encoding {
        case .cp1258: return Windows1258.decode(field)
        case .utf8, .utf16: return String(decoding: field, as: UTF8.self)
        case nil: break
        }
        if let valid = String(validating: field, as: UTF8.self) { return valid }
        return Windows1258.decode(field)
    }
}
