import Dispatch
import Synchronization

/// Work running on another thread, whose result is waited for once.
///
/// `@unchecked Sendable`: `result` is written once by the job before it signals
/// `done` and read only after `wait()` returned, so the semaphore orders the
/// two accesses; `cancelled` is atomic.
final class BackgroundJob<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?
    private let cancelled = Atomic<Bool>(false)

    /// Starts `work`, which is given this job to look at `isCancelled`.
    init(_ work: @escaping @Sendable (BackgroundJob<Result>) -> Result) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work(self)
            done.signal()
        }
    }

    /// True once `cancel()` was called: the work should stop soon.
    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Asks the work to stop; its result is still waited for.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Waits for the work to end and returns its result.
    func wait() -> Result {
        done.wait()
        return result!
    }
}
