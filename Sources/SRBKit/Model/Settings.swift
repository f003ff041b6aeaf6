import Foundation

/// How day-month-year dates written with `/`, `-` or `.` are ordered.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day first, unless a file's dates show month first (see `DateOrderEvidence`).
    case auto
    case dmy, mdy, ymd
}

/// The character encoding of a register file.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8, utf16, cp1258

    /// The `--encoding` spellings: `utf8`, `utf-8`, `utf16`, `utf-16`, `cp1258`,
    /// `windows-1258`, in any case.
    public init?(spelling: String) {
        switch spelling.lowercased() {
        case "utf8", "utf-8": self = .utf8
        case "utf16", "utf-16": self = .utf16
        case "cp1258", "windows-1258", "windows1258": self = .cp1258
        default: return nil
        }
    }
}

/// The field separator of a register file.
public enum Delimiter: Sendable, Hashable, CaseIterable {
    case comma, semicolon, tab, pipe

    /// The byte that separates fields.
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        case .pipe: UInt8(ascii: "|")
        }
    }

    /// Parses the `--delimiter` spellings: `,` `;` `tab` (or a tab character) `|`.
    public init?(spelling: String) {
        switch spelling {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "tab", "\t", "\\t": self = .tab
        case "|", "pipe": self = .pipe
        default: return nil
        }
    }
}

/// Everything that decides how registers are read.
public struct ReadSettings: Sendable {
    /// Forced delimiter; nil to detect it from each file's header line.
    public var delimiter: Delimiter?
    /// Forced encoding; nil to detect it (byte-order mark, UTF-8 validity).
    public var encoding: TextEncoding?
    public var dateOrder: DateOrder
    /// Header named by `--column ROLE=HEADER`, matched like any header.
    public var columnOverrides: [ColumnRole: String]
    /// Rows outside this period are counted as outside while reading; nil keeps
    /// every usable row (the analysis then picks the period).
    public var period: Period?
    /// Longest field accepted, in bytes; a longer one rejects its row for `fields`
    /// (and so does a row longer than 16 such fields).
    public var maximumFieldLength: Int
    /// The ward registry (`--wards`): its units are the report's, and a row
    /// whose unit matches none of them is rejected (`unit`).
    public var registry: UnitRegistry?
    /// The last day a birth can have been registered on: today, or `--as-of`.
    /// A birth after it, or a count row whose period starts after it, is
    /// rejected (`date`): a typo such as 2204 must not become the latest year.
    /// Nil: no such check.
    public var latestDate: CalendarDay?
    /// Threads a regular file is read on: 1, or 2 (the second half of a file
    /// is read on a second thread and merged; the result is the same).
    public var threads: Int
    /// Files smaller than this are read on one thread whatever `threads` says.
    public var minimumBytesToSplit: Int
    /// The worksheet read from a file that is an `.xlsx` workbook (`--sheet`).
    public var sheet: SheetSelector = .first
    /// True when births are also tallied by the mother's age group (`srb
    /// fertility`); other commands leave a mother-age column unread.
    public var countsMotherAge = false
    /// Bytes of a register read from a stream (standard input, a pipe) held in
    /// memory under `--date-order auto`, so that its date order is chosen as a
    /// file's is; a longer stream is read once, day first, with a warning when
    /// its dates look month first. Set lower by tests only.
    var streamMemoryLimit = ReadSettings.defaultStreamMemoryLimit

    public init(
        delimiter: Delimiter? = nil,
        encoding: TextEncoding? = nil,
        dateOrder: DateOrder = .auto,
        columnOverrides: [ColumnRole: String] = [:],
        period: Period? = nil,
        maximumFieldLength: Int = ReadSettings.defaultMaximumFieldLength,
        registry: UnitRegistry? = nil,
        latestDate: CalendarDay? = nil,
        threads: Int = ReadSettings.defaultThreads,
        minimumBytesToSplit: Int = ReadSettings.defaultMinimumBytesToSplit
    ) {
        self.threads = threads
        self.minimumBytesToSplit = minimumBytesToSplit
        self.delimiter = delimiter
        self.encoding = encoding
        self.dateOrder = dateOrder
        self.columnOverrides = columnOverrides
        self.period = period
        self.maximumFieldLength = maximumFieldLength
        self.registry = registry
        self.latestDate = latestDate
    }

    /// 64 KiB: far above any real name or date, far below what would exhaust memory.
    public static let defaultMaximumFieldLength = 65_536

    /// Two: the cores of an ordinary office machine.
    public static let defaultThreads = 2

    /// 4 MiB: below this a second thread costs more than it saves.
    public static let defaultMinimumBytesToSplit = 4 << 20

    /// 256 MiB: a few years of a province's register (about 70 bytes a row),
    /// far below the memory of an office machine.
    static let defaultStreamMemoryLimit = 256 << 20
}

/// Everything that decides how counts become a report.
public struct ReportSettings: Sendable, Hashable {
    /// The period reported; nil for the latest calendar year in the data.
    public var period: Period?
    /// The level rows are grouped at.
    public var level: UnitLevel
    /// SRB above which a unit is flagged.
    public var threshold: Double
    /// Level of the intervals, 0.5 ≤ confidence < 1.
    public var confidence: Double
    public var intervalMethod: IntervalMethod
    /// Units with fewer births are shown but never flagged.
    public var minimumBirths: Int
    /// Split each unit by birth order.
    public var splitsByBirthOrder: Bool

    public init(
        period: Period? = nil,
        level: UnitLevel = .ward,
        threshold: Double = ReportSettings.defaultThreshold,
        confidence: Double = ReportSettings.defaultConfidence,
        intervalMethod: IntervalMethod = .exact,
        minimumBirths: Int = 0,
        splitsByBirthOrder: Bool = false
    ) {
        self.period = period
        self.level = level
        self.threshold = threshold
        self.confidence = confidence
        self.intervalMethod = intervalMethod
        self.minimumBirths = minimumBirths
        self.splitsByBirthOrder = splitsByBirthOrder
    }

    /// 109 boys per 100 girls: the ceiling of Hà Nội's plans for 2024 and 2030.
    public static let defaultThreshold = 109.0
    public static let defaultConfidence = 0.95
}
