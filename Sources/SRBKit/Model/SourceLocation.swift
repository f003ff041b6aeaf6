/// Where something was found in the input: a file, a 1-based physical line and,
/// when known, a 1-based column (the field number).
public struct SourceLocation: Sendable, Hashable {
    /// The file as given on the command line, `-` for standard input.
    public let file: String
    public let line: Int
    public let column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}
