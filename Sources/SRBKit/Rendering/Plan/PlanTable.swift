/// The terminal table of a plan's progress: heading, one block per activity
/// under its section's title (long cells wrapped), then the count in each state
/// and the share done of those due.
struct PlanTable {
    let progress: PlanProgress
    let text: Localizer

    /// Widest each wrapped column gets, in terminal columns.
    struct WrapWidths {
        var content = 36
        var timeFrame = 18
        var units = 22
        /// False on a terminal too narrow for the partner units (html, csv and json keep them).
        var showsPartners = true
        /// Short column titles, for a narrow terminal.
        var usesShortTitles = false
    }

    /// The table; with `maximumWidth` (a terminal), wrapped columns are narrowed
    /// to fit it, and the partners column is left out when even that is not enough.
    func rendered(colors: Bool, maximumWidth: Int? = nil) -> String {
        let fit = { (line: String) in TextWrapping.noteLines(line, width: maximumWidth).joined(separator: "\n") }
        var output = progress.headingLines(text).map(fit).joined(separator: "\n") + "\n\n"
        if progress.activities.isEmpty {
            output += text(.planNoActivities) + "\n"
        } else {
            let widths = maximumWidth.map(fitting) ?? WrapWidths()
            var table = table(widths)
            if !widths.showsPartners { table = table.removingColumns([4]).removingEmptyRows() }
            output += table.rendered(colors: colors)
        }
        return output + "\n" + summary.split(separator: "\n", omittingEmptySubsequences: false)
            .map { fit(String($0)) }.joined(separator: "\n")
    }

    /// Wrap widths that keep the table within `width`: the default ones when
    /// they fit; else, without partners, the rest shared 36:18:22 (at least 8 each).
    private func fitting(_ width: Int) -> WrapWidths {
        let unwrapped = table(WrapWidths()).removingColumns([1, 2, 3, 4]).width  // number, state, periods
        let defaults = WrapWidths()
        let gaps = 2 * 4
        if unwrapped + gaps + defaults.content + defaults.timeFrame + 2 * defaults.units <= width { return defaults }
        let available = max(24, width - unwrapped - gaps + 2)
        let share = { (part: Int) in max(8, available * part / 76) }
        var narrow = WrapWidths(content: share(36), timeFrame: share(18), units: share(22),
                                showsPartners: false, usesShortTitles: true)
        while table(narrow).removingColumns([4]).width > width && narrow.content > 8 { narrow.content -= 1 }
        return narrow
    }

    private func table(_ widths: WrapWidths) -> TextTable {
        var table = TextTable(columns: [
            .init(title: text(.planColumnNumber), alignsRight: false),
            .init(title: text(widths.usesShortTitles ? .planColumnContentShort : .planColumnContent), alignsRight: false),
            .init(title: text(widths.usesShortTitles ? .planColumnTimeFrameShort : .planColumnTimeFrame), alignsRight: false),
            .init(title: text(widths.usesShortTitles ? .planColumnLeadShort : .planColumnLead), alignsRight: false),
            .init(title: text(.planColumnPartners), alignsRight: false),
            .init(title: text(.planColumnState), alignsRight: false),
            .init(title: text(widths.usesShortTitles ? .planColumnPeriodsDueShort : .planColumnPeriodsDue), alignsRight: false),
        ])
        for (index, row) in progress.tableRows.enumerated() {
            switch row {
            case .section(let number, let title):
                for (line, part) in TextWrapping.lines(title, width: widths.content).enumerated() {
                    table.rows.append(TextTable.Row(cells: [line == 0 ? number : "", part, "", "", "", "", ""], style: .emphasis,
                                                    isSeparatedAbove: index > 0 && line == 0))
                }
            case .activity(let result):
                let activity = result.activity
                let columns = [
                    [activity.number],
                    TextWrapping.lines(activity.content, width: widths.content),
                    TextWrapping.lines(activity.timeFrameText, width: widths.timeFrame),
                    TextWrapping.lines(activity.lead, width: widths.units),
                    TextWrapping.lines(activity.partners, width: widths.units),
                    [result.state.label(text)],
                    [result.periodsText(text)],
                ]
                let style: TextTable.Style = switch result.state {
                case .overdue: .alert
                case .due: .warning
                default: .plain
                }
                for line in 0..<(columns.map(\.count).max() ?? 1) {
                    table.rows.append(TextTable.Row(cells: columns.map { line < $0.count ? $0[line] : "" }, style: style))
                }
            }
        }
        return table
    }

    /// Count in each state, the total, and the share done of those due.
    private var summary: String {
        var lines = [(text(.planSummaryTitle), "")]
        lines += ActivityState.allCases.map { ("  " + $0.label(text), String(progress.count($0))) }
        lines.append(("  " + text(.totalRow), String(progress.activities.count)))
        let labelWidth = lines.dropFirst().map { DisplayWidth.of($0.0) }.max() ?? 0
        let countWidth = lines.map(\.1.count).max() ?? 0
        var output = ""
        for (label, count) in lines {
            guard !count.isEmpty else { output += label + "\n"; continue }
            output += DisplayWidth.pad(label, to: labelWidth, alignRight: false) + "  "
                + DisplayWidth.pad(count, to: countWidth, alignRight: true) + "\n"
        }
        return output + progress.shareText(text) + "\n"
    }
}
