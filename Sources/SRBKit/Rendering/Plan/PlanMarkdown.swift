/// A plan's progress as Markdown: heading paragraphs, a pipe table of the
/// activities (section titles in bold rows), the count in each state and the
/// share done of those due.
struct PlanMarkdown {
    let progress: PlanProgress
    let text: Localizer

    func rendered() -> String {
        let heading = progress.headingLines(text)
        var output = "**\(MarkdownText.escape(heading[0]))**\n\n\(MarkdownText.escape(heading[1]))\n\n"
        if progress.activities.isEmpty {
            output += MarkdownText.escape(text(.planNoActivities)) + "\n\n"
        } else {
            output += MarkdownText.row([text(.planColumnNumber), text(.planColumnContent), text(.planColumnTimeFrame),
                                        text(.planColumnLead), text(.planColumnPartners), text(.planColumnState),
                                        text(.planColumnPeriodsDue)])
            output += "|---|---|---|---|---|---|---|\n"
            for row in progress.tableRows {
                switch row {
                case .section(let number, let title):
                    let numberCell = number.isEmpty ? "" : "**\(MarkdownText.escape(number))**"
                    output += "| \(numberCell) | **\(MarkdownText.escape(title))** | | | | | |\n"
                case .activity(let result):
                    let activity = result.activity
                    output += MarkdownText.row([activity.number, activity.content, activity.timeFrameText, activity.lead,
                                                activity.partners, result.state.label(text), result.periodsText(text)])
                }
            }
            output += "\n"
        }
        output += MarkdownText.row([text(.planSummaryTitle), text(.planColumnActivities)])
        output += "|---|---:|\n"
        for state in ActivityState.allCases {
            output += MarkdownText.row([state.label(text), String(progress.count(state))])
        }
        output += "| **\(MarkdownText.escape(text(.totalRow)))** | **\(progress.activities.count)** |\n\n"
        return output + MarkdownText.escape(progress.shareText(text)) + "\n"
    }
}
