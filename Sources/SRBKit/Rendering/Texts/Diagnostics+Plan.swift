/// Words for what reading a plan can tell: errors that stop it, warnings, and
/// the line on standard error after the output.
extension Diagnostics {
    /// The message of a plan warning, without the `srb: warning: ` prefix.
    public func message(for warning: PlanWarning) -> String {
        switch warning {
        case .read(let warning): message(for: warning)
        case .duplicateColumn(let location, let column): text(.warningDuplicateColumn, position(location), "'\(column.rawValue)'")
        case .fieldCount(let location, let found, let expected):
            text(.planWarningFieldCount, position(location), String(found), String(expected))
        case .unknownStatus(let location, let field): text(.planWarningUnknownStatus, position(location), field)
        case .unreadableCompletionDate(let location, let field):
            text(.planWarningUnreadableDate, position(location), field)
        }
    }

    /// `12 activities and 5 section headings read from FILE`.
    public func summaryLine(_ plan: Plan) -> String {
        text(.planReadLine, String(plan.activities.count), String(plan.sectionHeadingCount), plan.file)
    }
}
