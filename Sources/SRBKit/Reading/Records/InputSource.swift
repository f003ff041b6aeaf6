/// Where a register comes from.
public enum InputSource: Sendable, Hashable {
    case file(String)
    case standardInput
    /// Bytes already in memory (tests, fuzzing, a library caller), under a display name.
    case memory(name: String, bytes: [UInt8])

    /// The name used in messages and in the JSON `input.files` list: the path as
    /// given, or `-` for standard input.
    public var displayName: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        case .memory(let name, _): name
        }
    }

    /// `-` is standard input; anything else a path.
    public init(argument: String) {
        self = argument == "-" ? .standardInput : .file(argument)
    }
}
