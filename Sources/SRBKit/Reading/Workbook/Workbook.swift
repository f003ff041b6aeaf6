/// An Excel `.xlsx` workbook opened for reading its worksheets row by row.
///
/// Opening reads the ZIP directory, `[Content_Types].xml`, the workbook part
/// and its relationships; each row read streams one worksheet part, with the
/// shared strings and styles read first. Memory is the shared-string table
/// plus one row and a few chunks, however long the sheet. The file stays open
/// while the value (or a copy) lives.
public struct Workbook: Sendable {
    /// Names of the worksheets in tab order (chart and dialog sheets left out).
    public let sheetNames: [String]
    /// True when the workbook counts dates from 1904 (`workbookPr date1904`).
    public let usesDate1904: Bool
    /// The bounds the workbook is read within.
    public let limits: WorkbookLimits

    private let archive: ZipArchive
    /// Part name of each worksheet, parallel to `sheetNames`.
    private let sheetParts: [String]
    private let sharedStringsPart: String?
    private let stylesPart: String?

    /// Opens the workbook at `path`, telling it by its bytes, not its name.
    ///
    /// Throws `.cannotOpen` for a file that cannot be opened, `.notAWorkbook`
    /// naming what the file is instead (legacy `.xls`, encrypted workbook,
    /// `.ods`, `.xlsb`, another ZIP, anything else), `.corruptArchive` for a
    /// damaged ZIP, and the part errors of the parts read.
    public init(path: String, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError) {
        try self.init(file: ArchiveFile(path: path), limits: limits)
    }

    init(file: ArchiveFile, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError) {
        self.limits = limits
        switch FileSignature.sniff(try file.bytes(at: 0, count: FileSignature.length)) {
        case .zipArchive: break
        case .compoundFile: throw .notAWorkbook(CompoundFile.classify(file))
        case .unrecognized: throw .notAWorkbook(.unknownFormat)
        }
        archive = try ZipArchive(file: file)
        guard let contentTypes = archive.entry(named: "[Content_Types].xml") else {
            throw .notAWorkbook(try Workbook.isOpenDocumentSpreadsheet(archive, limits) ? .openDocumentSpreadsheet : .otherArchive)
        }
        var types = ContentTypesHandler(part: contentTypes.name)
        try archive.parse(contentTypes, maximumSize: limits.maximumMetadataBytes, limits: limits, into: &types)
        guard let workbookPart = types.overrides.first(where: { PackageParts.workbookContentTypes.contains($0.contentType) })?.part
        else {
            let isBinary = types.overrides.contains { $0.contentType == PackageParts.binaryWorkbookContentType }
            throw .notAWorkbook(isBinary ? .binaryWorkbook : .otherArchive)
        }

        var workbook = WorkbookPartHandler(part: workbookPart)
        try Workbook.parse(workbookPart, in: archive, limits: limits, into: &workbook)
        let relationshipsPart = PackageParts.relationshipsPart(of: workbookPart)
        var relationships = RelationshipsHandler(part: relationshipsPart, source: workbookPart)
        try Workbook.parse(relationshipsPart, in: archive, limits: limits, into: &relationships)

        var names: [String] = []
        var parts: [String] = []
        for sheet in workbook.sheets {
            guard let relationship = relationships.relationships.first(where: { $0.id == sheet.relationshipID }) else {
                throw .missingRelationship(part: workbookPart, id: sheet.relationshipID)
            }
            guard relationship.isKind("worksheet") else { continue }
            names.append(sheet.name)
            parts.append(relationship.target)
        }
        sheetNames = names
        sheetParts = parts
        usesDate1904 = workbook.usesDate1904
        sharedStringsPart = relationships.relationships.first { $0.isKind("sharedStrings") }?.target
        stylesPart = relationships.relationships.first { $0.isKind("styles") }?.target
    }

    /// Calls `body` with each row of the sheet, row 1 first, up to the last
    /// row the sheet has. Rows the sheet skips come as rows without cells.
    ///
    /// Throws `WorkbookError` for the workbook, or what `body` throws, unchanged
    /// (reading stops there).
    public func forEachRow(inSheet sheet: SheetSelector = .first, _ body: (SheetRow) throws -> Void) throws {
        var failure: (any Error)?
        try readRows(inSheet: sheet) { row in
            do {
                try body(row)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }

    /// Calls `body` with each row of the sheet until it returns false; typed
    /// throws for callers that keep their own error, as a `RecordSink` does.
    public func readRows(inSheet sheet: SheetSelector = .first, _ body: (SheetRow) -> Bool) throws(WorkbookError) {
        try readRowBuffers(inSheet: sheet) { body($0.sheetRow) }
    }

    /// The 0-based index in `sheetNames` of the sheet `selector` picks.
    public func sheetIndex(_ selector: SheetSelector) throws(WorkbookError) -> Int {
        let found: Int?
        switch selector {
        case .first:
            found = sheetNames.isEmpty ? nil : 0
        case .named(let name):
            found = sheetNames.firstIndex(of: name)
        case .number(let number):
            found = (1...max(1, sheetNames.count)).contains(number) && !sheetNames.isEmpty ? number - 1 : nil
        case .nameOrNumber(let text):
            if let index = sheetNames.firstIndex(of: text) {
                found = index
            } else if !text.isEmpty, text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), let number = Int(text),
                      number >= 1, number <= sheetNames.count {
                found = number - 1
            } else {
                found = nil
            }
        }
        guard let found else { throw .noSuchSheet(selector, available: sheetNames) }
        return found
    }

    /// Streams the sheet's rows as byte buffers (valid during the call; false stops).
    func readRowBuffers(inSheet selector: SheetSelector, _ body: (SheetRowBuffer) -> Bool) throws(WorkbookError) {
        let index = try sheetIndex(selector)
        guard let entry = archive.entry(named: sheetParts[index]) else { throw .missingPart(sheetParts[index]) }
        var strings = SharedStrings()
        if let part = sharedStringsPart {
            var handler = SharedStringsHandler(part: part, limit: limits.maximumCellBytes)
            try Workbook.parse(part, in: archive, limits: limits, into: &handler)
            strings = handler.table
        }
        var styles = CellStyles.none
        if let part = stylesPart {
            var handler = StylesHandler(part: part)
            try Workbook.parse(part, in: archive, limits: limits, into: &handler)
            styles = handler.styles
        }
        try withoutActuallyEscaping(body) { (body) throws(WorkbookError) in
            var handler = SheetHandler(part: entry.name, sheet: sheetNames[index], strings: strings, styles: styles,
                                       uses1904: usesDate1904, cellLimit: limits.maximumCellBytes, emit: body)
            try archive.parse(entry, maximumSize: limits.maximumSheetBytes, limits: limits, into: &handler)
        }
    }

    /// Parses a metadata part (held to `maximumMetadataBytes`); a missing one is `.missingPart`.
    private static func parse<Handler: XMLHandler>(
        _ part: String, in archive: ZipArchive, limits: WorkbookLimits, into handler: inout Handler
    ) throws(WorkbookError) {
        guard let entry = archive.entry(named: part) else { throw .missingPart(part) }
        try archive.parse(entry, maximumSize: limits.maximumMetadataBytes, limits: limits, into: &handler)
    }

    /// Whether the archive's `mimetype` entry names an OpenDocument spreadsheet (or its template).
    private static func isOpenDocumentSpreadsheet(_ archive: ZipArchive, _ limits: WorkbookLimits) throws(WorkbookError) -> Bool {
        guard let entry = archive.entry(named: "mimetype"), entry.uncompressedSize <= 256 else { return false }
        let text = String(decoding: try archive.contents(of: entry, maximumSize: 256, limits: limits), as: UTF8.self)
        return text.hasPrefix("application/vnd.oasis.opendocument.spreadsheet")
    }
}
