import SRBKit

/// A command of `srb`: its name, its help, its options and how it runs. Each
/// declares its options once; `CommandList` is the one list of commands.
protocol Command: Sendable {
    static var name: String { get }
    static var summary: TextKey { get }
    /// What follows `[options]` on the usage line: ` FILE...`, ` PLAN`, or nothing.
    static var operands: String { get }
    /// Every option the command takes, `--help` included.
    static var options: [OptionSpec] { get }
    /// Runs on the parsed arguments. A usage error is thrown; every other
    /// outcome, errors included, is told on standard error and given as an exit code.
    static func run(_ arguments: ParsedArguments, in context: ProcessContext) throws(UsageError) -> ExitCode
}

/// Every command, in the order help lists them: adding a command is adding it here.
enum CommandList {
    static let all: [any Command.Type] = [
        ReportCommand.self, CheckCommand.self, ProgressCommand.self, PlanCommand.self,
        ValidateCommand.self, GenerateCommand.self, MonthlyCommand.self, FertilityCommand.self,
    ]

    static func named(_ name: String) -> (any Command.Type)? {
        all.first { $0.name == name }
    }

    static var names: [String] { all.map { $0.name } }
}
