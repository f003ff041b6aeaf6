/// Where every data row went: `rowsRead = rowsUsed + rowsOutsidePeriod + rowsRejected`.
public struct InputAccounting: Sendable, Hashable {
    /// Files as given, in the order read.
    public let files: [String]
    public let rowsRead: Int
    public let rowsUsed: Int
    public let rowsOutsidePeriod: Int
    /// Count per reason, every reason present (zero when none).
    public let rejectedByReason: [RejectionReason: Int]

    public var rowsRejected: Int { rejectedByReason.values.reduce(0, +) }

    /// True when the three destinations add up to the rows read.
    public var isBalanced: Bool { rowsRead == rowsUsed + rowsOutsidePeriod + rowsRejected }

    public init(files: [String], rowsRead: Int, rowsUsed: Int, rowsOutsidePeriod: Int,
                rejectedByReason: [RejectionReason: Int]) {
        self.files = files
        self.rowsRead = rowsRead
        self.rowsUsed = rowsUsed
        self.rowsOutsidePeriod = rowsOutsidePeriod
        var complete: [RejectionReason: Int] = [:]
        for reason in RejectionReason.allCases { complete[reason] = rejectedByReason[reason, default: 0] }
        self.rejectedByReason = complete
    }
}
