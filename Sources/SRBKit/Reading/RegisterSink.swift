/// Hands a register's records to a `ScanState`, and its rejections on: to a
/// callback as they are found, into a bounded buffer (a second thread's,
/// passed on once the first half of the file is done), or nowhere.
struct RegisterSink: RecordSink {
    /// Where rejections go once counted.
    enum Outlet {
        case forward((Rejection) -> Void)
        /// Keep up to this many; past that, reading stops.
        case buffer(limit: Int)
        case discard
    }

    var state: ScanState
    /// The error that stopped reading (a header without a required column).
    private(set) var failure: SRBError?
    private let outlet: Outlet
    /// Rejections kept for later, in input order (`.buffer` only).
    private(set) var buffered: [Rejection] = []
    /// True when more rejections came than the buffer holds (reading stopped).
    private(set) var overflowed = false

    init(state: ScanState, outlet: Outlet) {
        self.state = state
        self.outlet = outlet
    }

    /// True when rejections are wanted after the fact (not discarded).
    var passesRejections: Bool {
        if case .discard = outlet { return false }
        return true
    }

    /// Passes on a rejection counted elsewhere (by a second thread), as `take` does.
    mutating func pass(_ rejection: Rejection) {
        switch outlet {
        case .forward(let forward): forward(rejection)
        case .buffer(let limit) where buffered.count < limit: buffered.append(rejection)
        case .buffer: overflowed = true
        case .discard: break
        }
    }

    var expectedFieldCount: Int? { state.layout?.fieldCount }

    mutating func beginSheet(named name: String) { state.beginSheet(named: name) }

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
