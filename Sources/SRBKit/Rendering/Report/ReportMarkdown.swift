/// A report as a Markdown pipe table, with its heading as a paragraph.
struct ReportMarkdown {
    let report: Report
    let units: [UnitResult]
    let text: Localizer
    let isCheck: Bool
    var madeOn: CalendarDay? = nil

    func rendered() -> String {
        let headingLines = ReportHeading(report: report, text: text, isCheck: isCheck, madeOn: madeOn)
        let heading = headingLines.lines
        var output = "**\(MarkdownText.escape(heading[0]))**\n\n\(MarkdownText.escape(heading[1]))\n\n"
        let percent = NumberFormatting.percent(report.settings.confidence)
        let hasCodes = units.contains { $0.unit.code != nil }  // a ward registry: its codes in a column
        let titles = (hasCodes ? [text(.columnCode)] : []) + [ReportHeading.unitColumnTitle(report.settings.level, text),
                      text(.columnBirths), text(.columnBoys), text(.columnGirls), text(.columnSRB),
                      text(.columnIntervalLow, percent), text(.columnIntervalHigh, percent), text(.columnStatus)]
        output += MarkdownText.row(titles)
        output += (hasCodes ? "|---" : "") + "|---|---:|---:|---:|---:|---:|---:|---|\n"
        var rows: [(String, String, SexRatioEstimate, UnitStatus)] = []
        for unit in units {
            rows.append((unit.unit.code ?? "", unit.unit.name, unit.estimate, unit.status))
            for part in unit.byOrder ?? [] { rows.append(("", "↳ " + part.order.label(text), part.estimate, part.status)) }
        }
        rows.append(("", "**" + MarkdownText.escape(text(.totalRow)) + "**", report.total.estimate, report.total.status))
        for (index, (code, name, estimate, status)) in rows.enumerated() {
            let isTotal = index == rows.count - 1
            let statusText = [status.mark, status.label(text)].filter { !$0.isEmpty }.joined(separator: " ")
            let cells = (hasCodes ? [MarkdownText.escape(code)] : []) + [isTotal ? name : MarkdownText.escape(name),
                         String(estimate.births), String(estimate.boys),
                         String(estimate.girls), estimate.srbText,
                         estimate.ciLow.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                         estimate.ciHigh.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                         MarkdownText.escape(statusText)]
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return output + "\n" + headingLines.footer.map { MarkdownText.escape($0) }.joined(separator: "  \n") + "\n"
    }
}

/// Markdown escaping for table cells.
enum MarkdownText {
    /// Escapes `|`, `\`, and the characters that would start emphasis or links;
    /// line breaks become spaces.
    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in VisibleText.escaping(value).unicodeScalars {
            switch scalar {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">": result += "\\" + String(scalar)
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func row(_ cells: [String]) -> String {
        verbatimRow(cells.map(escape))
    }

    /// A row of cells already escaped, or of srb's own words (`ci_low`,
    /// `off_path`, `3+`), which need none: an `_` between letters starts no
    /// emphasis, so they read the same raw and rendered.
    static func verbatimRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }
}
