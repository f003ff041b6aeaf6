import Foundation
import Synchronization

/// Work running on a thread of its own, whose result is waited for once.
///
/// A dedicated thread rather than a shared queue: the caller blocks in
/// `wait()`, which must never wait on work queued behind itself.
/// `@unchecked Sendable`: `result` is written once by the job before it signals
/// `done` and read (and dropped) only after `wait()` returned, so the semaphore
/// orders the accesses; `cancelled` is atomic.
final class BackgroundJob<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?
    private let cancelled = Atomic<Bool>(false)

    /// Starts `work`, which is given this job to look at `isCancelled`.
    init(_ work: @escaping @Sendable (BackgroundJob<Result>) -> Result) {
        let thread = Thread { [self] in
            result = work(self)
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// True once `cancel()` was called: the work should stop soon.
    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Asks the work to stop; its result is still waited for.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Waits for the work to end and hands over its result (call once).
    func wait() -> Result {
        done.wait()
        defer { result = nil }
        return result!
    }
}
