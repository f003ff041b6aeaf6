/// Why a data row was not used. The raw values are the words of the JSON
/// `rejected_by_reason` object and the `--rejects` file.
public enum RejectionReason: String, Sendable, CaseIterable, Hashable {
    case fields, unit, date, sex, count, duplicate
    /// The unit is a total (`Tổng cộng`, `Total`…): no unit, and counting it would double the counts.
    case total
}

/// A data row that was not used, as a value: counted, listed, never thrown.
public struct Rejection: Sendable, Hashable {
    /// What exactly was wrong; wording lives in `Rendering`.
    public enum Problem: Sendable, Hashable {
        case fieldCount(found: Int, expected: Int)
        /// A quoted field opened in the row never closes: the row was given up
        /// and reading went on from the line after its first.
        case unclosedQuote
        /// A stray quote made the row run over several lines (text after the
        /// closing quote, or another field count than the header's): the row was
        /// given up and reading went on from its second line.
        case strayQuote
        case fieldTooLong(limit: Int)
        /// The row as a whole is longer than `limit` bytes (a broken export).
        case rowTooLong(limit: Int)
        case emptyUnit
        /// A unit cell longer than `limit` bytes.
        case unitTooLong(limit: Int)
        /// A unit cell with more than `limit` combining marks in a row.
        case tooManyCombiningMarks(limit: Int)
        case emptyDate
        /// Not a date, read in `order` (the file's).
        case unreadableDate(order: DateOrder)
        case twoDigitYear
        case nonexistentDate
        /// A date (or a count period starting) after `latest`: today, or the as-of date.
        case afterLatestDate(CalendarDay)
        case unreadablePeriod
        case emptySex
        case unknownSex
        case invalidCount
        /// A whole number above `limit`: no ward's births come close.
        case countTooLarge(limit: Int)
        case duplicateID(firstSeen: SourceLocation)
        /// A count row whose unit and period an earlier row already gave.
        case duplicateCount(firstSeen: SourceLocation)
        /// A row of totals, not of a unit.
        case totalRow
        /// A unit that matches no code, name or alias of the ward registry, with
        /// the closest registry name when one is close (a suggestion, never used).
        case unknownUnit(suggestion: String?)
    }

    /// What was rejected, where: held in one immutable box, so that a
    /// `Rejection?` is one word. The scan returns one for every row it reads,
    /// nil nearly always; unboxed it was 136 bytes, copied several times a row.
    private let storage: Storage

    private final class Storage: Sendable {
        let reason: RejectionReason
        let problem: Problem
        let location: SourceLocation
        let field: String?

        init(reason: RejectionReason, problem: Problem, location: SourceLocation, field: String?) {
            self.reason = reason
            self.problem = problem
            self.location = location
            self.field = field
        }
    }

    public var reason: RejectionReason { storage.reason }
    public var problem: Problem { storage.problem }
    /// File, line, and the column of the offending field.
    public var location: SourceLocation { storage.location }
    /// The offending field as written, cut to `Rejection.quotedFieldLimit`
    /// characters; nil when no single field is at fault. Never the whole row.
    public var field: String? { storage.field }

    public init(reason: RejectionReason, problem: Problem, location: SourceLocation, field: String?) {
        storage = Storage(reason: reason, problem: problem, location: location, field: field.map { text in
            let scalars = text.unicodeScalars
            guard scalars.count > Rejection.quotedFieldLimit else { return text }
            return String(String.UnicodeScalarView(scalars.prefix(Rejection.quotedFieldLimit))) + "…"
        })
    }

    public static func == (left: Rejection, right: Rejection) -> Bool {
        left.storage === right.storage || (left.reason == right.reason && left.problem == right.problem
            && left.location == right.location && left.field == right.field)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(reason)
        hasher.combine(problem)
        hasher.combine(location)
        hasher.combine(field)
    }

    /// Longest field quoted in a message, in Unicode scalars (not characters:
    /// one character may carry thousands of combining marks).
    public static let quotedFieldLimit = 60
}

extension Rejection {
    /// The same rejection `lines` lines further down its file (a duplicate's
    /// first sighting too): for rows read from the middle of a file.
    func shifted(byLines lines: Int) -> Rejection {
        func moved(_ location: SourceLocation) -> SourceLocation {
            location.movedDown(by: lines)
        }
        var problem = problem
        if case .duplicateID(let firstSeen) = problem { problem = .duplicateID(firstSeen: moved(firstSeen)) }
        if case .duplicateCount(let firstSeen) = problem, firstSeen.file == location.file {
            problem = .duplicateCount(firstSeen: moved(firstSeen))
        }
        return Rejection(reason: reason, problem: problem, location: moved(location), field: field)
    }
}
