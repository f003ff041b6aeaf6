/// Hands a register's records to a `ScanState`, and its rejections on: to a
/// callback as they are found, or into a bounded buffer (a second thread's,
/// passed on once the first half of the file is done).
struct RegisterSink: RecordSink {
    var state: ScanState
    /// The error that stopped reading (a header without a required column).
    private(set) var failure: SRBError?
    private let forward: ((Rejection) -> Void)?
    private let bufferLimit: Int
    /// Rejections kept for later, in input order, when there is no callback.
    private(set) var buffered: [Rejection] = []
    /// True when more rejections came than the buffer holds (reading stopped).
    private(set) var overflowed = false

    /// A sink that calls `forward` with each rejection.
    init(state: ScanState, forward: @escaping (Rejection) -> Void) {
        self.state = state
        self.forward = forward
        bufferLimit = 0
    }

    /// A sink that keeps up to `bufferLimit` rejections and stops past that.
    init(state: ScanState, bufferLimit: Int) {
        self.state = state
        forward = nil
        self.bufferLimit = bufferLimit
    }

    /// Passes on a rejection counted elsewhere (by a second thread), as `take` does.
    mutating func pass(_ rejection: Rejection) {
        if let forward {
            forward(rejection)
        } else if buffered.count < bufferLimit {
            buffered.append(rejection)
        } else {
            overflowed = true
        }
    }

    mutating func take(_ record: RecordView) -> Bool {
        let rejection: Rejection?
        do throws(SRBError) {
            rejection = try state.take(record)
        } catch {
            failure = error
            return false
        }
        guard let rejection else { return true }
        pass(rejection)
        return !overflowed
    }
}
