/// One row of a plan's activity table (Biểu 1), as written, with its status read.
public struct Activity: Sendable, Hashable {
    /// What the table says about the work.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case notStarted = "not_started"
        case inProgress = "in_progress"
        case done

        /// Reads `not_started`/`chưa thực hiện`, `in_progress`/`đang thực hiện`,
        /// `done`/`đã hoàn thành`/`hoàn thành`, whatever the case, spacing,
        /// underscores and diacritics; the empty string is `notStarted`. Nil for
        /// anything else.
        public init?(spelling: String) {
            switch TextFolding.headerKey(spelling).replacingOccurrences(of: "-", with: "") {
            case "", "notstarted", "chuathuchien": self = .notStarted
            case "inprogress", "dangthuchien": self = .inProgress
            case "done", "dahoanthanh", "hoanthanh": self = .done
            default: return nil
            }
        }
    }

    /// The section: the row's `section` cell, else the title of the last Biểu 1
    /// heading above it; nil when there is neither.
    public let section: String?
    /// The TT of that Biểu 1 heading (`"II"`); nil when the section comes from a
    /// `section` cell or there is none.
    public let sectionNumber: String?
    /// The TT cell as written (`"1"`, `"2a"`); empty when there is none.
    public let number: String
    public let content: String
    /// The time frame cell as written.
    public let timeFrameText: String
    public let timeFrame: TimeFrame
    /// The lead unit(s), as written.
    public let lead: String
    /// The partner units, as written.
    public let partners: String
    public let status: Status
    /// The completion date; nil when empty or unreadable.
    public let doneOn: CalendarDay?
    public let note: String
    /// 1-based line of the row in its file.
    public let line: Int

    public init(section: String?, sectionNumber: String? = nil, number: String, content: String, timeFrameText: String,
                timeFrame: TimeFrame? = nil, lead: String = "", partners: String = "",
                status: Status = .notStarted, doneOn: CalendarDay? = nil, note: String = "", line: Int = 0) {
        self.section = section
        self.sectionNumber = section == nil ? nil : sectionNumber
        self.number = number
        self.content = content
        self.timeFrameText = timeFrameText
        self.timeFrame = timeFrame ?? TimeFrame(parsing: timeFrameText)
        self.lead = lead
        self.partners = partners
        self.status = status
        self.doneOn = doneOn
        self.note = note
        self.line = line
    }
}
