import Foundation
import Testing
@testable import SRBKit

/// Opens a fixture and reads every row of every sheet, so that an error of any part shows.
private func readEverything(_ file: String, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError) {
    let workbook = try Workbook(path: workbookFixture(file), limits: limits)
    for number in workbook.sheetNames.indices {
        try workbook.readRows(inSheet: .number(number + 1)) { _ in true }
    }
}

private let sheet1 = "xl/worksheets/sheet1.xml"

extension WorkbookTests {
    @Suite struct WorkbookErrorTests {
        @Test(arguments: [
            ("error-legacy.xls", WorkbookError.NonWorkbook.legacyWorkbook),
            ("error-encrypted.xlsx", .encryptedWorkbook),
            ("error-ole2-header-only.xls", .compoundFile),
            ("error-libreoffice.ods", .openDocumentSpreadsheet),
            ("error-ods-like.ods", .openDocumentSpreadsheet),
            ("error-xlsb-like.xlsb", .binaryWorkbook),
            ("error-plain.zip", .otherArchive),
            ("error-docx-like.zip", .otherArchive),
            ("error-not-a-workbook.csv", .unknownFormat),
        ])
        func fileThatIsNoWorkbookSaysWhatItIs(_ file: String, _ kind: WorkbookError.NonWorkbook) {
            #expect(throws: WorkbookError.notAWorkbook(kind)) { try readEverything(file) }
        }

        @Test func emptyFileIsNoWorkbook() throws {
            #expect(throws: WorkbookError.notAWorkbook(.unknownFormat)) {
                _ = try Workbook(file: ArchiveFile(bytes: [], name: "empty.xlsx"))
            }
        }

        @Test func missingFileCannotBeOpened() {
            #expect(throws: WorkbookError.cannotOpen(path: "/nonexistent/x.xlsx", errno: ENOENT)) {
                _ = try Workbook(path: "/nonexistent/x.xlsx")
            }
        }

        @Test func directoryCannotBeOpened() {
            #expect(throws: WorkbookError.cannotOpen(path: "/tmp", errno: EISDIR)) { _ = try Workbook(path: "/tmp") }
        }

        @Test func truncatedArchiveHasNoEndRecord() {
            #expect(throws: WorkbookError.corruptArchive(.noEndRecord)) { try readEverything("error-truncated.xlsx") }
        }

        @Test func damagedEntriesSayWhichPartAndWhy() {
            #expect(throws: WorkbookError.unreadablePart(part: sheet1, .encrypted)) {
                try readEverything("error-encrypted-entry.xlsx")
            }
            #expect(throws: WorkbookError.unreadablePart(part: "[Content_Types].xml", .unsupportedMethod(12))) {
                try readEverything("error-bzip2-entry.xlsx")
            }
            #expect(performing: { try readEverything("error-bad-crc.xlsx") }, throws: { error in
                guard case WorkbookError.unreadablePart(part: sheet1, .checksumMismatch(expected: 0x1234_5678, actual: _)) = error
                else { return false }
                return true
            })
        }

        @Test func statedSizeIsHeldToTheByte() throws {
            // errors.tsv has the sizes Python wrote: "sizeMismatch(STATED, ACTUAL)".
            func sizes(_ file: String) -> (Int, Int) {
                let row = manifestRows("errors.tsv").first { $0[0] == file }!
                let numbers = row[1].split(separator: "(").last!.dropLast(2).split(separator: ",")
                return (Int(numbers[0].trimmingPrefix(" "))!, Int(numbers[1].trimmingPrefix(" "))!)
            }
            for file in ["error-size-too-large.xlsx", "error-size-too-small.xlsx"] {
                let (stated, actual) = sizes(file)
                #expect(throws: WorkbookError.unreadablePart(part: sheet1, .sizeMismatch(expected: stated, actual: actual))) {
                    try readEverything(file)
                }
            }
        }

        @Test func missingSheetPartIsNamed() throws {
            let workbook = try Workbook(path: workbookFixture("error-missing-sheet-part.xlsx"))
            #expect(try allRows(workbook, .number(1)).count == 2)
            #expect(throws: WorkbookError.missingPart("xl/worksheets/sheet2.xml")) { _ = try allRows(workbook, .number(2)) }
        }

        @Test(arguments: [
            ("error-row-past-limit.xlsx", 1_048_577, nil, WorkbookError.SheetProblem.rowOutOfRange),
            ("error-row-huge.xlsx", 999_999_999, nil, .rowOutOfRange),
            ("error-column-past-limit.xlsx", 1, 16_385, .columnOutOfRange),
            ("error-rows-out-of-order.xlsx", 3, nil, .rowOutOfOrder),
            ("error-cells-out-of-order.xlsx", 1, 2, .cellOutOfOrder),
            ("error-shared-string-out-of-range.xlsx", 2, 2, .sharedStringIndexOutOfRange(index: 5, count: 1)),
            ("error-bad-cell-reference.xlsx", 1, 1, .invalidCellReference("1A")),
        ] as [(String, Int, Int?, WorkbookError.SheetProblem)])
        func sheetErrorSaysWhereAndWhat(_ file: String, _ row: Int, _ column: Int?, _ problem: WorkbookError.SheetProblem) {
            #expect(throws: WorkbookError.invalidSheet(sheet: "Sheet1", row: row, column: column, problem)) {
                try readEverything(file)
            }
        }

        @Test(arguments: [
            ("error-mismatched-tag.xlsx", WorkbookError.XMLProblem.mismatchedEndTag),
            ("error-unknown-entity.xlsx", .unknownEntity),
            ("error-deep-nesting.xlsx", .nestedTooDeep(limit: 256)),
            ("error-sheet-xml-cut.xlsx", .unexpectedEnd),
        ])
        func malformedSheetXMLIsAnError(_ file: String, _ problem: WorkbookError.XMLProblem) {
            #expect(performing: { try readEverything(file) }, throws: { error in
                guard case WorkbookError.malformedXML(part: sheet1, offset: _, let found) = error else { return false }
                return found == problem
            })
        }

        @Test func compressionBombIsRefusedBeforeInflating() {
            #expect(throws: WorkbookError.unreadablePart(part: sheet1, .compressionRatioTooHigh(limit: 250))) {
                try readEverything("error-compression-ratio.xlsx")
            }
        }

        @Test func sheetLargerThanTheLimitIsRefused() {
            let limits = WorkbookLimits(maximumSheetBytes: 100)
            #expect(performing: { try readEverything("stored-entries.xlsx", limits: limits) }, throws: { error in
                guard case WorkbookError.unreadablePart(part: sheet1, .tooLarge(size: _, limit: 100)) = error else { return false }
                return true
            })
        }

        @Test func lastRowAndColumnExcelHasAreRead() throws {
            let workbook = try Workbook(path: workbookFixture("row-and-column-at-limit.xlsx"))
            var count = 0
            var last: SheetRow?
            try workbook.readRows(inSheet: .first) { row in
                count += 1
                if row.number == WorkbookLimits.maximumRows { last = row }
                return true
            }
            #expect(count == 1_048_576)
            #expect(last?.cells.count == 16_384)
            #expect(last?.cells.last == "1")
        }
    }
}
