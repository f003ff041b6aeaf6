#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SRBKit

/// A file written under a temporary name in the target's folder and renamed over
/// the target only on `commit()`, so an error never leaves a half-written file.
/// A class: it owns the descriptor and must clean up exactly once.
final class AtomicFile {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var isFinished = false

    /// Creates the temporary file; throws `cannotWriteOutput` (exit 73).
    init(path: String) throws(SRBError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".srb-XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            throw .cannotWriteOutput(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(opened, 0o644)
        descriptor = opened
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { discard() }

    /// Appends text; throws `cannotWriteOutput` on a write error (disk full…).
    func write(_ text: String) throws(SRBError) {
        try write(Array(text.utf8))
    }

    /// Appends bytes; throws `cannotWriteOutput` on a write error (disk full…).
    func write(_ bytes: [UInt8]) throws(SRBError) {
        if let failure = writeAll(bytes, to: descriptor) {
            let reason = String(cString: strerror(failure))
            discard()
            throw .cannotWriteOutput(path: path, reason: reason)
        }
    }

    /// Flushes, closes and renames the temporary file over the target.
    func commit() throws(SRBError) {
        guard !isFinished else { return }
        isFinished = true
        let synced = fsync(descriptor) == 0 || errno == EINVAL
        close(descriptor)
        guard synced, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .cannotWriteOutput(path: path, reason: reason)
        }
    }

    /// Removes the temporary file; the target keeps its previous content.
    func discard() {
        guard !isFinished else { return }
        isFinished = true
        close(descriptor)
        unlink(temporaryPath)
    }
}
