/// Something worth telling that did not stop the run or reject a row.
public enum ReadWarning: Sendable, Hashable {
    /// A plan row whose quoted field never closes: skipped, and reading went on
    /// from the line after its first (in registers such a row is rejected instead).
    case unclosedQuote(SourceLocation)
    /// Two headers matched one role; the later column is ignored.
    case duplicateColumn(SourceLocation, role: ColumnRole)
    /// The file is not valid UTF-8 from this line on and was read as Windows-1258.
    case notUTF8(SourceLocation)
    /// Lines above the header (titles, a `sep=;` line) were skipped; the
    /// location is the header's line.
    case linesAboveHeaderSkipped(SourceLocation, count: Int)
    /// Count rows whose span straddles the period's edge: counted as outside.
    case countRowsStraddlePeriod(count: Int)
}
