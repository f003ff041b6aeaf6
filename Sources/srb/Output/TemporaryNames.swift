// A note for the next person: this is the one piece of global mutable state in
// `srb`, and it is here because a signal handler can reach nothing else. When
// INT, TERM or HUP ends a run while a temporary output file has a name (the
// fallback when the kernel has no unnamed files, or the instant between naming
// one and renaming it over its target), the handler deletes that name and
// ends the process as the signal would have. The handler may only call
// async-signal-safe functions, so the names live in fixed C buffers,
// allocated before the handler is installed, and are written and cleared only
// while the signals are blocked: the handler never sees half a name.

/// Names of temporary files to delete if an ending signal arrives.
enum TemporaryNames {
    /// Outputs one run can have at once (`--output`, `--rejects`), with room to spare.
    static let slotCount = 4
    /// Bytes per name, NUL included (Linux's PATH_MAX).
    static let slotSize = 4_096

    /// `slotCount` buffers of `slotSize` bytes; an empty string is a free slot.
    /// Allocated once, never freed.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
        let storage = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        storage.initialize(repeating: 0, count: slotCount * slotSize)
        return storage
    }()

    /// Allocates the buffers and installs the handler; call once, first thing.
    static func install() {
        _ = slots
        Platform.onEndingSignals { number in
            TemporaryNames.deleteAll()
            Platform.reraiseWithDefaultAction(number)
        }
    }

    /// Remembers `path`; returns its slot, nil when the name is too long or the
    /// slots are full (the file is then not cleaned up on a signal). Call with
    /// the ending signals blocked.
    static func remember(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize, !bytes.isEmpty else { return nil }
        for slot in 0..<slotCount where slots[slot * slotSize] == 0 {
            let start = slots + slot * slotSize
            for (offset, byte) in bytes.enumerated() { start[offset] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            return slot
        }
        return nil
    }

    /// Forgets the name in `slot`. Call with the ending signals blocked.
    static func forget(_ slot: Int) {
        slots[slot * slotSize] = 0
    }

    /// In the signal handler: deletes every remembered name.
    private static func deleteAll() {
        for slot in 0..<slotCount where slots[slot * slotSize] != 0 {
            Platform.unlinkInSignalHandler(slots + slot * slotSize)
        }
    }
}
