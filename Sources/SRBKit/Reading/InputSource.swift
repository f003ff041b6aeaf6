#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a register comes from.
public enum InputSource: Sendable, Hashable {
    case file(String)
    case standardInput

    /// The name used in messages and in the JSON `input.files` list: the path as
    /// given, or `-` for standard input.
    public var displayName: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }

    /// `-` is standard input; anything else a path.
    public init(argument: String) {
        self = argument == "-" ? .standardInput : .file(argument)
    }
}

/// Reads a source in fixed-size chunks through a POSIX file descriptor.
///
/// A class because it owns the descriptor and closes it once.
final class ChunkedFileReader {
    static let chunkSize = 1 << 20

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]

    /// Opens the source; throws `SRBError.cannotOpen` with the system's reason.
    init(_ source: InputSource) throws(SRBError) {
        switch source {
        case .standardInput:
            descriptor = 0
            ownsDescriptor = false
        case .file(let path):
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw .cannotOpen(path: path, reason: ChunkedFileReader.describeErrno())
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw .cannotOpen(path: path, reason: "is a directory")
            }
            descriptor = opened
            ownsDescriptor = true
        }
        buffer = [UInt8](repeating: 0, count: ChunkedFileReader.chunkSize)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Calls `body` with each chunk until the end of input; throws
    /// `SRBError.cannotRead` on a read error.
    func forEachChunk(path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(SRBError) {
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress, raw.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: ChunkedFileReader.describeErrno())
            }
            if count == 0 { return }
            buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    private static func describeErrno() -> String {
        String(cString: strerror(errno))
    }
}
