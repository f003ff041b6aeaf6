/// Something worth telling that did not stop the run or reject a row: a
/// warning, or information (`isInformation`) such as the date order chosen.
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
    /// `--date-order auto`: the file's dates are read day first, as the date at
    /// the location shows (a first number above 12). Information, not a warning.
    case datesReadDayFirst(SourceLocation, field: String)
    /// `--date-order auto`: the file's dates are read month first, as the date
    /// at the location shows (a second number above 12, no first one).
    case datesReadMonthFirst(SourceLocation, field: String)
    /// `--date-order auto` on standard input too large to hold in memory
    /// (over `ReadSettings.defaultStreamMemoryLimit`), read once: the dates look month
    /// first but were read day first.
    case datesLookMonthFirst(SourceLocation, field: String)
    /// `--date-order auto`: no date tells the order (every one could be either):
    /// read day first.
    case datesCouldBeEitherOrder(SourceLocation, field: String)
    /// Count rows whose span straddles the period's edge: counted as outside.
    case countRowsStraddlePeriod(count: Int)
    /// The month asked for (`--month`) has no births though the data goes on
    /// elsewhere: an export not brought up to date, most often.
    case noBirthsInMonth(CalendarMonth, dataTo: CalendarDay)
    /// Population rows whose unit matches no unit of the registers (nor of
    /// `--wards`): their women are left out (`srb fertility`).
    case populationUnitsUnmatched(file: String, units: [String])
    /// Units with births in years the population file gives no women for:
    /// those unit-years count zero women and are `no_population` (`srb fertility`).
    case populationMissing(file: String, gaps: [PopulationGap])

    /// True for what only informs (the date order chosen, when nothing is
    /// amiss); `srb` tells it as `srb: info:`, not as a warning.
    public var isInformation: Bool {
        if case .datesReadDayFirst = self { return true }
        return false
    }
}
