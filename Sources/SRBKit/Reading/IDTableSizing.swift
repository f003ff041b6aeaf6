/// Sizes the id table once, early, for a reader that knows how many bytes it
/// will read: from the first chunk after the header on, once a thousand rows
/// (or the end) are read, the rows per byte so far tell how many rows are
/// coming, and the table makes room for them all. Without this it grows by
/// half each time it fills, re-hashing every id.
struct IDTableSizing {
    private let totalBytes: Int
    private var bytesSeen = 0
    /// Rows read before counting began; nil until the header was read.
    private var rowsAtStart: Int?
    private var isDone: Bool

    /// `totalBytes`: what this reader will read (nil when unknown: nothing is reserved).
    init(totalBytes: Int?) {
        self.totalBytes = totalBytes ?? 0
        isDone = totalBytes == nil
    }

    /// Counts a chunk read into `state`, and reserves once enough rows were seen.
    @inline(__always)
    mutating func read(_ bytes: Int, state: inout ScanState) {
        guard !isDone else { return }
        guard let rowsAtStart else {
            if state.layout != nil {
                rowsAtStart = state.scan.rowsRead
                isDone = !state.keepsIDs
            }
            return
        }
        bytesSeen += bytes
        let rows = state.scan.rowsRead - rowsAtStart
        guard rows >= 1_000 || bytesSeen >= totalBytes else { return }
        isDone = true
        state.expectMoreRows(max(0, rows * totalBytes / bytesSeen - rows))
    }
}
