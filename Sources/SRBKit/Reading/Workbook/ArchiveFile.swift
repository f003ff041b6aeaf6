#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an archive, read at any offset: a file through `pread`, or a
/// copy in memory (tests, fuzzing, a library caller).
///
/// A class because it owns the file descriptor and closes it once. Reads at
/// offsets share no position, so one instance serves any number of readers.
final class ArchiveFile: Sendable {
    /// The path given, or the name of the bytes in memory.
    let path: String
    /// Size in bytes.
    let size: Int
    private let descriptor: Int32
    private let contents: [UInt8]

    /// Opens the file at `path` for reading.
    init(path: String) throws(WorkbookError) {
        let opened = open(path, O_RDONLY)
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
        self.path = path
        descriptor = opened
        size = Int(info.st_size)
        contents = []
    }

    /// Bytes already in memory, under a name.
    init(bytes: [UInt8], name: String) {
        path = name
        descriptor = -1
        size = bytes.count
        contents = bytes
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Reads up to `destination.count` bytes at `offset`; returns how many were
    /// read (fewer only at the end of the file).
    func read(at offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(WorkbookError) -> Int {
        let wanted = max(0, min(destination.count, size - offset))
        guard wanted > 0, let target = destination.baseAddress else { return 0 }
        if descriptor < 0 {
            contents.withUnsafeBytes { source in
                target.copyMemory(from: source.baseAddress! + offset, byteCount: wanted)
            }
            return wanted
        }
        var done = 0
        while done < wanted {
            let count = pread(descriptor, target + done, wanted - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, errno: errno)
            }
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// The `count` bytes at `offset`; fewer when the file ends first.
    func bytes(at offset: Int, count: Int) throws(WorkbookError) -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        var result = [UInt8](repeating: 0, count: min(count, size - offset))
        var failure: WorkbookError?
        let read = result.withUnsafeMutableBytes { buffer in
            do throws(WorkbookError) {
                return try self.read(at: offset, into: buffer)
            } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        result.removeSubrange(read...)
        return result
    }
}
