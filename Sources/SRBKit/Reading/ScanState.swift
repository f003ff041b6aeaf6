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
    var layout: HeaderLayout?
    /// Per-file facts the row path reads, so that it never copies the layout or the registry.
    var rowFacts = RowFacts()
    /// Per unit, true once this file's district and province columns have
    /// nothing left to give it (both filled, or no such column): the row then
    /// skips `fillHierarchy`'s look at the unit. Cleared at each header.
    private var hierarchyFilled: [Bool] = []
    var fileName = ""
    private var fileIndex = 0
    /// The worksheet read from each file that is a workbook, by file number.
    var sheetByFile: [Int: String] = [:]
    var unitIndexByKey: [String: Int] = [:]
    /// Unit cells as written, found in place; `unitSpellingInfo` is indexed by their number.
    private var unitSpellings = ByteStringTable()
    private var unitSpellingInfo: [UnitSpelling] = []
    var sexSpellings = SpellingTally<[UInt8], Sex?>()
    /// Sex spellings remembered by `sexSpellings`, found in place; `sexSpellingInfo` is indexed by their number.
    private var knownSexSpellings = ByteStringTable()
    private var sexSpellingInfo: [(reading: Sex?, listed: Int?)] = []
    var cells = CellGrid()
    var unknownUnits = SpellingTally<String, String?>()
    var seenIDs = IdentifierSet()
    /// The next line's id as a row guessed it (`RecordView.fieldOfNextLine`),
    /// looked up; the next row uses the lookup when its id field is those very bytes.
    private var nextLineID: GuessedID?
    /// `dayKey` of `scan.firstDay` and `scan.lastDay` as `noteSpan` last left them
    /// (never wider than they are: a merge only widens them).
    private var spanKeys = (first: Int.max, last: Int.min)
    /// The last two known sex spellings of at most 7 bytes (`shortWord`) and what they read as.
    private var recentSexSpellings: (SexSpellingCache, SexSpellingCache) = (SexSpellingCache(), SexSpellingCache())
    var straddlingCountRows = 0
    /// Count rows used or kept outside so far, by unit and period, with where each was first seen.
    var seenCountRows: [CountRowKey: (file: Int, line: Int)] = [:]
    /// The order dates of the current file are read in (never `.auto`).
    var fileDateOrder = DateOrder.dmy
    /// True when the current file's date order is watched while it is read
    /// (`--date-order auto` on a source that cannot be read twice).
    var watchesDateOrder = false
    /// What the current file's dates showed, when watched.
    var dateEvidence = DateOrderEvidence.none

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

    /// What the current file's rows are checked against.
    struct RowFacts {
        var fieldCount = 0
        var shape = HeaderLayout.Shape.births
        var hasRegistry = false
        var unitColumn = 0
        /// The date and sex columns of a per-birth register (0 for a count sheet).
        var dateColumn = 0
        var sexColumn = 0
        var birthOrderColumn: Int?
        var idColumn: Int?
        /// A count sheet's columns: a period column, or year and month; boys and girls.
        var periodColumn: Int?
        var yearColumn = 0
        /// The month column of a count sheet with a year column; nil: every row is a whole year.
        var monthColumn: Int?
        var boysColumn = 0
        var girlsColumn = 0
        /// Columns to take a unit's district (province) from while it has none.
        var districtColumn: Int?
        var provinceColumn: Int?
        /// The column the mother's age is read from, when births are tallied by it.
        var motherAge: (column: Int, role: ColumnRole)?
    }

    /// What a unit cell as written stands for, worked out once per spelling.
    /// Plain values only, so that reading one per row copies no reference.
    private struct UnitSpelling {
        /// True when the matching key (see SPEC "Units") is empty: a blank cell.
        let isBlank: Bool
        /// The registry entry it matches; nil without a registry or a match.
        let registryIndex: Int?
        /// The unit it became (without a registry), once a usable row had it.
        var unit: Int?
        /// Why no row with this spelling can be used (checked before any normalisation).
        var problem: SpellingProblem? = nil
        /// True for a total (`Tổng cộng`, `Total`…), which is no unit.
        var isTotal = false
    }

    /// Why a unit spelling cannot be used: the rejection problems of SPEC's
    /// "Hostile and mistaken input" that depend on the spelling alone.
    private enum SpellingProblem {
        case tooLong, tooManyCombiningMarks

        var problem: Rejection.Problem {
            switch self {
            case .tooLong: .unitTooLong(limit: UnitName.maximumBytes)
            case .tooManyCombiningMarks: .tooManyCombiningMarks(limit: UnitName.maximumCombiningMarks)
            }
        }
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

    /// Notes that the current file is a workbook whose sheet `name` is read.
    mutating func beginSheet(named name: String) {
        sheetByFile[fileIndex] = name
    }

    /// A place in the current file.
    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column, sheet: sheetByFile[fileIndex])
    }

    /// A place in the file numbered `index` (in `scan.files`).
    func location(inFile index: Int, line: Int) -> SourceLocation {
        SourceLocation(file: scan.files[index], line: line, sheet: sheetByFile[index])
    }

    mutating func beginFile(named name: String) {
        fileName = name
        fileIndex = scan.files.count - 1
        layout = nil
        fileDateOrder = settings.dateOrder == .auto ? .dmy : settings.dateOrder
        watchesDateOrder = false
        dateEvidence = .none
    }

    /// Takes one record: the file's header when none is known yet, else a data
    /// row. Returns the row's rejection, already counted, for the caller to pass on.
    mutating func take(_ record: RecordView) throws(SRBError) -> Rejection? {
        guard layout != nil else {
            let headers = (0..<record.storedFieldCount).map { text(record.field($0)) }
            let found = try HeaderLayout(headers: headers, fieldCount: record.fieldCount,
                                         overrides: settings.columnOverrides,
                                         at: location(line: record.line))
            for duplicate in found.ignoredDuplicates {
                let location = location(line: record.line, column: duplicate.column + 1)
                scan.warnings.append(.duplicateColumn(location, role: duplicate.role))
            }
            if found.columns[.district] != nil && settings.registry?.hasDistrictColumn != true { scan.hasDistricts = true }
            if found.columns[.province] != nil && settings.registry?.hasProvinceColumn != true { scan.hasProvinces = true }
            self.layout = found
            let registry = settings.registry, columns = found.columns
            hierarchyFilled = []
            rowFacts = RowFacts(fieldCount: found.fieldCount, shape: found.shape, hasRegistry: registry != nil,
                                unitColumn: columns[.unit]!, dateColumn: columns[.date] ?? 0,
                                sexColumn: columns[.sex] ?? 0, birthOrderColumn: columns[.birthOrder],
                                idColumn: columns[.id], periodColumn: columns[.period],
                                yearColumn: columns[.year] ?? 0, monthColumn: columns[.month],
                                boysColumn: columns[.boys] ?? 0, girlsColumn: columns[.girls] ?? 0,
                                districtColumn: registry?.hasDistrictColumn == true ? nil : columns[.district],
                                provinceColumn: registry?.hasProvinceColumn == true ? nil : columns[.province])
            if settings.countsMotherAge {
                rowFacts.motherAge = [ColumnRole.motherBirthDate, .motherBirthYear, .motherAge].lazy
                    .compactMap { role in columns[role].map { (column: $0, role: role) } }.first
                if rowFacts.motherAge != nil { scan.hasMotherAgeColumn = true }
            }
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
        switch rejection.problem {
        case .duplicateID where scan.duplicateExamples.count < RegisterScan.keptDuplicates:
            scan.duplicateExamples.append(rejection)
        case .duplicateCount:
            scan.repeatedCountRows += 1
            if scan.firstRepeatedCountRow == nil { scan.firstRepeatedCountRow = rejection.location }
        case .totalRow:
            if scan.firstTotalRow == nil { scan.firstTotalRow = rejection.location }
        default:
            break
        }
    }

    /// Uses the row, or returns why it is rejected.
    private mutating func classify(_ record: RecordView) -> Rejection? {
        let expectedFields = rowFacts.fieldCount
        switch record.givenUp {
        case .unclosedQuote?:
            return Rejection(reason: .fields, problem: .unclosedQuote,
                             location: location(line: record.line), field: nil)
        case .strayQuote?:
            return Rejection(reason: .fields, problem: .strayQuote,
                             location: location(line: record.line), field: nil)
        case nil: break
        }
        guard record.fieldCount == expectedFields else {
            // The field is not quoted: a stray delimiter may cut any column, a mother's name among them.
            let column = min(record.fieldCount, expectedFields)
            return rejection(.fields, .fieldCount(found: record.fieldCount, expected: expectedFields), record,
                             column: column, quoting: false)
        }
        if let oversized = record.firstOversizedField {
            return rejection(.fields, .fieldTooLong(limit: settings.maximumFieldLength), record, column: oversized, quoting: false)
        }
        if let cut = record.firstFieldPastRecordLimit {
            return rejection(.fields, .rowTooLong(limit: CSVTokenizer.maximumRecordLength(forFieldLength: settings.maximumFieldLength)), record, column: cut, quoting: false)
        }
        switch rowFacts.shape {
        case .births: return classifyBirth(record)
        case .counts: return classifyCount(record)
        }
    }

    /// A row of a per-birth register with the header's field count.
    private mutating func classifyBirth(_ record: RecordView) -> Rejection? {
        // The id is looked up first, so its table slot arrives while the other
        // fields are read; so is the next line's, so its slot is there a row ahead.
        let id = rowFacts.idColumn.map { idField(record, column: $0) }
        if let column = rowFacts.idColumn { guessNextLineID(after: record, column: column) }
        let sexReading = sex(record.field(rowFacts.sexColumn))
        let found = unitOfRow(record)
        guard case .known(let spellingNumber, let knownUnit) = found else { return unitRejection(found, record) }
        let dateColumn = rowFacts.dateColumn
        let day: CalendarDay
        if watchesDateOrder { watchDateOrder(record.field(dateColumn), line: record.line) }
        switch FieldValues.date(record.field(dateColumn), order: fileDateOrder) {
        case .success(let value): day = value
        case .failure(let failure): return dateRejection(failure, record, column: dateColumn)
        }
        if let latest = settings.latestDate, day > latest {
            return rejection(.date, .afterLatestDate(latest), record, column: dateColumn)
        }
        guard let sex = sexReading else { return sexRejection(record) }
        let order = rowFacts.birthOrderColumn.map { FieldValues.birthOrderGroup(record.field($0)) } ?? .unknown
        if let id, let duplicate = duplicateRejection(record, id: id) { return duplicate }
        let unit = knownUnit ?? newUnit(of: record, spellingNumber: spellingNumber)
        fillHierarchy(of: unit, record: record)
        if useBirth(on: day, order: order, isBoy: sex == .male, unit: unit, line: record.line), settings.countsMotherAge {
            scan.ageTally.add(unit: unit, year: day.year, age: rowFacts.motherAge.flatMap { motherAge(record, $0, childBorn: day) })
        }
        return nil
    }

    /// A row of a count sheet with the header's field count.
    private mutating func classifyCount(_ record: RecordView) -> Rejection? {
        let found = unitOfRow(record)
        guard case .known(let spellingNumber, let knownUnit) = found else { return unitRejection(found, record) }
        let span: Period
        if let column = rowFacts.periodColumn {
            guard let value = FieldValues.countPeriod(record.field(column)) else {
                return rejection(.date, .unreadablePeriod, record, column: column)
            }
            span = value
        } else {
            let yearColumn = rowFacts.yearColumn, monthColumn = rowFacts.monthColumn
            guard FieldValues.countYear(record.field(yearColumn)) != nil else {
                return rejection(.date, .unreadablePeriod, record, column: yearColumn)
            }
            let month = monthColumn.map { record.field($0) } ?? UnsafeBufferPointer(start: nil, count: 0)
            guard let value = FieldValues.countPeriod(year: record.field(yearColumn), month: month) else {
                return rejection(.date, .unreadablePeriod, record, column: monthColumn ?? yearColumn)
            }
            span = value
        }
        if let latest = settings.latestDate, span.from > latest {
            return rejection(.date, .afterLatestDate(latest), record, column: rowFacts.periodColumn ?? rowFacts.yearColumn)
        }
        let boysColumn = rowFacts.boysColumn, girlsColumn = rowFacts.girlsColumn
        let boys: Int, girls: Int
        switch FieldValues.countReading(record.field(boysColumn)) {
        case .value(let value): boys = value
        case .tooLarge: return rejection(.count, .countTooLarge(limit: FieldValues.maximumCount), record, column: boysColumn)
        case .notAWholeNumber: return rejection(.count, .invalidCount, record, column: boysColumn)
        }
        switch FieldValues.countReading(record.field(girlsColumn)) {
        case .value(let value): girls = value
        case .tooLarge: return rejection(.count, .countTooLarge(limit: FieldValues.maximumCount), record, column: girlsColumn)
        case .notAWholeNumber: return rejection(.count, .invalidCount, record, column: girlsColumn)
        }
        if let duplicate = duplicateRejection(record) { return duplicate }
        if let repeated = repeatedCountRejection(record, unit: knownUnit, span: span) { return repeated }
        let unit = knownUnit ?? newUnit(of: record, spellingNumber: spellingNumber)
        fillHierarchy(of: unit, record: record)
        var tally = OrderedTally()
        tally.unknown = Tally(boys: boys, girls: girls)
        if use(tally, span: span, unit: unit, line: record.line), settings.countsMotherAge, span.from.year == span.to.year {
            scan.ageTally.add(unit: unit, year: span.from.year, group: nil, count: boys + girls)  // a count has no mother's age
        }
        return nil
    }

    /// What a row's unit cell stands for.
    enum UnitOfRow {
        /// A unit (or a registry entry) the row may count for; `unit` is nil
        /// while no usable row made one of its spelling.
        case known(spellingNumber: Int?, unit: Int?)
        case blank
        /// A row of totals (`Tổng cộng`…).
        case total
        case notInRegistry
        /// Too long, or too many combining marks in a row, to be a ward's name.
        case unusable(Rejection.Problem)
    }

    @inline(__always)
    private mutating func unitOfRow(_ record: RecordView) -> UnitOfRow {
        let field = record.field(rowFacts.unitColumn)
        let number = unitSpellingNumber(field)
        let spelling = number.map { unitSpellingInfo[$0] } ?? unitSpelling(field)
        if let problem = spelling.problem { return .unusable(problem.problem) }
        if spelling.isBlank { return .blank }
        if spelling.isTotal { return .total }
        if rowFacts.hasRegistry { return spelling.registryIndex.map { .known(spellingNumber: number, unit: $0) } ?? .notInRegistry }
        return .known(spellingNumber: number, unit: spelling.unit)
    }

    /// The unit of a usable row whose spelling has none yet (without a
    /// registry): the unit of its key, or a new one shown with this first spelling.
    private mutating func newUnit(of record: RecordView, spellingNumber: Int?) -> Int {
        let written = text(record.field(rowFacts.unitColumn))
        let key = UnitName.key(written)
        let unit: Int
        if let known = unitIndexByKey[key] {
            unit = known
        } else {
            unit = scan.units.count
            unitIndexByKey[key] = unit
            scan.units.append(RegisterScan.ScannedUnit(key: key, name: UnitName.display(written), district: nil, province: nil))
        }
        if let spellingNumber { unitSpellingInfo[spellingNumber].unit = unit }
        return unit
    }

    /// The rejection of a row whose id was seen before; nil (and the id
    /// remembered) otherwise. Called once every other check has passed.
    @inline(__always)
    private mutating func duplicateRejection(_ record: RecordView) -> Rejection? {
        guard let idColumn = rowFacts.idColumn else { return nil }
        return duplicateRejection(record, id: idField(record, column: idColumn))
    }

    /// A row's id field, trimmed, and its lookup in `seenIDs` (nil when blank).
    struct IDField {
        let column: Int
        let bytes: UnsafeBufferPointer<UInt8>
        let lookup: IdentifierSet.Lookup?
    }

    /// A lookup made for the next row, and the bytes it was made of.
    struct GuessedID: Sendable {
        /// Where the bytes were (their address, never read through) and how many.
        let address: UInt
        let count: Int
        /// `scan.rowsRead` when guessed: the lookup serves the very next row only.
        let row: Int
        let lookup: IdentifierSet.Lookup
    }

    @inline(__always)
    private func idField(_ record: RecordView, column: Int) -> IDField {
        let bytes = FieldValues.trimmed(record.field(column))
        guard !bytes.isEmpty else { return IDField(column: column, bytes: bytes, lookup: nil) }
        // The previous row looked these very bytes up (the same place in the
        // same buffer, which nothing rewrites between two rows): reuse it.
        if let guessed = nextLineID, guessed.row == scan.rowsRead - 1, guessed.count == bytes.count,
           guessed.address == UInt(bitPattern: bytes.baseAddress) {
            return IDField(column: column, bytes: bytes, lookup: guessed.lookup)
        }
        return IDField(column: column, bytes: bytes, lookup: seenIDs.lookUp(bytes))
    }

    /// Looks up the id the next line probably holds, which starts fetching its
    /// table slot a row ahead of its use.
    @inline(__always)
    private mutating func guessNextLineID(after record: RecordView, column: Int) {
        nextLineID = nil
        guard let next = record.fieldOfNextLine(column) else { return }
        let bytes = FieldValues.trimmed(next)
        guard !bytes.isEmpty else { return }
        let lookup = seenIDs.lookUp(bytes)
        guard lookup.staysValid else { return }
        nextLineID = GuessedID(address: UInt(bitPattern: bytes.baseAddress), count: bytes.count, row: scan.rowsRead, lookup: lookup)
    }

    @inline(__always)
    private mutating func duplicateRejection(_ record: RecordView, id: IDField) -> Rejection? {
        guard let lookup = id.lookup,
              let first = seenIDs.insert(id.bytes, lookup: lookup, file: fileIndex, line: record.line) else { return nil }
        let firstSeen = location(inFile: first.file, line: first.line)
        return rejection(.duplicate, .duplicateID(firstSeen: firstSeen), record, column: id.column)
    }

    /// A count row's unit (its matching key) and period.
    struct CountRowKey: Hashable, Sendable {
        let unit: String
        let from: CalendarDay
        let to: CalendarDay
    }

    /// The rejection of a count row whose unit and period an earlier one gave
    /// (SPEC: the first is kept); nil, the row remembered, otherwise.
    private mutating func repeatedCountRejection(_ record: RecordView, unit: Int?, span: Period) -> Rejection? {
        let unitKey = unit.map { scan.units[$0].key } ?? UnitName.key(text(record.field(rowFacts.unitColumn)))
        let key = CountRowKey(unit: unitKey, from: span.from, to: span.to)
        if let first = seenCountRows[key] {
            let firstSeen = location(inFile: first.file, line: first.line)
            return rejection(.duplicate, .duplicateCount(firstSeen: firstSeen), record, column: rowFacts.unitColumn)
        }
        seenCountRows[key] = (fileIndex, record.line)
        return nil
    }

    /// Adds a usable birth of `unit`: counts it in its month (true) or as outside (false).
    @discardableResult
    private mutating func useBirth(on day: CalendarDay, order: BirthOrder, isBoy: Bool, unit: Int, line: Int) -> Bool {
        if let period = settings.period, day < period.from || period.to < day {
            scan.rowsOutsidePeriod += 1
            noteOutside(from: day, to: day)
            return false
        }
        cells.addBirth(order: order, isBoy: isBoy, unit: unit, bucket: RegisterScan.TimeBucket(year: day.year, month: day.month))
        noteSpan(from: day, to: day, line: line)
        return true
    }

    /// The mother's age at the birth in completed years, from the column SPEC
    /// prefers; nil (unknown) when empty, unreadable, or outside
    /// `MotherAge.plausibleAges` (a typo, such as the child's year in the mother's column).
    @inline(never)
    private func motherAge(_ record: RecordView, _ source: (column: Int, role: ColumnRole), childBorn: CalendarDay) -> Int? {
        let field = record.field(source.column)
        let age: Int?
        switch source.role {
        case .motherBirthDate:
            guard case .success(let born) = FieldValues.date(field, order: fileDateOrder) else { return nil }
            age = MotherAge.completedYears(motherBorn: born, childBorn: childBorn)
        case .motherBirthYear:
            // Plain digits are read from the bytes; anything else (other blanks, other digits) as text.
            let year = FieldValues.countYear(field) ?? MotherAge.parseYear(Substring(text(field)))
            age = year.map { MotherAge.fromBirthYear($0, childBorn: childBorn) }
        default:
            if case .value(let value) = FieldValues.countReading(field), FieldValues.trimmed(field).count <= 3 {
                age = value <= 120 ? value : nil
            } else {
                age = MotherAge.parseAge(Substring(text(field)))
            }
        }
        return age.flatMap { MotherAge.plausibleAges.contains($0) ? $0 : nil }
    }

    /// Widens the days of the usable rows outside the period read.
    @inline(__always)
    private mutating func noteOutside(from first: CalendarDay, to last: CalendarDay) {
        if scan.firstDayOutside.map({ first < $0 }) ?? true { scan.firstDayOutside = first }
        if scan.lastDayOutside.map({ last > $0 }) ?? true { scan.lastDayOutside = last }
    }

    /// Notes what a date field shows of the file's date order.
    @inline(never)
    private mutating func watchDateOrder(_ field: UnsafeBufferPointer<UInt8>, line: Int) {
        guard let numbers = FieldValues.dayMonthNumbers(field) else { return }
        let encoding = settings.encoding
        if dateEvidence.note(numbers, line: line, field: ScanState.decode(FieldValues.trimmed(field), encoding: encoding)) {
            watchesDateOrder = false  // day first, for good
        }
    }

    /// Widens the days counted to a row's, remembering where the earliest and the latest came from.
    @inline(__always)
    private mutating func noteSpan(from first: CalendarDay, to last: CalendarDay, line: Int) {
        // Most rows fall inside the days already counted: two integer comparisons.
        guard ScanState.dayKey(first) < spanKeys.first || ScanState.dayKey(last) > spanKeys.last else { return }
        widenSpan(from: first, to: last, line: line)
    }

    /// A day as one integer that orders as the days do (month below 16, day below 32).
    @inline(__always)
    private static func dayKey(_ day: CalendarDay) -> Int { day.year << 9 | day.month << 5 | day.day }

    private mutating func widenSpan(from first: CalendarDay, to last: CalendarDay, line: Int) {
        defer { spanKeys = (scan.firstDay.map(ScanState.dayKey) ?? .max, scan.lastDay.map(ScanState.dayKey) ?? .min) }
        if scan.firstDay.map({ first < $0 }) ?? true {
            scan.firstDay = first
            scan.firstDayLocation = location(line: line)
        }
        if scan.lastDay.map({ last > $0 }) ?? true {
            scan.lastDay = last
            scan.lastDayLocation = location(line: line)
        }
    }

    /// Adds a usable row of `unit`: counts it in its bucket (true) or as outside (false).
    @discardableResult
    private mutating func use(_ tally: OrderedTally, span: Period, unit: Int, line: Int) -> Bool {
        if let period = settings.period, !period.covers(span) {
            if period.overlaps(span) { straddlingCountRows += 1 }
            scan.rowsOutsidePeriod += 1
            noteOutside(from: span.from, to: span.to)
            return false
        }
        let isWholeYear = span.from.month == 1 && span.from.day == 1 && span.to.month == 12
            && span.to.day == 31 && span.from.year == span.to.year
        let bucket = RegisterScan.TimeBucket(year: span.from.year, month: isWholeYear && span.from != span.to ? 0 : span.from.month)
        cells.add(tally, unit: unit, bucket: bucket)
        noteSpan(from: span.from, to: span.to, line: line)
        return true
    }

    /// Takes a unit's district and province from the row's columns while they are
    /// unknown, unless the registry has such a column (its word is final there).
    @inline(__always)
    private mutating func fillHierarchy(of index: Int, record: RecordView) {
        if index < hierarchyFilled.count && hierarchyFilled[index] { return }
        fillHierarchyFromColumns(of: index, record: record)
    }

    private mutating func fillHierarchyFromColumns(of index: Int, record: RecordView) {
        // A blank cell (ASCII blanks only) gives nothing; it is not decoded on every row.
        if let column = rowFacts.districtColumn, scan.units[index].district == nil,
           !FieldValues.trimmed(record.field(column)).isEmpty {
            scan.units[index].district = nonEmptyText(record.field(column))
        }
        if let column = rowFacts.provinceColumn, scan.units[index].province == nil,
           !FieldValues.trimmed(record.field(column)).isEmpty {
            scan.units[index].province = nonEmptyText(record.field(column))
        }
        if (rowFacts.districtColumn == nil || scan.units[index].district != nil)
            && (rowFacts.provinceColumn == nil || scan.units[index].province != nil) {
            if hierarchyFilled.count <= index {
                hierarchyFilled.append(contentsOf: repeatElement(false, count: index + 1 - hierarchyFilled.count))
            }
            hierarchyFilled[index] = true
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
        let trimmed = FieldValues.trimmed(field)
        if trimmed.count > UnitName.maximumBytes {
            return UnitSpelling(isBlank: false, registryIndex: nil, unit: nil, problem: .tooLong)
        }
        let written = text(trimmed)
        if UnitName.longestRunOfCombiningMarks(in: written) > UnitName.maximumCombiningMarks {
            return UnitSpelling(isBlank: false, registryIndex: nil, unit: nil, problem: .tooManyCombiningMarks)
        }
        let key = UnitName.key(written)
        if UnitName.isTotal(written) { return UnitSpelling(isBlank: false, registryIndex: nil, unit: nil, isTotal: true) }
        let registryIndex = key.isEmpty ? nil : settings.registry?.entryIndex(forKey: key)
        return UnitSpelling(isBlank: key.isEmpty, registryIndex: registryIndex, unit: nil)
    }

    /// Reads a sex cell and counts its spelling (trimmed, as written) for `srb validate`.
    private mutating func sex(_ field: UnsafeBufferPointer<UInt8>) -> Sex? {
        let trimmed = FieldValues.trimmed(field)
        // The two spellings last seen (`Nam`, `Nữ`: nearly every row), by their bytes as one word.
        let word = ScanState.shortWord(trimmed)
        if let word {
            if word == recentSexSpellings.0.word, let info = recentSexSpellings.0.info {
                sexSpellings.countAgain(listed: info.listed)
                return info.reading
            }
            if word == recentSexSpellings.1.word, let info = recentSexSpellings.1.info {
                sexSpellings.countAgain(listed: info.listed)
                return info.reading
            }
        }
        if let known = knownSexSpellings.find(trimmed) {
            let info = sexSpellingInfo[known]
            if let word { recentSexSpellings = (recentSexSpellings.1, SexSpellingCache(word: word, info: info)) }
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

    /// A remembered sex spelling: its `shortWord` and what it reads as (nil info: empty).
    struct SexSpellingCache {
        var word: UInt64 = 0
        var info: (reading: Sex?, listed: Int?)? = nil
    }

    /// The bytes of a field of at most 7 bytes as one word, its length in the
    /// top byte (so that two fields give the same word only when their bytes
    /// are the same); nil when longer.
    @inline(__always)
    static func shortWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var word = UInt64(bytes.count) << 56
        for index in bytes.indices { word |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return word
    }

    private func nonEmptyText(_ field: UnsafeBufferPointer<UInt8>) -> String? {
        let value = TextFolding.tidy(text(field))
        return value.isEmpty ? nil : value
    }

    func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
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
