/// One row of a worksheet as text, as the same table saved as CSV would have it.
public struct SheetRow: Sendable, Hashable {
    /// 1-based row number in the sheet (the `7` of `B7`).
    public let number: Int
    /// The cells' text; index 0 is column A. Missing cells are `""`; trailing
    /// empty cells are left out, so an empty row has no cells.
    public let cells: [String]
    /// 0-based index of the first cell whose text was cut at
    /// `WorkbookLimits.maximumCellBytes`; nil when none was.
    public let firstOversizedCell: Int?

    public init(number: Int, cells: [String], firstOversizedCell: Int? = nil) {
        self.number = number
        self.cells = cells
        self.firstOversizedCell = firstOversizedCell
    }
}
