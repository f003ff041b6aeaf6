/// One row as the sheet reader assembles it: cell texts back to back in one
/// byte array, reused from row to row. Whoever keeps a row copies it.
struct SheetRowBuffer {
    /// 1-based sheet row.
    var number = 0
    /// The cells' UTF-8 text, back to back.
    var bytes: [UInt8] = []
    /// End offset in `bytes` of each cell, column A first, up to the last non-empty cell.
    var ends: [Int] = []
    /// 0-based index of the first cell cut at the length limit.
    var firstOversizedCell: Int?

    var cellCount: Int { ends.count }

    /// The bytes of cell `index` (0 = column A); `index` must be below `cellCount`.
    func cell(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The row as the public value.
    var sheetRow: SheetRow {
        SheetRow(number: number,
                 cells: (0..<cellCount).map { String(decoding: cell($0), as: UTF8.self) },
                 firstOversizedCell: firstOversizedCell)
    }

    /// Empties the buffer for row `number`, keeping its capacity.
    mutating func reset(number: Int) {
        self.number = number
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        if !ends.isEmpty { ends.removeAll(keepingCapacity: true) }
        firstOversizedCell = nil
    }
}
