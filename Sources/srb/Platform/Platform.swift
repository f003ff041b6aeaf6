// A note for the next person: every call into the C library that `srb` makes
// is in this file, so that porting it (Windows, say) means rewriting one file.
// Each wrapper returns the C result and the `errno` it left, never throws, and
// says nothing: the callers decide what an error means.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system and process calls `srb` makes, as thin wrappers.
enum Platform {
    /// What a path is, as `lstat` or `stat` sees it.
    struct FileStatus: Equatable {
        enum Kind: Equatable { case regular, directory, symbolicLink, characterDevice, blockDevice, fifo, socket, other }
        let kind: Kind
        /// Permission bits (and set-id, sticky): `st_mode & 0o7777`.
        let permissions: UInt32
        let owner: UInt32
        let group: UInt32
        let device: UInt64
        let inode: UInt64

        /// True when both name the same file.
        func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }
    }

    /// `errno` as it is now.
    static var lastError: Int32 { errno }

    /// Puts back an `errno` that a clean-up call may have changed.
    static func setLastError(_ code: Int32) { errno = code }

    /// `lstat` (the link itself, for a symbolic link); nil with `errno` set.
    static func linkStatus(_ path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    /// `stat` (through symbolic links); nil with `errno` set.
    static func status(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    /// `fstat` of an open descriptor.
    static func status(descriptor: Int32) -> FileStatus? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    /// The canonical absolute path of an existing file (`realpath`).
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The target a symbolic link holds, as written (`readlink`).
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4_097)
        let count = readlink(path, &buffer, 4_096)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Opens an existing file to write into it, as it is (a device, a FIFO):
    /// no creation, no truncation. -1 with `errno` set.
    static func openForWritingThrough(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    }

    /// An unnamed file in `folder` (Linux `O_TMPFILE`), mode 0666 less the
    /// umask; -1 where the kernel or the file system has none (`errno` set).
    static func openUnnamedFile(in folder: String) -> Int32 {
        #if os(Linux)
        guard access("/proc/self/fd", X_OK) == 0 else { return -1 }
        // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; Glibc's macro is not imported into Swift.
        let unnamed: Int32 = 0o20_000_000 | O_DIRECTORY
        return open(folder, unnamed | O_WRONLY | O_CLOEXEC, 0o666)
        #else
        errno = EOPNOTSUPP
        return -1
        #endif
    }

    /// Gives the unnamed file of `descriptor` the name `path` (`linkat` through
    /// /proc/self/fd). False with `errno` set (EEXIST when the name is taken).
    static func link(unnamedFile descriptor: Int32, to path: String) -> Bool {
        #if os(Linux)
        linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
        #else
        false
        #endif
    }

    /// Creates and opens a new file from a `mkstemp` template (`…XXXXXX`);
    /// the descriptor and the name made, or nil with `errno` set.
    static func createUniqueFile(template: String) -> (descriptor: Int32, path: String)? {
        var bytes = Array(template.utf8CString)
        let descriptor = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return (descriptor, String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    static func setPermissions(_ descriptor: Int32, _ permissions: UInt32) -> Bool {
        fchmod(descriptor, mode_t(permissions)) == 0
    }

    static func setOwner(_ descriptor: Int32, owner: UInt32, group: UInt32) -> Bool {
        fchown(descriptor, uid_t(owner), gid_t(group)) == 0
    }

    /// Flushes a file to its disk; true on success, and for descriptors that
    /// cannot be synced (a FIFO, a terminal: EINVAL, EROFS).
    static func synchronize(_ descriptor: Int32) -> Bool {
        fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS
    }

    static func closeFile(_ descriptor: Int32) -> Bool { close(descriptor) == 0 }
    static func renameFile(_ from: String, to: String) -> Bool { rename(from, to) == 0 }
    static func unlinkFile(_ path: String) -> Bool { unlink(path) == 0 }
    static func processID() -> Int { Int(getpid()) }

    /// Writes all of `bytes`, retrying short writes and EINTR; the `errno` of a
    /// failed write, nil on success.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// The process's file-creation mask, read without changing it for long
    /// (set and restored at once, at start-up, before any other thread runs).
    static func currentUmask() -> UInt32 {
        let mask = umask(0o022)
        umask(mask)
        return UInt32(mask)
    }

    /// True when `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns of the terminal on `descriptor`, when it is one that says.
    static func terminalColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Today in the machine's time zone: year, month, day.
    static func localToday() -> (year: Int, month: Int, day: Int) {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// The day a Unix time (seconds, UTC) falls on, in UTC: for `SOURCE_DATE_EPOCH`.
    static func utcDay(ofUnixTime seconds: Int) -> (year: Int, month: Int, day: Int) {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// Ignores SIGPIPE: a reader that has gone shows as EPIPE on write.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signals that end a run from outside: interrupt, terminate, hang up.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Runs `handler` (a C function, async-signal-safe) on each ending signal,
    /// but one the process was started with ignored (`nohup`, a background job)
    /// stays ignored; then lets them in, should the parent have blocked them.
    static func onEndingSignals(_ handler: @convention(c) (Int32) -> Void) {
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in endingSignals {
            var current = sigaction()
            sigaction(number, nil, &current)
            let present = current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
            if present == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            sigaddset(&unblocked, number)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            for other in endingSignals { sigaddset(&action.sa_mask, other) }
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Runs `body` with the ending signals held back; one that arrives meanwhile
    /// is delivered after. For the moments a temporary name exists without
    /// being known to the signal handler, or a rename is half done.
    static func withEndingSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for number in endingSignals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    /// In a signal handler: deletes a file by name (async-signal-safe).
    static func unlinkInSignalHandler(_ path: UnsafePointer<CChar>) {
        _ = unlink(path)
    }

    /// In a signal handler: ends the process by `number` with its default action.
    static func reraiseWithDefaultAction(_ number: Int32) {
        signal(number, SIG_DFL)
        raise(number)
    }

    /// Ends the process with `code`.
    static func exitProcess(_ code: Int32) -> Never { exit(code) }

    /// Error numbers the output path looks at.
    static let brokenPipe = EPIPE
    static let nameTaken = EEXIST
    static let isDirectoryError = EISDIR
    static let notFound = ENOENT
}

extension Platform.FileStatus {
    fileprivate init(_ info: stat) {
        let type = info.st_mode & S_IFMT
        kind = switch type {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        default: .other
        }
        permissions = UInt32(info.st_mode & 0o7777)
        owner = UInt32(info.st_uid)
        group = UInt32(info.st_gid)
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
