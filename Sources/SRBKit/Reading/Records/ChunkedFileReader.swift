// A note for the next person: every call into the C library that SRBKit makes
// is in this file (the executable keeps its own in `Sources/srb/Platform/`), so
// that a port to another system (Windows: `ucrt`, `_read`, `ReadFile` for
// `pread`) rewrites this file alone.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Reads a source in fixed-size chunks through a POSIX file descriptor (or
/// from memory, in chunks of the same size).
///
/// A class because it owns the descriptor and closes it once.
final class ChunkedFileReader {
    static let chunkSize = 1 << 20

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Size in bytes of a regular file; nil for anything else (a pipe, a terminal, memory).
    let regularFileSize: Int?

    /// True when the source can be read from its start again (a regular file, memory).
    var canReadTwice: Bool { regularFileSize != nil || contents != nil }
    private var buffer: [UInt8]
    private var contents: [UInt8]?
    /// Bytes of a stream read ahead to tell what it is, not yet handed out:
    /// the first `pendingCount` bytes of `buffer`.
    private var pendingCount = 0
    /// The start of a stream longer than the hold limit (`init(_:holdingStreamUpTo:)`),
    /// read ahead and handed out from `heldStart` on before the stream reads on.
    private var heldHead: [UInt8] = []
    private var heldStart = 0
    /// What the first bytes of the source say it is. A stream (standard input,
    /// a pipe) is looked into too; a workbook there is then held in memory
    /// whole (see `bytesInMemory`).
    private(set) var signature: FileSignature = .unrecognized

    /// Opens the source; throws `SRBError.cannotOpen` with the system's reason.
    ///
    /// With `holdLimit`, a stream (standard input, a pipe, a FIFO: anything but
    /// a regular file) of at most that many bytes is read whole into memory
    /// now, so that it can be read twice (`canReadTwice`) like a file; a longer
    /// one is read once, and what was read ahead comes first. Nothing is ever
    /// written to disk.
    init(_ source: InputSource, holdingStreamUpTo holdLimit: Int? = nil) throws(SRBError) {
        switch source {
        case .memory(_, let bytes):
            descriptor = -1
            ownsDescriptor = false
            regularFileSize = nil
            buffer = []
            contents = bytes
            signature = FileSignature.sniff(bytes.prefix(FileSignature.length))
            return
        case .standardInput:
            descriptor = 0
            ownsDescriptor = false
            regularFileSize = nil
            contents = nil
        case .file(let path):
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else {
                throw .cannotOpen(path: path, reason: FileProblem(errorNumber: errno))
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw .cannotOpen(path: path, reason: .isDirectory)
            }
            descriptor = opened
            ownsDescriptor = true
            regularFileSize = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
            contents = nil
        }
        buffer = [UInt8](repeating: 0, count: ChunkedFileReader.chunkSize)
        if regularFileSize != nil {
            var head = [UInt8](repeating: 0, count: FileSignature.length)
            let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
            signature = FileSignature.sniff(head.prefix(max(0, count)))
        } else {
            try readAheadOfStream(path: source.displayName, holdLimit: holdLimit)
        }
    }

    /// Reads the first bytes of a stream (standard input, a pipe) to tell what
    /// it is. A workbook cannot be read front to back (its directory is at its
    /// end), so one is read whole into memory, up to
    /// `WorkbookLimits.maximumStandardInputBytes`. Anything else is read whole
    /// into memory when it is at most `holdLimit` bytes long; else what was
    /// read stays pending for the first `forEachChunk`.
    private func readAheadOfStream(path: String, holdLimit: Int?) throws(SRBError) {
        while pendingCount < FileSignature.length {
            let count = try readSome(into: pendingCount, path: path)
            if count == 0 { break }
            pendingCount += count
        }
        signature = FileSignature.sniff(buffer.prefix(pendingCount))
        guard signature != .unrecognized else {
            if let holdLimit { try hold(path: path, limit: holdLimit) }
            return
        }
        var whole = Array(buffer.prefix(pendingCount))
        pendingCount = 0
        while true {
            let count = try readSome(into: 0, path: path)
            if count == 0 { break }
            guard whole.count + count <= WorkbookLimits.maximumStandardInputBytes else {
                throw .unreadableWorkbook(file: path, .standardInputTooLarge(limit: WorkbookLimits.maximumStandardInputBytes))
            }
            whole.append(contentsOf: buffer.prefix(count))
        }
        contents = whole
    }

    /// Reads the rest of a stream into `contents` when it is at most `limit`
    /// bytes long; else keeps what was read (a little over `limit`) in `heldHead`.
    private func hold(path: String, limit: Int) throws(SRBError) {
        var held = Array(buffer.prefix(pendingCount))
        pendingCount = 0
        while held.count <= limit {
            let count = try readSome(into: 0, path: path)
            if count == 0 {
                contents = held
                return
            }
            held.append(contentsOf: buffer.prefix(count))
        }
        heldHead = held
    }

    /// One `read` into `buffer` from byte `start`, retrying on EINTR; 0 at the end.
    private func readSome(into start: Int, path: String) throws(SRBError) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + start, raw.count - start)
            }
            if count >= 0 { return count }
            if errno != EINTR { throw .cannotRead(path: path, reason: FileProblem(errorNumber: errno)) }
        }
    }

    /// The bytes of a source in memory, or of a stream read whole (a workbook,
    /// or a stream held within its limit); nil for a file or another stream.
    var bytesInMemory: [UInt8]? { contents }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Calls `body` with each chunk until the end of input or until `body`
    /// returns false; throws `SRBError.cannotRead` on a read error. With
    /// `byteLimit`, stops after that many bytes. Reads on from where the last
    /// call stopped, or, with `offset`, from that byte of a regular file
    /// (`pread`: the position the next call without `offset` starts from stays
    /// where it was).
    func forEachChunk(
        path: String,
        from offset: Int? = nil,
        byteLimit: Int = .max,
        whileTrue body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(SRBError) {
        if let contents {
            contents.withUnsafeBufferPointer { all in
                var start = 0
                while start < all.count {
                    let end = min(all.count, start + ChunkedFileReader.chunkSize)
                    guard body(UnsafeBufferPointer(rebasing: all[start..<end])) else { return }
                    start = end
                }
            }
            return
        }
        var left = byteLimit
        var position = offset
        if heldStart < heldHead.count, offset == nil {
            // What `hold` read ahead comes first, chunk by chunk, then the stream reads on.
            let goesOn = heldHead.withUnsafeBufferPointer { all -> Bool in
                while heldStart < all.count {
                    let end = min(all.count, heldStart + ChunkedFileReader.chunkSize)
                    let chunk = UnsafeBufferPointer(rebasing: all[heldStart..<end])
                    heldStart = end
                    left -= chunk.count
                    if !body(chunk) { return false }
                }
                return true
            }
            if heldStart == heldHead.count { (heldHead, heldStart) = ([], 0) }
            if !goesOn { return }
        }
        if pendingCount > 0, offset == nil {
            // What `readAheadOfStream` read comes first (standard input has no byte limit).
            let count = pendingCount
            pendingCount = 0
            left -= count
            let goesOn = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            if !goesOn { return }
        }
        while left > 0 {
            let count = buffer.withUnsafeMutableBytes { raw in
                if let position { pread(descriptor, raw.baseAddress, min(raw.count, left), off_t(position)) }
                else { read(descriptor, raw.baseAddress, min(raw.count, left)) }
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: FileProblem(errorNumber: errno))
            }
            if count == 0 { return }
            left -= count
            position? += count
            let goesOn = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            if !goesOn { return }
        }
    }

    /// A duplicate of the descriptor, for a reader on another thread
    /// (`init(adopting:regularFileSize:)`): the file read is the one opened,
    /// even if its name now points elsewhere.
    func duplicateDescriptor(path: String) throws(SRBError) -> Int32 {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw .cannotRead(path: path, reason: FileProblem(errorNumber: errno)) }
        return copy
    }

    /// A reader of its own, closed with it, over a descriptor from `duplicateDescriptor`;
    /// read it with an `offset` (it shares its position with the original).
    init(adopting descriptor: Int32, regularFileSize: Int?) {
        self.descriptor = descriptor
        ownsDescriptor = true
        self.regularFileSize = regularFileSize
        contents = nil
        buffer = [UInt8](repeating: 0, count: ChunkedFileReader.chunkSize)
    }

}

extension FileProblem {
    /// The problem an `errno` value stands for on this platform.
    public init(errorNumber: Int32) {
        switch errorNumber {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isDirectory
        case ENOTDIR: self = .notADirectory
        case ENOSPC, EDQUOT: self = .noSpaceLeft
        case EROFS: self = .readOnlyFileSystem
        case EIO: self = .inputOutputError
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .tooManySymbolicLinks
        case EFBIG: self = .fileTooLarge
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case EBUSY, ETXTBSY: self = .busy
        case ENXIO, EPIPE: self = .noReader
        default: self = .system(code: errorNumber)
        }
    }
}


/// Byte comparisons the tables of the reader make in place.
enum Bytes {
    /// True when the `count` bytes at `first` and `second` are the same (`memcmp`).
    @inline(__always)
    static func equal(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
        memcmp(first, second, count) == 0
    }
}

extension ArchiveFile {
    /// Opens a regular file for `pread`: its descriptor and size. A directory,
    /// pipe or device is `.cannotOpen` (a workbook is read at offsets).
    static func openRegularFile(path: String) throws(WorkbookError) -> (descriptor: Int32, size: Int) {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw .cannotOpen(path: path, errno: errno) }
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            let code = errno
            close(opened)
            throw .cannotOpen(path: path, errno: code)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(opened)
            throw .cannotOpen(path: path, errno: (info.st_mode & S_IFMT) == S_IFDIR ? EISDIR : ESPIPE)
        }
        return (opened, Int(info.st_size))
    }

    /// Reads `count` bytes at `offset` through `pread`, retrying on EINTR;
    /// returns how many were read (fewer only at the end of the file).
    static func readFully(_ descriptor: Int32, at offset: Int, into target: UnsafeMutableRawPointer, count: Int,
                          path: String) throws(WorkbookError) -> Int {
        var done = 0
        while done < count {
            let read = pread(descriptor, target + done, count - done, off_t(offset + done))
            if read < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, errno: errno)
            }
            if read == 0 { break }
            done += read
        }
        return done
    }

    static func closeDescriptor(_ descriptor: Int32) {
        close(descriptor)
    }
}
