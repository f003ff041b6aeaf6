/// The output formats of every command.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, markdown, html
}

/// How a result is shown to its reader.
public struct RenderOptions: Sendable {
    public var language: Language
    /// ANSI colours in the table (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool
    /// Widest line a table may print, in terminal columns (the terminal's width);
    /// nil for no limit (a file or a pipe).
    public var maximumWidth: Int?

    /// The day a report says it was made (today, `--as-of` or
    /// `SOURCE_DATE_EPOCH`, chosen by the caller); nil says nothing.
    public var madeOn: CalendarDay?

    public init(language: Language = .en, usesColor: Bool = false, maximumWidth: Int? = nil, madeOn: CalendarDay? = nil) {
        self.language = language
        self.usesColor = usesColor
        self.maximumWidth = maximumWidth
        self.madeOn = madeOn
    }
}
