/// Reads a plan's activity table (SPEC "Plan activities"): a CSV as staff keep
/// it, with English or Biểu 1 Vietnamese headers.
///
/// The file goes through the same `RecordStream` as registers and the ward
/// registry (UTF-8 with or without a byte-order mark, UTF-16 with one, else
/// Windows-1258; the delimiter detected from the header line unless given);
/// its records are kept, as a plan has tens of rows.
public struct PlanReader: Sendable {
    /// Forced delimiter; nil to detect it from the header line.
    public var delimiter: Delimiter?
    /// Forced encoding; nil to detect it.
    public var encoding: TextEncoding?
    /// Order of completion dates written with `/`, `-` or `.`.
    public var dateOrder: DateOrder
    /// The worksheet read when the plan is an `.xlsx` workbook (`--sheet`).
    public var sheet: SheetSelector = .first

    public init(delimiter: Delimiter? = nil, encoding: TextEncoding? = nil, dateOrder: DateOrder = .dmy) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.dateOrder = dateOrder
    }

    /// Reads one plan file. Throws `cannotOpen`/`cannotRead`, `noHeader`, and
    /// `missingPlanColumn` without a content or time frame column.
    public func read(_ source: InputSource) throws(SRBError) -> Plan {
        let file = source.displayName
        var records: [PlanRecord] = []
        var unclosed: [Int] = []
        let encoding = self.encoding
        var stream = RecordStream(delimiter: delimiter, encoding: encoding,
                                  maximumFieldLength: ReadSettings.defaultMaximumFieldLength) { record in
            let columns = Set((0..<record.storedFieldCount).compactMap {
                PlanColumn.matching(header: PlanReader.text(record.field($0), encoding: encoding))
            })
            return PlanColumn.required.allSatisfy(columns.contains)
        }
        stream.sheet = sheet
        let findings = try stream.read(source) { record throws(SRBError) in
            guard record.givenUp == nil else {
                unclosed.append(record.line)
                return
            }
            records.append(PlanRecord(line: record.line, fields: (0..<record.fieldCount).map { text(record.field($0)) }))
        }
        var warnings: [PlanWarning] = []
        if let line = findings.firstNonUTF8Line {
            warnings.append(.read(.notUTF8(findings.location(file: file, line: line))))
        }
        if findings.linesAboveHeader > 0, let line = findings.headerLine {
            warnings.append(.read(.linesAboveHeaderSkipped(findings.location(file: file, line: line), count: findings.linesAboveHeader)))
        }
        for line in unclosed {
            warnings.append(.read(.unclosedQuote(findings.location(file: file, line: line))))
        }
        return try plan(from: records, file: file, sheet: findings.sheet, warnings: warnings, firstLineTooLong: findings.firstLineTooLong)
    }

    /// Reads the bytes of a file named `file`, as `read` reads a file.
    func parse(_ bytes: [UInt8], file: String) throws(SRBError) -> Plan {
        try read(.memory(name: file, bytes: bytes))
    }

    /// The plan of a file's records (the first is the header).
    /// A plan row as read: its line and its fields, decoded.
    private struct PlanRecord {
        let line: Int
        let fields: [String]
    }

    private func plan(from records: [PlanRecord], file: String, sheet: String?, warnings: [PlanWarning],
                      firstLineTooLong tooLong: Bool) throws(SRBError) -> Plan {
        var warnings = warnings
        guard let header = records.first else {
            throw .noHeader(file: file, reason: tooLong ? .firstLineTooLong(limit: HeaderSearch.maximumBytes) : .empty)
        }
        let headers = header.fields
        var columns: [PlanColumn: Int] = [:]
        for (index, title) in headers.enumerated() {
            guard let column = PlanColumn.matching(header: title) else { continue }
            if columns[column] == nil {
                columns[column] = index
            } else {
                warnings.append(.duplicateColumn(SourceLocation(file: file, line: header.line, column: index + 1, sheet: sheet), column: column))
            }
        }
        for column in PlanColumn.required where columns[column] == nil {
            throw .missingPlanColumn(SourceLocation(file: file, line: header.line, sheet: sheet), column: column)
        }

        let headerKeys = headers.map(TextFolding.headerKey)
        var activities: [Activity] = []
        var headingCount = 0
        var currentSection: (number: String, title: String)?
        for record in records.dropFirst() {
            let fields = record.fields
            if fields.allSatisfy(\.isEmpty) || fields.map(TextFolding.headerKey) == headerKeys { continue }
            if fields.count != headers.count {
                warnings.append(.fieldCount(SourceLocation(file: file, line: record.line, sheet: sheet), found: fields.count,
                                            expected: headers.count))
            }
            func cell(_ column: PlanColumn) -> String {
                guard let index = columns[column], index < fields.count else { return "" }
                return fields[index]
            }
            func location(_ column: PlanColumn) -> SourceLocation {
                SourceLocation(file: file, line: record.line, column: columns[column].map { $0 + 1 }, sheet: sheet)
            }
            let number = cell(.number)
            let scheduleCells: [PlanColumn] = [.timeFrame, .lead, .partners, .status, .doneOn]
            if PlanReader.isRomanNumeral(number), scheduleCells.allSatisfy({ cell($0).isEmpty }) {
                currentSection = (number, cell(.content).isEmpty ? number : cell(.content))
                headingCount += 1
                continue
            }
            var status = Activity.Status.notStarted
            if let read = Activity.Status(spelling: cell(.status)) {
                status = read
            } else {
                warnings.append(.unknownStatus(location(.status), field: PlanReader.quoted(cell(.status))))
            }
            var doneOn: CalendarDay?
            if !cell(.doneOn).isEmpty {
                doneOn = CalendarDay(registerDate: cell(.doneOn), order: dateOrder)
                if doneOn == nil {
                    warnings.append(.unreadableCompletionDate(location(.doneOn), field: PlanReader.quoted(cell(.doneOn))))
                }
            }
            let fromColumn = cell(.section)
            activities.append(Activity(section: fromColumn.isEmpty ? currentSection?.title : fromColumn,
                                       sectionNumber: fromColumn.isEmpty ? currentSection?.number : nil, number: number, content: cell(.content),
                                       timeFrameText: cell(.timeFrame), lead: cell(.lead), partners: cell(.partners),
                                       status: status, doneOn: doneOn, note: cell(.note), line: record.line))
        }
        return Plan(file: file, activities: activities, sectionHeadingCount: headingCount, warnings: warnings)
    }

    /// A field's text: UTF-8 when valid (or forced), else Windows-1258; then NFC,
    /// trimmed, runs of white space (line breaks included) folded to one space.
    private func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
        PlanReader.text(field, encoding: encoding)
    }

    private static func text(_ field: UnsafeBufferPointer<UInt8>, encoding: TextEncoding?) -> String {
        let decoded: String = switch encoding {
        case .cp1258: Windows1258.decode(field)
        case .utf8, .utf16: String(decoding: field, as: UTF8.self)
        case nil: String(validating: field, as: UTF8.self) ?? Windows1258.decode(field)
        }
        return TextFolding.tidy(decoded)
    }

    /// A field cut to `Rejection.quotedFieldLimit` characters for a message.
    private static func quoted(_ field: String) -> String {
        field.count > Rejection.quotedFieldLimit ? String(field.prefix(Rejection.quotedFieldLimit)) + "…" : field
    }

    /// True for a Roman numeral written the standard way (`I`, `II`, `IV`,
    /// `XIV`), in either case, with or without a final dot.
    static func isRomanNumeral(_ text: String) -> Bool {
        var letters = text.uppercased()
        if letters.hasSuffix(".") { letters.removeLast() }
        guard !letters.isEmpty, letters.count <= 15 else { return false }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        let digits = letters.compactMap { values[$0] }
        guard digits.count == letters.count else { return false }
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        return (1...3999).contains(total) && romanNumeral(total) == letters
    }

    private static func romanNumeral(_ value: Int) -> String {
        let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, symbol) in symbols {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }
}
