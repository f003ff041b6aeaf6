import SRBKit

/// Help and version texts, worded from the text tables in either language.
enum Help {
    static let version = "srb 0.2.0"

    static func overview(_ language: Language) -> String {
        let text = Localizer(language)
        var result = text(.helpOverviewTitle) + "\n\n"
        result += "\(text(.helpUsage)): srb \(text(.helpCommandWord)) [options] FILE...\n\n\(text(.helpCommandsHeading))\n"
        let width = (CommandList.names.map(\.count).max() ?? 0) + 2
        for command in CommandList.all {
            result += "  " + command.name.padding(width) + text(command.summary) + "\n"
        }
        return result + "\n" + text(.helpOverviewNotes) + "\n"
    }

    static func forCommand(_ command: any Command.Type, language: Language) -> String {
        let text = Localizer(language)
        var result = "srb \(command.name): \(text(command.summary))\n\n"
        result += "\(text(.helpUsage)): srb \(command.name) [options]\(command.operands)\n\n\(text(.helpOptionsHeading))\n"
        let labels = command.options.map { spec in spec.valueName.map { "\(spec.name) \($0)" } ?? spec.name }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, spec) in zip(labels, command.options) {
            result += "  " + label.padding(width) + text(spec.summary) + "\n"
        }
        return result
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
