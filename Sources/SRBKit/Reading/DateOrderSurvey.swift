/// How the dates of one file are ordered, when `--date-order auto` leaves it
/// to the file: day first (the Vietnamese way) unless its dates show month
/// first, that is some date's second number is above 12 and no date's first
/// number is (SPEC "Options shared", `--date-order`). Only dates written
/// D/M/YYYY (or with `-` or `.`) can tell; ISO and year-first dates cannot.
enum DateOrderEvidence: Equatable, Sendable {
    /// A date whose first number is above 12, `field` at `line`: day first, whatever follows.
    case dayFirst(line: Int, field: String)
    /// A date whose second number is above 12 (and none with the first above 12).
    case monthFirst(line: Int, field: String)
    /// Dates that could be either, and none that tells.
    case ambiguous(line: Int, field: String)
    /// No date written day- or month-first.
    case none

    /// The order to read the file in.
    var order: DateOrder {
        if case .monthFirst = self { return .mdy }
        return .dmy
    }

    /// Takes one more date field (its first two numbers when it is written
    /// D/M/YYYY) into account. Returns true once the evidence is final (day first).
    @inline(__always)
    mutating func note(_ numbers: (first: Int, second: Int), line: Int, field: @autoclosure () -> String) -> Bool {
        if numbers.first > 12 {
            self = .dayFirst(line: line, field: field())
            return true
        }
        switch self {
        case .dayFirst: return true
        case .monthFirst: break
        case .ambiguous, .none:
            if numbers.second > 12 {
                self = .monthFirst(line: line, field: field())
            } else if case .none = self {
                self = .ambiguous(line: line, field: field())
            }
        }
        return false
    }
}

/// Reads a file's date column before the file is read (for a source that can
/// be read twice), to choose its date order; stops at the first date that
/// settles it (day first), or after `rowsWithoutEvidence` rows with no date
/// written day- or month-first. A month-first file is read to its end.
struct DateOrderSurvey: RecordSink {
    let encoding: TextEncoding?
    let overrides: [ColumnRole: String]
    private var dateColumn: Int?
    private var isHeaderRead = false
    private(set) var evidence = DateOrderEvidence.none
    private var rowsLookedAt = 0

    /// Rows looked at before giving up on a file none of whose dates is
    /// written day- or month-first (ISO dates: nothing to choose).
    static let rowsWithoutEvidence = 10_000

    init(encoding: TextEncoding?, overrides: [ColumnRole: String]) {
        self.encoding = encoding
        self.overrides = overrides
    }

    mutating func take(_ record: RecordView) -> Bool {
        guard isHeaderRead else {
            isHeaderRead = true
            let headers = (0..<record.storedFieldCount).map { ScanState.decode(record.field($0), encoding: self.encoding) }
            let layout = try? HeaderLayout(headers: headers, fieldCount: record.fieldCount, overrides: overrides,
                                           at: SourceLocation(file: "", line: record.line))
            guard let layout, layout.shape == .births, let column = layout.columns[.date] else { return false }
            dateColumn = column
            return true
        }
        rowsLookedAt += 1
        if case .none = evidence, rowsLookedAt > DateOrderSurvey.rowsWithoutEvidence { return false }
        guard let column = dateColumn, record.givenUp == nil, column < record.storedFieldCount else { return true }
        let field = record.field(column)
        guard let numbers = FieldValues.dayMonthNumbers(field) else { return true }
        let fieldEncoding = encoding
        return !evidence.note(numbers, line: record.line,
                              field: ScanState.decode(FieldValues.trimmed(field), encoding: fieldEncoding))
    }
}
