import SRBKit

/// Help and version texts.
enum Help {
    static let version = "srb 0.1.0"

    static let commands: [(name: String, summary: String)] = [
        (ReportCommand.name, ReportCommand.summary),
        (CheckCommand.name, CheckCommand.summary),
        (ProgressCommand.name, ProgressCommand.summary),
        (PlanCommand.name, PlanCommand.summary),
        (ValidateCommand.name, ValidateCommand.summary),
    ]

    static var overview: String {
        var text = """
        srb: sex ratio at birth (boys per 100 girls) per ward, from birth registers.

        Usage: srb COMMAND [options] FILE...

        Commands:

        """
        for command in commands {
            text += "  " + command.name.padding(8) + command.summary + "\n"
        }
        text += """

        FILE may be - for standard input; several files are read as one register.
        'srb help COMMAND' or 'srb COMMAND --help' shows a command's options.
        'srb --version' shows the version.

        Exit codes: 0 done (check: nothing flagged; validate: no row rejected);
        1 check: a unit flagged; validate: some rows rejected;
        64 usage; 65 data (no header, a required column missing, no usable row);
        66 an input file cannot be opened; 73 the output file cannot be created.

        """
        return text
    }

    static func forCommand(_ name: String, summary: String, specs: [OptionSpec]) -> String {
        let operands = name == PlanCommand.name ? "PLAN" : "FILE..."
        var text = "srb \(name): \(summary)\n\nUsage: srb \(name) [options] \(operands)\n\nOptions:\n"
        let labels = specs.map { spec in spec.valueName.map { "\(spec.name) \($0)" } ?? spec.name }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, spec) in zip(labels, specs) {
            text += "  " + label.padding(width) + spec.summary + "\n"
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
