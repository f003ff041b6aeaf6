extension Diagnostics {
    /// Why the workbook `file` cannot be read, saying what to save it as.
    func message(forWorkbook problem: WorkbookError, file: String) -> String {
        switch problem {
        case .notAWorkbook(.legacyWorkbook): text(.errorWorkbookLegacy, file)
        case .notAWorkbook(.encryptedWorkbook), .unreadablePart(_, .encrypted): text(.errorWorkbookEncrypted, file)
        case .notAWorkbook(.compoundFile): text(.errorFormatCompoundFile, file)
        case .notAWorkbook(.openDocumentSpreadsheet): text(.errorWorkbookOpenDocument, file)
        case .notAWorkbook(.binaryWorkbook): text(.errorWorkbookBinary, file)
        case .notAWorkbook(.otherArchive), .notAWorkbook(.unknownFormat): text(.errorWorkbookOtherArchive, file)
        case .noSuchSheet(_, let available) where available.isEmpty: text(.errorWorkbookNoSheets, file)
        case .noSuchSheet(let selector, let available): text(.errorWorkbookNoSuchSheet, file, sheetName(selector), quotedList(available))
        case .unreadablePart(let part, .tooLarge(let size, let limit)): text(.errorWorkbookPartTooLarge, file, part, String(size), String(limit))
        case .unreadablePart(let part, .compressionRatioTooHigh(let limit)): text(.errorWorkbookRatioTooHigh, file, part, String(limit))
        case .unreadablePart(let part, .corruptData(.outputLimitExceeded(let limit))):
            text(.errorWorkbookPartTooLarge, file, part, "> \(limit)", String(limit))
        case .unreadablePart(let part, _), .missingPart(let part), .missingRelationship(let part, _), .malformedXML(let part, _, _):
            text(.errorWorkbookDamaged, file, part)
        case .corruptArchive: text(.errorWorkbookDamaged, file, "ZIP")
        case .invalidSheet(let sheet, let row, let column, _):
            text(.errorWorkbookDamaged, file, "\(sheet)!" + (column.map { CellReference.columnLetters($0) } ?? "") + String(row))
        case .standardInputTooLarge(let limit): text(.errorWorkbookStandardInputTooLarge, file, String(limit))
        case .cannotOpen(let path, let code): text(.errorCannotOpen, path, describe(FileProblem(errorNumber: code)))
        case .cannotRead(let path, let code): text(.errorCannotRead, path, describe(FileProblem(errorNumber: code)))
        }
    }

    /// `births.xlsx, Sheet1!C7` for a cell; `births.xlsx, Sheet1, row 7` for a
    /// whole row (SPEC: a workbook's lines are its rows, columns its letters).
    func position(_ location: SourceLocation, inSheet sheet: String) -> String {
        if let column = location.column {
            return location.file + ", " + CellReference(column: column, row: location.line).location(inSheet: sheet)
        }
        return text(.positionWorkbookRow, location.file, CellReference.quotedSheetName(sheet), String(location.line))
    }

    /// The file a message names before a line number: `births.xlsx, Sheet1`
    /// in a workbook, the file alone otherwise.
    func fileAndSheet(_ location: SourceLocation) -> String {
        guard let sheet = location.sheet else { return location.file }
        return location.file + ", " + CellReference.quotedSheetName(sheet)
    }

    /// The sheet a selector asked for, as typed.
    private func sheetName(_ selector: SheetSelector) -> String {
        switch selector {
        case .first: "1"
        case .named(let name), .nameOrNumber(let name): name
        case .number(let number): String(number)
        }
    }
}
