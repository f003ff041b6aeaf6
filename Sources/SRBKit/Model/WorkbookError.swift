/// Why a workbook cannot be read. Cases carry facts (part names, sheet, row,
/// column); wording is done where messages are rendered.
///
/// Rows are 1-based sheet rows, columns 1-based (1 = A), offsets 0-based byte
/// offsets in the inflated part.
public enum WorkbookError: Error, Sendable, Hashable {
    /// The file cannot be opened; `errno` is the system's error number.
    case cannotOpen(path: String, errno: Int32)
    /// Reading the file failed after it was opened.
    case cannotRead(path: String, errno: Int32)
    /// The file is not an `.xlsx` workbook; the value says what it is instead.
    case notAWorkbook(NonWorkbook)
    /// The ZIP container is damaged.
    case corruptArchive(ArchiveProblem)
    /// One part (ZIP entry) cannot be read.
    case unreadablePart(part: String, PartProblem)
    /// A part the workbook refers to, or cannot do without, is not in the archive.
    case missingPart(String)
    /// A relationship id used in `part` (a sheet's `r:id`) is not in its relationships.
    case missingRelationship(part: String, id: String)
    /// A part's XML is not well formed.
    case malformedXML(part: String, offset: Int, XMLProblem)
    /// The sheet asked for is not in the workbook; `available` lists its worksheets in order.
    case noSuchSheet(SheetSelector, available: [String])
    /// A sheet's content breaks a rule at a row (and column, where known).
    case invalidSheet(sheet: String, row: Int, column: Int?, SheetProblem)
    /// A workbook on standard input is larger than `limit` bytes, the most
    /// srb holds in memory to find its central directory.
    case standardInputTooLarge(limit: Int)

    /// What a file that is not an `.xlsx` workbook is.
    public enum NonWorkbook: Sendable, Hashable {
        /// An OLE2 compound file holding a `Workbook` or `Book` stream: a legacy `.xls`.
        case legacyWorkbook
        /// An OLE2 compound file holding `EncryptionInfo`: a password-protected workbook.
        case encryptedWorkbook
        /// An OLE2 compound file whose streams could not be told: a legacy `.xls`
        /// or an encrypted workbook, most likely.
        case compoundFile
        /// An OpenDocument spreadsheet (`.ods`).
        case openDocumentSpreadsheet
        /// An Excel binary workbook (`.xlsb`).
        case binaryWorkbook
        /// A ZIP archive that is no spreadsheet (no spreadsheet main part in `[Content_Types].xml`).
        case otherArchive
        /// Neither a ZIP archive nor an OLE2 compound file.
        case unknownFormat
    }

    /// What is wrong with the ZIP container itself.
    public enum ArchiveProblem: Sendable, Hashable {
        /// No end-of-central-directory record in the last 64 KiB.
        case noEndRecord
        /// The ZIP64 end record or its locator is missing or damaged.
        case invalidZip64EndRecord
        /// The archive spans several disks.
        case multipleDisks
        /// The central directory lies outside the file, or an entry in it is cut or damaged.
        case invalidCentralDirectory
        /// The central directory is larger than `limit` bytes.
        case centralDirectoryTooLarge(limit: Int)
    }

    /// Why one ZIP entry cannot be read.
    public enum PartProblem: Sendable, Hashable {
        /// The entry is encrypted (general-purpose flag bit 0).
        case encrypted
        /// A compression method other than 0 (stored) and 8 (deflated).
        case unsupportedMethod(UInt16)
        /// The local header is missing or damaged, or the data runs past the end of the file.
        case invalidLocalHeader
        /// The compressed data is not valid DEFLATE.
        case corruptData(DeflateProblem)
        /// The CRC-32 of the inflated bytes is not the one the central directory states.
        case checksumMismatch(expected: UInt32, actual: UInt32)
        /// The inflated size is not the one stated (`actual` is at least `expected + 1` when it ran over).
        case sizeMismatch(expected: Int, actual: Int)
        /// The stated inflated size exceeds the limit for this part.
        case tooLarge(size: Int, limit: Int)
        /// Inflated bytes per compressed byte exceed `limit` (a ZIP bomb, most likely).
        case compressionRatioTooHigh(limit: Int)
    }

    /// Why a DEFLATE stream (RFC 1951) cannot be decoded.
    public enum DeflateProblem: Error, Sendable, Hashable {
        /// Block type 3, which RFC 1951 reserves.
        case invalidBlockType
        /// A stored block whose LEN and NLEN are not complements.
        case storedLengthMismatch
        /// More than 286 literal/length or 30 distance codes.
        case tooManyCodes
        /// Code lengths that over-subscribe the code space or leave it incomplete.
        case invalidCodeLengths
        /// A repeat code with nothing to repeat or running past the code count.
        case invalidRepeat
        /// The literal/length code has no end-of-block symbol.
        case missingEndOfBlock
        /// A bit pattern no code was assigned to, or symbol 286–287 or distance 30–31.
        case invalidSymbol
        /// A back-reference before the start of the output.
        case distanceTooFarBack
        /// The input ended before the final block did.
        case truncated
        /// The output would exceed `limit` bytes.
        case outputLimitExceeded(limit: Int)
    }

    /// Why a part's XML is not well formed.
    public enum XMLProblem: Error, Sendable, Hashable {
        /// The part ends inside markup or with elements left open.
        case unexpectedEnd
        /// Markup that is not XML: a bad name, attribute or character.
        case invalidSyntax
        /// An end tag that does not close the element open.
        case mismatchedEndTag
        /// An entity reference other than the five XML predefines.
        case unknownEntity
        /// A numeric character reference to no Unicode scalar (or to U+0000).
        case invalidCharacterReference
        /// One tag, comment or text run longer than `limit` bytes.
        case tokenTooLong(limit: Int)
        /// Elements nested deeper than `limit`.
        case nestedTooDeep(limit: Int)
        /// An element with more than `limit` attributes.
        case tooManyAttributes(limit: Int)
        /// A part in UTF-16 or an encoding other than UTF-8 (`name` as declared, or "UTF-16").
        case unsupportedEncoding(String)
    }

    /// What is wrong in a sheet.
    public enum SheetProblem: Sendable, Hashable {
        /// A cell reference (`r` of a cell) that is not letters then digits.
        case invalidCellReference(String)
        /// A row number (`r` of a row) that is not a positive integer.
        case invalidRowNumber(String)
        /// A row past 1 048 576, the last row Excel has.
        case rowOutOfRange
        /// A column past 16 384 (XFD), the last column Excel has.
        case columnOutOfRange
        /// A row numbered at or before the row read before it.
        case rowOutOfOrder
        /// A cell at or before the column of the cell before it in its row.
        case cellOutOfOrder
        /// A shared-string cell whose index is not a number.
        case invalidSharedStringIndex(String)
        /// A shared-string index at or past `count`, the number of strings in the table.
        case sharedStringIndexOutOfRange(index: Int, count: Int)
    }
}
