import SRBKit

/// The process's view of the world, read once at start-up and passed down:
/// the environment, what the standard streams are, the umask and the clock.
/// SRBKit never looks at any of them.
struct ProcessContext {
    let environment: [String: String]
    let standardOutputIsTerminal: Bool
    /// 0666 less the umask: the mode of a new output file.
    let permissionsForNewFiles: UInt32
    /// Today in the machine's time zone.
    let today: CalendarDay

    static func current(environment: [String: String]) -> ProcessContext {
        let (year, month, day) = Platform.localToday()
        return ProcessContext(environment: environment, standardOutputIsTerminal: Platform.isTerminal(1),
                              permissionsForNewFiles: 0o666 & ~Platform.currentUmask(),
                              today: CalendarDay(year: year, month: month, day: day)!)
    }

    /// The language of messages when `--lang` does not say: the locale's.
    var localeLanguage: Language { Language.fromEnvironment(environment) }

    /// Widest line for tables on standard output: the terminal's width (asked of
    /// the terminal, else `COLUMNS`, else 80); nil when standard output is not a
    /// terminal, so files and pipes get whole tables.
    var tableWidth: Int? {
        guard standardOutputIsTerminal else { return nil }
        if let columns = Platform.terminalColumns(1) { return columns }
        return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
    }

    /// False when `SRB_TEMPORARY_FILES=named` asks for temporary files with
    /// names even where the kernel has unnamed ones (to test that path).
    var usesUnnamedFiles: Bool { environment["SRB_TEMPORARY_FILES"] != "named" }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    var allowsColor: Bool { standardOutputIsTerminal && environment["NO_COLOR"] == nil }

    /// The day a report says it was made: `SOURCE_DATE_EPOCH` (UTC) when set,
    /// so that outputs are reproducible, else today.
    var madeOn: CalendarDay {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 else { return today }
        let (year, month, day) = Platform.utcDay(ofUnixTime: seconds)
        return CalendarDay(year: year, month: month, day: day) ?? today
    }

    /// Writes to standard error; a failure there has nowhere to be told.
    func writeError(_ text: String) {
        var text = text
        text.withUTF8 { _ = Platform.writeAll(UnsafeRawBufferPointer($0), to: 2) }
    }

    /// `srb: error: …` on standard error; control characters shown as escapes.
    func error(_ message: String) { tell("srb: error: " + message) }
    /// `srb: warning: …` on standard error; control characters shown as escapes.
    func warning(_ message: String) { tell("srb: warning: " + message) }
    /// `srb: info: …` on standard error (what only informs, such as the date
    /// order `--date-order auto` chose); control characters shown as escapes.
    func information(_ message: String) { tell("srb: info: " + message) }
    /// One line on standard error; control characters shown as escapes.
    func tell(_ line: String) { writeError(VisibleText.escaping(line) + "\n") }
}
