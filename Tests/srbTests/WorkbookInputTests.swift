import Foundation
import Testing

/// `.xlsx` workbooks through the built binary: each workbook, written by
/// openpyxl (scripts/workbook/make_workbooks.py), gives the JSON its CSV twin
/// gives — the twin written by the same script from the same Python rows, not
/// by srb — with only the file name differing; refused files exit 65 and
/// write nothing.
@Suite struct WorkbookInputTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/SRBKitTests/Fixtures/workbooks/twins")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The standard output of `srb arguments… file`, with the file's name (and
    /// its twin's) replaced by `FILE`, and the standard error likewise.
    static func output(_ arguments: [String], file: String, twin: String? = nil) throws -> (String, String, Int32) {
        let outcome = try BinaryRunner.run(arguments + [file])
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: file, with: "FILE")
                .replacingOccurrences(of: (file as NSString).lastPathComponent, with: "FILE")
        }
        return (plain(outcome.standardOutput), plain(outcome.standardError), outcome.status)
    }

    /// Compares the runs; the `srb: info:` line of the date order chosen is
    /// left out of standard error, as it names the first date written as
    /// text, which is the twin's first date but may be further down a
    /// workbook whose dates are mostly date cells. Returns both runs'
    /// `srb: info:` lines (workbook, twin) for the caller to check.
    @discardableResult
    static func expectSameAsTwin(_ arguments: [String], workbook: String, twin: String) throws -> (String, String) {
        let fromWorkbook = try output(arguments, file: workbook)
        let fromTwin = try output(arguments, file: twin)
        #expect(fromWorkbook.2 == fromTwin.2)
        #expect(!fromWorkbook.0.isEmpty)
        #expect(fromWorkbook.0 == fromTwin.0)
        func split(_ text: String) -> (others: String, information: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return (lines.filter { !$0.hasPrefix("srb: info: ") }.joined(separator: "\n"),
                    lines.filter { $0.hasPrefix("srb: info: ") }.joined(separator: "\n"))
        }
        let (workbookErrors, twinErrors) = (split(csvPlaces(fromWorkbook.1)), split(fromTwin.1))
        #expect(workbookErrors.others == twinErrors.others)
        return (workbookErrors.information, twinErrors.information)
    }

    /// Standard error with the workbook's places written as a CSV's: `FILE, 'Sổ sinh'!C12`
    /// becomes `FILE:12:3`, `FILE, 'Sổ sinh', row 3` becomes `FILE:3`, `FILE, 'Sổ sinh'` `FILE`
    /// (the letters turned to numbers here, independently of srb's own conversion).
    static func csvPlaces(_ text: String) -> String {
        var result = text
        let sheet = #"(?:'(?:[^']|'')*'|[A-Za-z_.][A-Za-z0-9_.]*)"#
        let cell = try! NSRegularExpression(pattern: "FILE, \(sheet)!([A-Z]+)([0-9]+)")
        for match in cell.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
            let range = Range(match.range, in: result)!
            let letters = String(result[Range(match.range(at: 1), in: result)!])
            let row = String(result[Range(match.range(at: 2), in: result)!])
            let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
            result.replaceSubrange(range, with: "FILE:\(row):\(column)")
        }
        result = result.replacingOccurrences(of: "FILE, \(sheet), row ([0-9]+)", with: "FILE:$1", options: .regularExpression)
        return result.replacingOccurrences(of: "FILE, \(sheet)", with: "FILE", options: .regularExpression)
    }

    /// Title row merged over A1:D1, a blank row, header on row 3, codes 115
    /// under format 00000, date cells and a typed date, a blank row, a row
    /// without its sex cell and a #N/A date: report, validate and progress JSON
    /// (and the warnings with their row numbers) are the twin's.
    @Test(arguments: [["report", "--format", "json"], ["validate", "--format", "json"], ["progress", "--format", "json"]])
    func registerWorkbookReadsAsItsCSVTwin(command: [String]) throws {
        try WorkbookInputTests.expectSameAsTwin(command + ["--as-of", "2025-01-01"],
                                                workbook: WorkbookInputTests.fixture("register.xlsx"),
                                                twin: WorkbookInputTests.fixture("register.csv"))
    }

    /// The codes keep their leading zeros and the two rejected rows are named by
    /// sheet, row and column letter (SPEC: a workbook's lines are its rows, columns its letters).
    @Test func codesKeepTheirZerosAndRejectsNameTheSheetCell() throws {
        let outcome = try BinaryRunner.run(["report", "--format", "json", "--as-of", "2025-01-01",
                                            WorkbookInputTests.fixture("register.xlsx")])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("\"00115\""))
        #expect(outcome.standardOutput.contains("\"00118\""))
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh'!D11: sex:"))
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh'!C12: date: '#N/A' is not a date"))
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh', row 3: the header is on this line"))
        #expect(!outcome.standardError.contains("register.xlsx:1"))
    }

    @Test func vietnameseMessagesNameTheSheetCellAndRow() throws {
        let outcome = try BinaryRunner.run(["report", "--lang", "vi", "--as-of", "2025-01-01",
                                            WorkbookInputTests.fixture("register.xlsx")])
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh'!C12: ngày: '#N/A' không phải là ngày"))
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh', hàng 3: dòng tiêu đề cột ở đây"))
    }

    /// The --rejects CSV keeps its header; for a workbook the line is the sheet
    /// row and the column its letters, the cell standard error names (D11, C12),
    /// while the CSV twin keeps field numbers.
    @Test func rejectsFileNamesWorkbookColumnsByTheirLetters() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let file = WorkbookInputTests.fixture("register.xlsx")
        let outcome = try BinaryRunner.run(["report", "--format", "json", "--as-of", "2025-01-01", "--rejects", rejects, file])
        #expect(outcome.status == 0)
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(written == "file,line,column,reason,field\n\(file),11,D,sex,\n\(file),12,C,date,#N/A\n")
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh'!D11: "))
        #expect(outcome.standardError.contains("register.xlsx, 'Sổ sinh'!C12: "))

        let twinRejects = folder.appendingPathComponent("twin-rejects.csv").path
        let twin = WorkbookInputTests.fixture("register.csv")
        _ = try BinaryRunner.run(["report", "--format", "json", "--as-of", "2025-01-01", "--rejects", twinRejects, twin])
        #expect(try String(contentsOfFile: twinRejects, encoding: .utf8)
                == "file,line,column,reason,field\n\(twin),11,4,sex,\n\(twin),12,3,date,#N/A\n")
    }

    @Test func shippedPlanWorkbookReadsAsTheShippedCSV() throws {
        try WorkbookInputTests.expectSameAsTwin(["plan", "--as-of", "2024-09-30", "--format", "json"],
                                                workbook: BinaryRunner.sample("plans/long-bien-2024.xlsx"),
                                                twin: BinaryRunner.sample("plans/long-bien-2024.csv"))
    }

    @Test func shippedRegisterWorkbookReadsAsTheShippedCSV() throws {
        try WorkbookInputTests.expectSameAsTwin(["report", "--format", "json", "--as-of", "2025-01-01", "--period", "2024"],
                                                workbook: BinaryRunner.sample("registers/long-bien-births-2021-2024.xlsx"),
                                                twin: BinaryRunner.sample("registers/long-bien-births-2021-2024.csv"))
    }

    @Test func wardListWorkbookServesAsWards() throws {
        let register = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
        let arguments = ["validate", "--format", "json", "--as-of", "2025-01-01"]
        let fromWorkbook = try BinaryRunner.run(arguments + ["--wards", BinaryRunner.sample("wards/long-bien.xlsx"), register])
        let fromCSV = try BinaryRunner.run(arguments + ["--wards", BinaryRunner.sample("wards/long-bien.csv"), register])
        #expect(fromWorkbook.status == fromCSV.status)
        #expect(fromWorkbook.standardOutput == fromCSV.standardOutput)
    }

    @Test func sheetChosenByNameOrNumber() throws {
        let file = WorkbookInputTests.fixture("register.xlsx")
        let first = try BinaryRunner.run(["report", "--format", "json", "--as-of", "2025-01-01", file])
        for sheet in ["Sổ sinh", "1"] {
            let chosen = try BinaryRunner.run(["report", "--format", "json", "--as-of", "2025-01-01", "--sheet", sheet, file])
            #expect(chosen.status == 0)
            #expect(chosen.standardOutput == first.standardOutput)
        }
    }

    @Test func missingSheetExits65ListingTheSheetsAndWritesNothing() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let output = folder.appendingPathComponent("out.json").path
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let outcome = try BinaryRunner.run(["report", "--sheet", "Năm 2025", "--output", output, "--rejects", rejects,
                                            WorkbookInputTests.fixture("register.xlsx")])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("the workbook has no sheet 'Năm 2025'; its sheets: 'Sổ sinh'"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: rejects))
    }

    @Test func openDocumentSpreadsheetExits65SayingSaveAsXlsxOrCSV() throws {
        let outcome = try BinaryRunner.run(["report", WorkbookInputTests.fixture("sheet.ods")])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV"))
        let vietnamese = try BinaryRunner.run(["report", "--lang", "vi", WorkbookInputTests.fixture("sheet.ods")])
        #expect(vietnamese.status == 65)
        #expect(vietnamese.standardError.contains("hãy lưu thành .xlsx hoặc CSV"))
    }

    @Test func cutShortWorkbookExits65AsDamaged() throws {
        let outcome = try BinaryRunner.run(["validate", WorkbookInputTests.fixture("truncated.xlsx")])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("this is a ZIP archive, not a table"))
    }

    /// The compound-file signature (D0 CF 11 E0 A1 B1 1A E1) whatever the name: a legacy or encrypted workbook.
    @Test func compoundFileNamedCSVExits65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = folder.appendingPathComponent("births.csv").path
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += [UInt8](repeating: 0, count: 600)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let outcome = try BinaryRunner.run(["report", path])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("save it as .xlsx or CSV"))
    }

    /// A workbook named .csv is still read as a workbook: told by its bytes.
    @Test func workbookToldByItsBytesNotItsName() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let renamed = folder.appendingPathComponent("register.csv").path
        try FileManager.default.copyItem(atPath: WorkbookInputTests.fixture("register.xlsx"), toPath: renamed)
        try WorkbookInputTests.expectSameAsTwin(["report", "--format", "json", "--as-of", "2025-01-01"],
                                                workbook: renamed, twin: WorkbookInputTests.fixture("register.csv"))
    }
}
