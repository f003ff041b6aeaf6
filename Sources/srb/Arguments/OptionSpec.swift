import SRBKit

/// How one option is written, whether it takes a value, and its help text.
struct OptionSpec {
    let name: String
    /// The value's name in help (`FILE`); nil for a flag.
    let valueName: String?
    let isRepeatable: Bool
    let summary: TextKey

    init(_ name: String, value valueName: String? = nil, repeatable: Bool = false, _ summary: TextKey) {
        self.name = name
        self.valueName = valueName
        self.isRepeatable = repeatable
        self.summary = summary
    }

    static let help = OptionSpec("--help", .optionHelp)
}
