/// The bytes of an archive, read at any offset: a file through `pread` (the C
/// calls are in `ChunkedFileReader.swift`, with SRBKit's others), or a
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

    /// Opens the file at `path` for reading (a regular file only).
    init(path: String) throws(WorkbookError) {
        let opened = try ArchiveFile.openRegularFile(path: path)
        self.path = path
        descriptor = opened.descriptor
        size = opened.size
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
        if descriptor >= 0 { ArchiveFile.closeDescriptor(descriptor) }
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
        let done = try ArchiveFile.readFully(descriptor, at: offset, into: target, count: wanted, path: path)
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
