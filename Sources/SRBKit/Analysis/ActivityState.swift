/// Where an activity stands as of a date (SPEC "Plan activities"). The raw
/// values are the words of JSON, CSV and TSV; the order of the cases is the
/// order of the JSON `summary`.
public enum ActivityState: String, Sendable, Hashable, CaseIterable {
    case done
    case inProgress = "in_progress"
    case overdue
    case due
    case upcoming
    case unscheduled

    /// The first state that applies as of `day`: `done` (status done, completion
    /// date empty or not after `day`); `overdue` (window ended before `day`);
    /// `inProgress` (status says so); `unscheduled` (no window); `due` (`day`
    /// inside the window); `upcoming`.
    ///
    /// - Parameter window: the activity's window, the plan year for a recurring one.
    public init(status: Activity.Status, doneOn: CalendarDay?, window: Period?, asOf day: CalendarDay) {
        if status == .done, doneOn.map({ $0 <= day }) ?? true {
            self = .done
        } else if let window, window.to < day {
            self = .overdue
        } else if status == .inProgress {
            self = .inProgress
        } else if let window {
            self = window.contains(day) ? .due : .upcoming
        } else {
            self = .unscheduled
        }
    }
}
