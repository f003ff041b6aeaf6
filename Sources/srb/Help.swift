import SRBKit

/// Help and version texts, in English here and in Vietnamese in `HelpVietnamese`.
enum Help {
    static let version = "srb 0.1.0"

    static let commands: [(name: String, summary: String)] = [
        (ReportCommand.name, ReportCommand.summary),
        (CheckCommand.name, CheckCommand.summary),
        (ProgressCommand.name, ProgressCommand.summary),
        (PlanCommand.name, PlanCommand.summary),
        (ValidateCommand.name, ValidateCommand.summary),
        (GenerateCommand.name, GenerateCommand.summary),
    ]

    static let overviewTitle = "srb: sex ratio at birth (boys per 100 girls) per ward, from birth registers."
    static let overviewNotes = """
        FILE may be - for standard input; several files are read as one register.
        'srb help COMMAND' or 'srb COMMAND --help' shows a command's options.
        'srb --version' shows the version.

        Exit codes: 0 done (check: nothing flagged; validate: no row rejected);
        1 check: a unit flagged; validate: some rows rejected;
        64 usage; 65 data (no header, a required column missing, no usable row);
        66 an input file cannot be opened; 73 the output file cannot be created.
        """

    /// Every English help text outside the option tables and command summaries.
    static let fixedTexts = [overviewTitle, overviewNotes, "Usage", "Commands:", "Options:"]

    /// `english` in `language`: English as written, Vietnamese from `HelpVietnamese`.
    static func translated(_ english: String, _ language: Language) -> String {
        switch language {
        case .en: english
        case .vi: HelpVietnamese.table[english] ?? english
        }
    }

    static func overview(_ language: Language) -> String {
        let t = { (english: String) in translated(english, language) }
        var text = t(overviewTitle) + "\n\n\(t("Usage")): srb COMMAND [options] FILE...\n\n\(t("Commands:"))\n"
        for command in commands {
            text += "  " + command.name.padding(8) + t(command.summary) + "\n"
        }
        return text + "\n" + t(overviewNotes) + "\n"
    }

    static func forCommand(_ name: String, summary: String, operands: String, specs: [OptionSpec],
                           language: Language) -> String {
        let t = { (english: String) in translated(english, language) }
        var text = "srb \(name): \(t(summary))\n\n\(t("Usage")): srb \(name) [options]\(operands)\n\n\(t("Options:"))\n"
        let labels = specs.map { spec in spec.valueName.map { "\(spec.name) \($0)" } ?? spec.name }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, spec) in zip(labels, specs) {
            text += "  " + label.padding(width) + t(spec.summary) + "\n"
        }
        return text
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
