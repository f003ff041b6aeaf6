/// The output formats of every command.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, markdown, html
}

/// How a result is shown to its reader.
public struct RenderOptions: Sendable {
    public var language: Language
    /// ANSI colours in the table (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool

    public init(language: Language = .en, usesColor: Bool = false) {
        self.language = language
        self.usesColor = usesColor
    }
}
