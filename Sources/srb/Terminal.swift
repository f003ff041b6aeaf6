#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SRBKit

/// The process's view of the world: environment, terminal, standard streams.
/// Read here, once, and passed down; SRBKit never looks at them.
struct Terminal {
    let environment: [String: String]
    let standardOutputIsTerminal: Bool

    static func current(environment: [String: String]) -> Terminal {
        Terminal(environment: environment, standardOutputIsTerminal: isatty(1) == 1)
    }

    /// Widest line for tables on standard output: the terminal's width (asked of
    /// the terminal, else `COLUMNS`, else 80); nil when standard output is not a
    /// terminal, so files and pipes get whole tables.
    var tableWidth: Int? {
        guard standardOutputIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    var allowsColor: Bool { standardOutputIsTerminal && environment["NO_COLOR"] == nil }

    func writeOut(_ text: String) { Terminal.write(text, to: 1) }
    func writeError(_ text: String) { Terminal.write(text, to: 2) }

    func error(_ message: String) { writeError("srb: error: \(message)\n") }
    func warning(_ message: String) { writeError("srb: warning: \(message)\n") }

    /// Writes to a standard stream; a reader that has gone (EPIPE) is not an error worth a word.
    private static func write(_ text: String, to descriptor: Int32) {
        _ = writeAll(text, to: descriptor)
    }
}
