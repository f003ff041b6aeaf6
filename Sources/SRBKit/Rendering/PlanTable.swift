/// The terminal table of a plan's progress: heading, one block per activity
/// under its section's title (long cells wrapped), then the count in each state
/// and the share done of those due.
struct PlanTable {
    let progress: PlanProgress
    let text: Localizer

    /// Widest a wrapped column gets, in terminal columns.
    static let contentWidth = 36
    static let timeFrameWidth = 18
    static let unitsWidth = 22

    func rendered(colors: Bool) -> String {
        var output = progress.headingLines(text).joined(separator: "\n") + "\n\n"
        if progress.activities.isEmpty {
            output += text(.planNoActivities) + "\n"
        } else {
            output += table.rendered(colors: colors)
        }
        return output + "\n" + summary
    }

    private var table: TextTable {
        var table = TextTable(columns: [
            .init(title: text(.planColumnNumber), alignsRight: false),
            .init(title: text(.planColumnContent), alignsRight: false),
            .init(title: text(.planColumnTimeFrame), alignsRight: false),
            .init(title: text(.planColumnLead), alignsRight: false),
            .init(title: text(.planColumnPartners), alignsRight: false),
            .init(title: text(.planColumnState), alignsRight: false),
            .init(title: text(.planColumnPeriodsDue), alignsRight: false),
        ])
        for (index, row) in progress.tableRows.enumerated() {
            switch row {
            case .section(let number, let title):
                for (line, part) in PlanTable.wrap(title, width: PlanTable.contentWidth).enumerated() {
                    table.rows.append(TextTable.Row(cells: [line == 0 ? number : "", part, "", "", "", "", ""], style: .emphasis,
                                                    isSeparatedAbove: index > 0 && line == 0))
                }
            case .activity(let result):
                let activity = result.activity
                let columns = [
                    [activity.number],
                    PlanTable.wrap(activity.content, width: PlanTable.contentWidth),
                    PlanTable.wrap(activity.timeFrameText, width: PlanTable.timeFrameWidth),
                    PlanTable.wrap(activity.lead, width: PlanTable.unitsWidth),
                    PlanTable.wrap(activity.partners, width: PlanTable.unitsWidth),
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

    /// `text` cut into lines of at most `width` columns at spaces; a word longer
    /// than `width` is cut where it must be. Always at least one line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while DisplayWidth.of(word) > width {
                if !current.isEmpty { lines.append(current); current = "" }
                var head = ""
                for character in word {
                    guard DisplayWidth.of(head + String(character)) <= width else { break }
                    head.append(character)
                }
                if head.isEmpty { head = String(word.first!) }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if current.isEmpty {
                current = word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
