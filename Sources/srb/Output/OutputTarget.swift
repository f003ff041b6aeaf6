import SRBKit

/// What an output path names, symbolic links followed.
enum OutputTarget: Equatable {
    /// A regular file to replace (`existing` is its status), or a new one.
    case file(path: String, existing: Platform.FileStatus?)
    /// A device, a FIFO or a socket: opened and written as it is.
    case writeThrough(path: String)

    /// Follows `path` through symbolic links (up to 40, as the kernel does) to
    /// what it names. Throws `cannotWriteOutput` for a folder, a link loop or
    /// a path that cannot be looked at.
    static func resolve(_ path: String) throws(SRBError) -> OutputTarget {
        var current = path
        for _ in 0..<40 {
            guard let status = Platform.linkStatus(current) else {
                if Platform.lastError == Platform.notFound { return .file(path: current, existing: nil) }
                throw .cannotWriteOutput(path: path, reason: FileProblem(errorNumber: Platform.lastError))
            }
            switch status.kind {
            case .symbolicLink:
                // A link to a device or a FIFO (/dev/stdout, whose target is no path) is written through.
                if let final = Platform.status(current), final.kind != .regular, final.kind != .directory {
                    return .writeThrough(path: current)
                }
                guard let target = Platform.linkTarget(current) else {
                    throw .cannotWriteOutput(path: path, reason: FileProblem(errorNumber: Platform.lastError))
                }
                current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
            case .regular:
                return .file(path: current, existing: status)
            case .directory:
                throw .cannotWriteOutput(path: path, reason: .isDirectory)
            case .characterDevice, .blockDevice, .fifo, .socket, .other:
                return .writeThrough(path: current)
            }
        }
        throw .cannotWriteOutput(path: path, reason: .tooManySymbolicLinks)
    }

    /// The folder part of a path (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A hidden name beside `path` in its folder: `folder/.NAME` + `suffix`.
    static func hiddenSibling(of path: String, suffix: String) -> String {
        let folder = folder(of: path)
        return (folder == "/" ? "" : folder) + "/." + name(of: path) + suffix
    }

    /// The last part of a path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
