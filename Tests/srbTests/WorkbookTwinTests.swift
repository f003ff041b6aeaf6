import Foundation
import Testing

/// Hand-built workbooks with the odd cells real ones have, through the built
/// binary, against the CSV Excel would save from each: the XML and the twin are
/// written by scripts/workbook/make_twin_workbooks.py from the same rows, the
/// twin holding what Excel shows (so neither comes from srb).
///
/// odd-register.xlsx: a rich-text title merged over A1:I1, a blank row, the
/// header on row 3 in shared and inline strings; 420 births in export order
/// (not by date) with ward names as plain, rich-run, inline and formula
/// strings; codes as text, as whole numbers and under format 00000; dates as
/// serials under built-in format 14 and five custom date formats (one with a
/// time), as text day first, as ISO inline strings and as `t="d"` cells; sex as
/// text and as the numbers 1 and 2; birth orders written `2` and `2.0`; mothers'
/// years of birth as numbers; a boolean column; `#N/A` for a sex and a date,
/// `#VALUE!` for a mother's year, a missing sex cell, empty rows and a skipped
/// row number. odd-register-1904.xlsx is the same table in the 1904 date system.
@Suite struct WorkbookTwinTests {
    static func twin(_ name: String) -> String { WorkbookInputTests.fixture(name) }
    static let asOf = ["--as-of", "2025-01-01"]

    @Test(arguments: [["report", "--format", "json"], ["progress", "--format", "json"], ["validate", "--format", "json"],
                      ["monthly", "--format", "json"], ["report", "--format", "csv", "--period", "2024-Q1"]])
    func oddCellsReadAsTheirCSVTwin(command: [String]) throws {
        let (workbook, twin) = try WorkbookInputTests.expectSameAsTwin(command + Self.asOf, workbook: Self.twin("odd-register.xlsx"),
                                                                       twin: Self.twin("odd-register.csv"))
        // Both day first; the workbook's first date written as text (not a date cell) is on row 9.
        #expect(workbook == "srb: info: FILE: dates are read day first (dmy, DD/MM/YYYY): line 9 has '17/01/2023'")
        #expect(twin == "srb: info: FILE: dates are read day first (dmy, DD/MM/YYYY): line 4 has '27/05/2023'")
    }

    @Test(arguments: [["report", "--format", "json"], ["validate", "--format", "json"]])
    func dateSystem1904GivesTheSameDates(command: [String]) throws {
        try WorkbookInputTests.expectSameAsTwin(command + Self.asOf, workbook: Self.twin("odd-register-1904.xlsx"),
                                                twin: Self.twin("odd-register.csv"))
    }

    /// The counts behind the twin comparison, worked from the generator's rules:
    /// 420 rows, the sex `#N/A` (row 155), the date `#N/A` (row 207) and the
    /// missing sex cell (row 257) rejected, nothing else lost.
    @Test func everyRowIsCountedAndTheThreeBadCellsRejectedByTheirCell() throws {
        let outcome = try BinaryRunner.run(["report", "--period", "2023..2024"] + Self.asOf + [Self.twin("odd-register.xlsx")])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("420 rows read from"))
        #expect(outcome.standardError.contains("417 used, 0 outside 2023..2024, 3 rejected (date 1, sex 2)"))
        #expect(outcome.standardError.contains("'Sổ sinh 2023-2024'!E155: sex: '#N/A' is not a sex"))
        #expect(outcome.standardError.contains("'Sổ sinh 2023-2024'!D207: date: '#N/A' is not a date"))
        #expect(outcome.standardError.contains("'Sổ sinh 2023-2024'!E257: sex: the sex is empty"))
    }

    @Test func fertilityFromWorkbooksIsTheCSVTwinsFertility() throws {
        let arguments = ["fertility", "--format", "json"] + Self.asOf
        let fromWorkbooks = try BinaryRunner.run(arguments + ["--population", Self.twin("odd-population.xlsx"),
                                                              Self.twin("odd-register.xlsx")])
        let fromCSV = try BinaryRunner.run(arguments + ["--population", Self.twin("odd-population.csv"),
                                                        Self.twin("odd-register.csv")])
        #expect(fromWorkbooks.status == 0)
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: ".xlsx", with: ".FORMAT").replacingOccurrences(of: ".csv", with: ".FORMAT")
        }
        #expect(plain(fromWorkbooks.standardOutput) == plain(fromCSV.standardOutput))
        // Mothers' years of birth were read: 25 of 417 births have no age (every 17th row and the #VALUE!).
        #expect(fromWorkbooks.standardOutput.contains("\n  \"births_unknown_age\": 25,"))
    }

    @Test func planWorkbookWithTitleRowsAndDateCellsReadsAsItsTwin() throws {
        try WorkbookInputTests.expectSameAsTwin(["plan", "--format", "json", "--as-of", "2024-09-30"],
                                                workbook: Self.twin("odd-plan.xlsx"), twin: Self.twin("odd-plan.csv"))
    }

    /// A negative count in a population workbook: exit 65, the sheet and cell
    /// named (D9: Bồ Đề, 2024, 20-24), nothing written.
    @Test func badPopulationCellExits65NamingTheSheetCell() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let output = folder.appendingPathComponent("tfr.json").path
        let outcome = try BinaryRunner.run(["fertility", "--output", output, "--population", Self.twin("odd-population-negative.xlsx"),
                                            Self.twin("odd-register.xlsx")] + Self.asOf)
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("odd-population-negative.xlsx, 'Phụ nữ'!D9: population file:"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A damaged sheet inside a valid archive (cells out of order): exit 65 with
    /// the sheet and cell, and no output file.
    @Test func damagedSheetExits65NamingTheSheetCell() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let output = folder.appendingPathComponent("report.json").path
        let file = BinaryRunner.packageRoot.appendingPathComponent("Tests/SRBKitTests/Fixtures/workbooks/error-cells-out-of-order.xlsx").path
        let outcome = try BinaryRunner.run(["report", "--output", output, file])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("the workbook is damaged (Sheet1!B1)"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A sheet whose only cell is XFD1048576: 1,048,575 empty rows above it are
    /// blank lines, and the one row is the header the error names. (Fed a line
    /// at a time, the header search made this quadratic: minutes; now well under
    /// a second in a release build.)
    @Test func sheetWithItsOnlyCellOnTheLastRowIsReadToThatRow() throws {
        let file = BinaryRunner.packageRoot.appendingPathComponent("Tests/SRBKitTests/Fixtures/workbooks/row-and-column-at-limit.xlsx").path
        let outcome = try BinaryRunner.run(["report", file])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("row-and-column-at-limit.xlsx, Sheet1, row 1048576: no column for ward"))
    }

    /// A workbook piped to `-` is read whole into memory and gives what the file gives.
    @Test func workbookOnStandardInputReadsAsTheFile() throws {
        let file = Self.twin("odd-register.xlsx")
        let arguments = ["report", "--format", "json"] + Self.asOf
        let fromFile = try BinaryRunner.run(arguments + [file])
        let fromPipe = try BinaryRunner.run(arguments + ["-"], inputBytes: try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(fromPipe.status == 0)
        #expect(fromPipe.standardOutput == fromFile.standardOutput.replacingOccurrences(of: file, with: "-"))
        #expect(fromPipe.standardError.contains("-, 'Sổ sinh 2023-2024'!D207: date:"))
    }

    @Test func legacyWorkbookOnStandardInputExits65SayingSaveAsXlsx() throws {
        let legacy = BinaryRunner.packageRoot.appendingPathComponent("Tests/SRBKitTests/Fixtures/workbooks/error-legacy.xls")
        let outcome = try BinaryRunner.run(["report", "-"], inputBytes: try Data(contentsOf: legacy))
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("-: this is a legacy Excel workbook (.xls)"))
    }
}
