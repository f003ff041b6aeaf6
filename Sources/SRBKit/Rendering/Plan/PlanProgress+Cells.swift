/// The cells of a plan's progress, shared by every format.
extension PlanProgress {
    /// The object `srb plan` prints after `schema` and `as_of`, and `srb progress
    /// --plan` embeds under `plan`: `activities`, `summary`, `share_done_of_due`.
    func jsonValue() -> JSONValue {
        .object(jsonMembers())
    }

    /// The members of `jsonValue()`, to follow other keys in one object.
    func jsonMembers() -> [(String, JSONValue)] {
        [
            ("activities", .array(activities.map { $0.jsonValue() })),
            ("summary", .object(ActivityState.allCases.map { ($0.rawValue, .int(count($0))) })),
            ("share_done_of_due", .optional(shareDoneOfDue)),
        ]
    }

    /// The as-of date as a heading shows it (`2024-09-30`; `30/09/2024` in Vietnamese).
    func dateText(_ text: Localizer) -> String {
        text(.planDate, CalendarDay.padded(asOf.year, 4), CalendarDay.padded(asOf.month, 2), CalendarDay.padded(asOf.day, 2))
    }

    /// `2 of 8 (25.0%)`, or that none has begun.
    func shareText(_ text: Localizer) -> String {
        guard let share = shareDoneOfDue else { return text(.planShareNone) }
        return text(.planShare, String(doneOfOpenedCount), String(openedCount),
                    NumberFormatting.fixed(share * 100, places: 1) + "%")
    }

    /// Title and the plan-year line.
    func headingLines(_ text: Localizer) -> [String] {
        [text(.planTitle, dateText(text)), text(.planYearNote, String(planYear))]
    }

    /// The rows of the tables, in file order: an activity whose section differs
    /// from the previous one's is preceded by that section's heading.
    var tableRows: [PlanTableRow] {
        var rows: [PlanTableRow] = []
        var previous: (number: String?, title: String?)?
        for result in activities {
            let activity = result.activity
            if let title = activity.section, previous.map({ $0.number != activity.sectionNumber || $0.title != title }) ?? true {
                rows.append(.section(number: activity.sectionNumber ?? "", title: title))
            }
            previous = (activity.sectionNumber, activity.section)
            rows.append(.activity(result))
        }
        return rows
    }
}

/// A row of the table, markdown and HTML outputs.
enum PlanTableRow {
    /// A section's heading: its TT (empty when it has none) and title.
    case section(number: String, title: String)
    case activity(ActivityResult)
}

extension ActivityResult {
    /// JSON activity object: SPEC's keys in SPEC's order, then `periods_due`,
    /// `window`, `done_on`, `note`.
    func jsonValue() -> JSONValue {
        .object([
            ("section", .optional(activity.section)),
            ("no", .string(activity.number)),
            ("content", .string(activity.content)),
            ("timeframe", .string(activity.timeFrameText)),
            ("lead", .string(activity.lead)),
            ("partners", .string(activity.partners)),
            ("status", .string(activity.status.rawValue)),
            ("state", .string(state.rawValue)),
            ("periods_due", periodsDue.map { .object([("due", .int($0.due)), ("of", .int($0.of))]) } ?? .null),
            ("window", window.map { .object([("from", .string($0.from.description)), ("to", .string($0.to.description))]) } ?? .null),
            ("done_on", .optional(activity.doneOn?.description)),
            ("note", .string(activity.note)),
        ])
    }

    /// CSV/TSV cells in `delimitedHeader` order; null is an empty cell.
    func delimitedCells(_ writer: DelimitedText) -> [String] {
        [
            writer.text(activity.section ?? ""),
            writer.text(activity.number),
            writer.text(activity.content),
            writer.text(activity.timeFrameText),
            writer.text(activity.lead),
            writer.text(activity.partners),
            writer.text(activity.status.rawValue),
            writer.text(state.rawValue),
            writer.number(periodsDue.map { String($0.due) } ?? ""),
            writer.number(periodsDue.map { String($0.of) } ?? ""),
            writer.text(window?.from.description ?? ""),
            writer.text(window?.to.description ?? ""),
            writer.text(activity.doneOn?.description ?? ""),
            writer.text(activity.note),
        ]
    }

    static let delimitedHeader = ["section", "no", "content", "timeframe", "lead", "partners", "status", "state",
                                  "periods_due", "periods_of", "window_from", "window_to", "done_on", "note"]

    /// `6 of 12 months`; empty for an activity that does not recur.
    func periodsText(_ text: Localizer) -> String {
        guard let periodsDue, case .recurring(let recurrence) = activity.timeFrame else { return "" }
        let key: TextKey = switch recurrence {
        case .monthly: .planPeriodsMonths
        case .quarterly: .planPeriodsQuarters
        case .yearly: .planPeriodsYears
        }
        return text(key, String(periodsDue.due), String(periodsDue.of))
    }
}

extension ActivityState {
    /// The state in words of the reader's language, for tables, markdown and HTML.
    func label(_ text: Localizer) -> String {
        switch self {
        case .done: text(.planStateDone)
        case .inProgress: text(.planStateInProgress)
        case .overdue: text(.planStateOverdue)
        case .due: text(.planStateDue)
        case .upcoming: text(.planStateUpcoming)
        case .unscheduled: text(.planStateUnscheduled)
        }
    }
}
