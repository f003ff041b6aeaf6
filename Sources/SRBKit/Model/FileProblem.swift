/// Why a file could not be opened, read or written: a fact, worded in
/// `Rendering` in each language.
public enum FileProblem: Sendable, Hashable {
    case notFound
    case permissionDenied
    case isDirectory
    case notADirectory
    case noSpaceLeft
    case readOnlyFileSystem
    case inputOutputError
    case nameTooLong
    case tooManySymbolicLinks
    case fileTooLarge
    case tooManyOpenFiles
    case busy
    /// A write to a device or FIFO that has no reader, or a socket (ENXIO).
    case noReader
    /// Another system error, by its number on this platform.
    case system(code: Int32)
}
