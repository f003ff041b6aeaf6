/// The bounds a workbook is read within, so that a hostile or broken file costs
/// bounded memory and time. Defaults live here and nowhere else.
public struct WorkbookLimits: Sendable, Hashable {
    /// Largest inflated size of a worksheet part, streamed and never held whole.
    public var maximumSheetBytes: Int
    /// Largest inflated size of any other part (`[Content_Types].xml`,
    /// `workbook.xml`, relationships, styles, shared strings): these are held in memory.
    public var maximumMetadataBytes: Int
    /// Largest ratio of inflated to compressed bytes, checked once a part has
    /// inflated past `ratioCheckThreshold` bytes. DEFLATE cannot pass about 1 032:1;
    /// real sheets stay well under 100:1.
    public var maximumCompressionRatio: Int
    /// Inflated size from which `maximumCompressionRatio` is enforced.
    public var ratioCheckThreshold: Int
    /// Longest text of one cell or shared string in bytes of UTF-8; longer text is
    /// cut at a character boundary and the row says so (`SheetRow.firstOversizedCell`).
    public var maximumCellBytes: Int

    public init(
        maximumSheetBytes: Int = 4 << 30,
        maximumMetadataBytes: Int = 256 << 20,
        maximumCompressionRatio: Int = 250,
        ratioCheckThreshold: Int = 16 << 20,
        maximumCellBytes: Int = 65_536
    ) {
        self.maximumSheetBytes = maximumSheetBytes
        self.maximumMetadataBytes = maximumMetadataBytes
        self.maximumCompressionRatio = maximumCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maximumCellBytes = maximumCellBytes
    }

    /// Largest workbook read from standard input: a ZIP is read from its end, so
    /// a workbook on a pipe is held in memory whole (a file is read in place).
    public static let maximumStandardInputBytes = 512 << 20

    /// Rows Excel has: 1 048 576.
    public static let maximumRows = 1 << 20
    /// Columns Excel has: 16 384 (A through XFD).
    public static let maximumColumns = 1 << 14
}
