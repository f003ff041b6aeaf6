/// What `srb validate` points out so that a staffer can fix the file before
/// the report is made (issue 11): each a fact, worded in `Rendering`.
public enum ValidationFinding: Sendable, Equatable {
    /// The file's dates were read month first (`--date-order auto`), as `field` on `location` shows.
    case datesReadMonthFirst(SourceLocation, field: String)
    /// Standard input's dates look month first but were read day first.
    case datesLookMonthFirst(SourceLocation, field: String)
    /// No date of the file tells its order: read day first.
    case datesCouldBeEitherOrder(SourceLocation, field: String)
    /// Lines above the header were skipped (titles).
    case linesAboveHeader(SourceLocation, count: Int)
    /// Rows of totals, rejected (`total`); the first at `first`.
    case totalRows(count: Int, first: SourceLocation)
    /// Count rows repeating a unit and period, rejected (`duplicate`); the first repeat at `first`.
    case repeatedCountRows(count: Int, first: SourceLocation)
    /// Rows repeating an id, rejected (`duplicate`).
    case repeatedIDs(count: Int)
    /// The share of the rows read that was rejected (when any was).
    case rejectedShare(rejected: Int, read: Int)
}

extension ValidationFinding {
    /// The findings of a scan, in a fixed order: date orders and titles file by
    /// file, then totals, repeats and the share rejected.
    static func findings(of scan: RegisterScan) -> [ValidationFinding] {
        var findings: [ValidationFinding] = scan.warnings.compactMap { warning in
            switch warning {
            case .datesReadMonthFirst(let location, let field): .datesReadMonthFirst(location, field: field)
            case .datesLookMonthFirst(let location, let field): .datesLookMonthFirst(location, field: field)
            case .datesCouldBeEitherOrder(let location, let field): .datesCouldBeEitherOrder(location, field: field)
            case .linesAboveHeaderSkipped(let location, let count): .linesAboveHeader(location, count: count)
            default: nil
            }
        }
        if let first = scan.firstTotalRow {
            findings.append(.totalRows(count: scan.rejectedByReason[.total, default: 0], first: first))
        }
        if let first = scan.firstRepeatedCountRow {
            findings.append(.repeatedCountRows(count: scan.repeatedCountRows, first: first))
        }
        let idRepeats = scan.rejectedByReason[.duplicate, default: 0] - scan.repeatedCountRows
        if idRepeats > 0 { findings.append(.repeatedIDs(count: idRepeats)) }
        if scan.rowsRejected > 0 { findings.append(.rejectedShare(rejected: scan.rowsRejected, read: scan.rowsRead)) }
        return findings
    }
}
