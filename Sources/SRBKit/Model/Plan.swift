/// A plan's activity table as read: the activities in file order, what was
/// skipped, and what is worth a warning.
public struct Plan: Sendable, Hashable {
    /// The file as given, `-` for standard input.
    public let file: String
    /// Activities in file order; section headings are not activities.
    public let activities: [Activity]
    /// Biểu 1 section heading rows read (they name the sections).
    public let sectionHeadingCount: Int
    public let warnings: [PlanWarning]

    public init(file: String, activities: [Activity], sectionHeadingCount: Int = 0, warnings: [PlanWarning] = []) {
        self.file = file
        self.activities = activities
        self.sectionHeadingCount = sectionHeadingCount
        self.warnings = warnings
    }
}

/// Something in a plan file worth telling that did not stop the run.
public enum PlanWarning: Sendable, Hashable {
    /// Not valid UTF-8, or a quoted field never closed (as for registers).
    case read(ReadWarning)
    /// Two headers name one column; the later one is ignored.
    case duplicateColumn(SourceLocation, column: PlanColumn)
    /// A row with another field count than the header: missing cells are read
    /// as empty, extra ones ignored.
    case fieldCount(SourceLocation, found: Int, expected: Int)
    /// A status that is not a status word: read as `not_started`.
    case unknownStatus(SourceLocation, field: String)
    /// A completion date that is not a date: ignored.
    case unreadableCompletionDate(SourceLocation, field: String)
}

