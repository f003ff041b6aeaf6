/// Where something was found in the input: a file, a 1-based physical line and,
/// when known, a 1-based column (the field number). In an `.xlsx` workbook the
/// line is the sheet's row number, the column its letter's number (A is 1),
/// and `sheet` names the worksheet read.
public struct SourceLocation: Sendable, Hashable {
    /// The file as given on the command line, `-` for standard input.
    public let file: String
    public let line: Int
    public let column: Int?
    /// The worksheet, for a workbook; nil for a CSV.
    public let sheet: String?

    public init(file: String, line: Int, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The same place `lines` lines further down its file.
    func movedDown(by lines: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column, sheet: sheet)
    }
}
