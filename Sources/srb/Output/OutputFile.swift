import SRBKit

// A note for the next person: the one way `srb` writes what it makes, for
// every command and for both `--output` and `--rejects`:
// - standard output is written as it is; a reader that has gone (EPIPE) ends
//   the writing quietly, any other failure is an error (exit 73);
// - a path that is a device, a FIFO or a socket is opened and written
//   through: the node is never replaced (`--output /dev/null` as root);
// - a symbolic link is followed, and its target is what is written or replaced;
// - a regular file, or a new one, is written under no name (O_TMPFILE) or a
//   temporary one in the same folder, and only `commit()` puts it in place,
//   atomically, with the mode (and owner, where allowed) of the file it
//   replaces, or 0666 less the umask for a new one. An error or a signal
//   leaves the previous file as it was and no temporary file behind.

/// One output of a command.
/// A class: it owns a descriptor and must be committed or discarded once.
final class OutputFile {
    /// The name in messages: the path as given, `-` for standard output.
    let displayName: String
    private let descriptor: Int32
    private var placement: Placement
    /// True once the reader of standard output or of a FIFO has gone: later writes are dropped.
    private(set) var readerHasGone = false

    private enum Placement {
        case standardOutput
        case writeThrough
        /// A file with no name yet, to be linked in as `target`.
        case unnamed(target: String, replaces: Bool)
        /// A file under a temporary name, to be renamed over `target`.
        case named(temporary: String, slot: Int?, target: String)
        case finished
    }

    /// Standard output.
    static func standardOutput() -> OutputFile { OutputFile(standardOutput: ()) }

    private init(standardOutput: Void) {
        displayName = "-"
        descriptor = 1
        placement = .standardOutput
    }

    /// Opens `path` for writing as the note above says. `permissionsForNew`
    /// is 0666 less the umask; `usesUnnamedFiles` false forces temporary names
    /// (for tests of that path). Throws `cannotWriteOutput` (exit 73).
    init(path: String, permissionsForNew: UInt32, usesUnnamedFiles: Bool = true) throws(SRBError) {
        displayName = path
        switch try OutputTarget.resolve(path) {
        case .writeThrough(let node):
            let opened = Platform.openForWritingThrough(node)
            guard opened >= 0 else { throw OutputFile.failure(path) }
            descriptor = opened
            placement = .writeThrough
        case .file(let target, let existing):
            let folder = OutputTarget.folder(of: target)
            let permissions = existing?.permissions ?? permissionsForNew
            var opened: Int32 = -1
            if usesUnnamedFiles { opened = Platform.openUnnamedFile(in: folder) }
            if opened >= 0 {
                placement = .unnamed(target: target, replaces: existing != nil)
            } else {
                let template = OutputTarget.hiddenSibling(of: target, suffix: ".srb-XXXXXX")
                let created: (descriptor: Int32, path: String, slot: Int?)? = Platform.withEndingSignalsBlocked {
                    guard let made = Platform.createUniqueFile(template: template) else { return nil }
                    return (made.descriptor, made.path, TemporaryNames.remember(made.path))
                }
                guard let created else { throw OutputFile.failure(path) }
                opened = created.descriptor
                placement = .named(temporary: created.path, slot: created.slot, target: target)
            }
            descriptor = opened
            guard Platform.setPermissions(opened, permissions) else {
                let failure = OutputFile.failure(path)
                discard()
                throw failure
            }
            if let existing { _ = Platform.setOwner(opened, owner: existing.owner, group: existing.group) }
        }
    }

    deinit { discard() }

    /// Appends text.
    func write(_ text: String) throws(SRBError) {
        var text = text
        let failure = text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        try handle(failure)
    }

    /// Appends bytes; a reader that has gone (EPIPE) is not an error, the rest is dropped.
    func write(_ bytes: [UInt8]) throws(SRBError) {
        let failure = bytes.withUnsafeBytes { write($0) }
        try handle(failure)
    }

    /// Writes, and returns the `errno` of a failure worth telling.
    private func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard !readerHasGone, !bytes.isEmpty else { return nil }
        if case .finished = placement { return nil }
        guard let failure = Platform.writeAll(bytes, to: descriptor) else { return nil }
        if failure == Platform.brokenPipe {
            readerHasGone = true
            return nil
        }
        return failure
    }

    private func handle(_ failure: Int32?) throws(SRBError) {
        guard let failure else { return }
        discard()
        throw .cannotWriteOutput(path: displayName, reason: FileProblem(errorNumber: failure))
    }

    /// Puts the file in place (flushed to disk first); nothing to do for
    /// standard output and nodes written through.
    func commit() throws(SRBError) {
        let current = placement
        switch current {
        case .standardOutput, .finished:
            return
        case .writeThrough:
            placement = .finished
            guard Platform.closeFile(descriptor) else { throw OutputFile.failure(displayName) }
        case .unnamed(let target, let replaces):
            guard Platform.synchronize(descriptor) else { return try fail() }
            let placed: Bool = Platform.withEndingSignalsBlocked {
                if !replaces, Platform.link(unnamedFile: descriptor, to: target) { return true }
                // A name of its own first, then renamed over the target: atomic even when it exists.
                for attempt in 0..<100 {
                    let temporary = OutputTarget.hiddenSibling(of: target, suffix: ".srb-\(Platform.processID())-\(attempt)")
                    guard Platform.link(unnamedFile: descriptor, to: temporary) else {
                        if Platform.lastError == Platform.nameTaken { continue }
                        return false
                    }
                    let slot = TemporaryNames.remember(temporary)
                    defer { if let slot { TemporaryNames.forget(slot) } }
                    guard Platform.renameFile(temporary, to: target) else {
                        let error = Platform.lastError
                        _ = Platform.unlinkFile(temporary)
                        Platform.setLastError(error)
                        return false
                    }
                    return true
                }
                return false
            }
            guard placed else { return try fail() }
            placement = .finished
            _ = Platform.closeFile(descriptor)
        case .named(let temporary, let slot, let target):
            guard Platform.synchronize(descriptor) else { return try fail() }
            let renamed: Bool = Platform.withEndingSignalsBlocked {
                guard Platform.renameFile(temporary, to: target) else { return false }
                if let slot { TemporaryNames.forget(slot) }
                return true
            }
            guard renamed else { return try fail() }
            placement = .finished
            _ = Platform.closeFile(descriptor)
        }
    }

    /// Throws the error `errno` describes, having discarded the file.
    private func fail() throws(SRBError) {
        let failure = OutputFile.failure(displayName)
        discard()
        throw failure
    }

    /// Drops what was written: the target keeps its previous content.
    func discard() {
        let current = placement
        placement = .finished
        switch current {
        case .standardOutput, .finished:
            return
        case .writeThrough, .unnamed:
            _ = Platform.closeFile(descriptor)
        case .named(let temporary, let slot, _):
            Platform.withEndingSignalsBlocked {
                _ = Platform.unlinkFile(temporary)
                if let slot { TemporaryNames.forget(slot) }
            }
            _ = Platform.closeFile(descriptor)
        }
    }

    private static func failure(_ path: String) -> SRBError {
        .cannotWriteOutput(path: path, reason: FileProblem(errorNumber: Platform.lastError))
    }
}
