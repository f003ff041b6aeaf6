/// A plan's progress as one self-contained HTML page (no external reference):
/// heading, a bar of the activities by state (inline SVG, labelled so that it
/// reads in black and white), the table of activities, the counts and the share.
struct PlanHTML {
    let progress: PlanProgress
    let text: Localizer

    func rendered() -> String {
        HTMLPage.document(title: progress.headingLines(text)[0], language: text.language,
                          style: PlanHTML.style, body: body)
    }

    /// The page's body: what `srb progress --plan` also places under its own table.
    var body: String {
        let heading = progress.headingLines(text)
        var body = "<h1>\(HTMLText.escape(heading[0]))</h1>\n<p>\(HTMLText.escape(heading[1]))</p>\n"
        body += stateBar
        if progress.activities.isEmpty {
            body += "<p>\(HTMLText.escape(text(.planNoActivities)))</p>\n"
        } else {
            let titles = [text(.planColumnNumber), text(.planColumnContent), text(.planColumnTimeFrame),
                          text(.planColumnLead), text(.planColumnPartners), text(.planColumnState),
                          text(.planColumnPeriodsDue)]
            body += "<table class=\"activities\">\n<thead><tr>"
                + titles.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in progress.tableRows {
                switch row {
                case .section(let number, let title):
                    body += "<tr class=\"section\"><td>\(HTMLText.escape(number))</td>"
                        + "<td colspan=\"6\">\(HTMLText.escape(title))</td></tr>\n"
                case .activity(let result):
                    let activity = result.activity
                    let cells = [activity.number, activity.content, activity.timeFrameText, activity.lead,
                                 activity.partners, result.state.label(text), result.periodsText(text)]
                    body += "<tr class=\"\(result.state.rawValue)\">"
                        + cells.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
                }
            }
            body += "</tbody>\n</table>\n"
        }
        body += "<table class=\"summary\">\n<thead><tr><th>\(HTMLText.escape(text(.planSummaryTitle)))</th>"
            + "<th>\(HTMLText.escape(text(.planColumnActivities)))</th></tr></thead>\n<tbody>\n"
        for state in ActivityState.allCases {
            body += "<tr><td>\(HTMLText.escape(state.label(text)))</td><td>\(progress.count(state))</td></tr>\n"
        }
        body += "</tbody>\n<tfoot><tr><td>\(HTMLText.escape(text(.totalRow)))</td><td>\(progress.activities.count)</td></tr></tfoot>\n</table>\n"
        body += "<p class=\"share\">\(HTMLText.escape(progress.shareText(text)))</p>\n"
        return body
    }

    static let style = """
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { padding: 0.2em 0.7em; border-bottom: 1px solid #ccc; text-align: left; vertical-align: top; }
    table.summary td:last-child { text-align: right; }
    tr.section td { font-weight: bold; background: #eee; }
    tr.overdue td { background: #f8d0d0; font-weight: bold; }
    tr.due td { background: #fbecc8; }
    tfoot td { font-weight: bold; border-top: 2px solid #111; }
    table.activities { max-width: 100%; }
    table.activities td { white-space: normal; }
    .states-legend { font-size: 90%; }
    .states-legend .state { margin-right: 1.2em; white-space: nowrap; }
    .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #777; margin-right: 0.3em;
              vertical-align: -0.1em; }
    """

    /// One bar split by state, each part labelled with its count; nothing without activities.
    private var stateBar: String {
        let total = progress.activities.count
        guard total > 0 else { return "" }
        let width = 600.0, height = 28.0
        var x = 0.0
        var parts = ""
        for state in ActivityState.allCases where progress.count(state) > 0 {
            let count = progress.count(state)
            let partWidth = width * Double(count) / Double(total)
            let label = "\(state.label(text)): \(count)"
            parts += "<rect x=\"\(NumberFormatting.fixed(x, places: 1))\" y=\"0\" width=\"\(NumberFormatting.fixed(partWidth, places: 1))\" "
                + "height=\"\(NumberFormatting.fixed(height, places: 0))\" fill=\"\(PlanHTML.color(state))\" stroke=\"#fff\">"
                + "<title>\(HTMLText.escape(label))</title></rect>\n"
            parts += "<text x=\"\(NumberFormatting.fixed(x + partWidth / 2, places: 1))\" y=\"19\" text-anchor=\"middle\" "
                + "font-size=\"13\">\(count)</text>\n"
            x += partWidth
        }
        let legend = ActivityState.allCases.filter { progress.count($0) > 0 }.map { state in
            "<span class=\"state\"><span class=\"swatch\" style=\"background: \(PlanHTML.color(state))\"></span>"
                + "\(HTMLText.escape(state.label(text))): \(progress.count(state))</span>"
        }.joined(separator: " ")
        return "<svg class=\"chart states\" width=\"600\" height=\"28\" viewBox=\"0 0 600 28\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape(text(.planSummaryTitle)))\">\n\(parts)</svg>\n"
            + "<p class=\"states-legend\">\(legend)</p>\n"
    }

    private static func color(_ state: ActivityState) -> String {
        switch state {
        case .done: "#8fd19e"
        case .inProgress: "#9cc7ef"
        case .overdue: "#ef8f8f"
        case .due: "#f5d27a"
        case .upcoming: "#d9d9d9"
        case .unscheduled: "#f2f2f2"
        }
    }
}
