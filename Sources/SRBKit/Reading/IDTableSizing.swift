/// Sizes the id table once, early, for a reader that knows how many bytes it
/// will read: after the first thousand rows (or the end), the rows per byte so
/// far tell how many rows are coming, and the table makes room for them all.
/// Without this it grows by half each time it fills, re-hashing every id.
struct IDTableSizing {
    private let totalBytes: Int
    private var bytesSeen = 0
    private let rowsAtStart: Int
    private var isDone: Bool

    /// `totalBytes`: what this reader will read (nil when unknown: nothing is reserved).
    init(totalBytes: Int?, state: ScanState) {
        self.totalBytes = totalBytes ?? 0
        rowsAtStart = state.scan.rowsRead
        isDone = totalBytes == nil || !state.keepsIDs
    }

    /// Counts a chunk read, and reserves once enough rows were seen.
    @inline(__always)
    mutating func read(_ bytes: Int, state: inout ScanState) {
        guard !isDone else { return }
        bytesSeen += bytes
        let rows = state.scan.rowsRead - rowsAtStart
        guard rows >= 1_000 || bytesSeen >= totalBytes, bytesSeen > 0 else { return }
        isDone = true
        state.expectMoreRows(max(0, rows * totalBytes / bytesSeen - rows))
    }
}
