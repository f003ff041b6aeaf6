import Testing
@testable import SRBKit

/// How messages name a place in a workbook (SPEC "Excel workbooks": lines are
/// the sheet's rows, columns its letters) and that a CSV's place is unchanged.
@Suite struct WorkbookPlacesTests {
    let english = Diagnostics(language: .en)
    let vietnamese = Diagnostics(language: .vi)

    @Test func cellInAWorkbookIsSheetBangColumnLetterAndRow() {
        let place = SourceLocation(file: "births.xlsx", line: 7, column: 3, sheet: "Sheet1")
        #expect(english.position(place) == "births.xlsx, Sheet1!C7")
        #expect(vietnamese.position(place) == "births.xlsx, Sheet1!C7")
    }

    /// Column 28 is AB (26 letters, then A·B), 703 is AAA (26 + 26² + 1).
    @Test func columnsPastZAreTwoAndThreeLetters() {
        #expect(english.position(SourceLocation(file: "b.xlsx", line: 2, column: 28, sheet: "S")) == "b.xlsx, S!AB2")
        #expect(english.position(SourceLocation(file: "b.xlsx", line: 2, column: 703, sheet: "S")) == "b.xlsx, S!AAA2")
    }

    @Test func sheetNameWithASpaceOrQuoteIsQuotedAsExcelDoes() {
        #expect(english.position(SourceLocation(file: "b.xlsx", line: 9, column: 2, sheet: "Biểu 1")) == "b.xlsx, 'Biểu 1'!B9")
        #expect(english.position(SourceLocation(file: "b.xlsx", line: 9, column: 2, sheet: "Mẹ's")) == "b.xlsx, 'Mẹ''s'!B9")
    }

    @Test func wholeRowNamesTheSheetAndTheRowInEachLanguage() {
        let place = SourceLocation(file: "births.xlsx", line: 3, sheet: "Sheet1")
        #expect(english.position(place) == "births.xlsx, Sheet1, row 3")
        #expect(vietnamese.position(place) == "births.xlsx, Sheet1, hàng 3")
    }

    @Test func csvPlaceStaysFileLineColumn() {
        #expect(english.position(SourceLocation(file: "births.csv", line: 7, column: 3)) == "births.csv:7:3")
        #expect(english.position(SourceLocation(file: "births.csv", line: 7)) == "births.csv:7")
    }

    /// The --rejects line of a workbook cell: file as given, the sheet row as
    /// line, the column's letters (C7 is column C, row 7), as messages name it.
    @Test func rejectsLineOfAWorkbookCellGivesTheColumnLetters() {
        let rejection = Rejection(reason: .date, problem: .unreadableDate(order: .dmy),
                                  location: SourceLocation(file: "births.xlsx", line: 7, column: 3, sheet: "Sheet1"),
                                  field: "#N/A")
        #expect(RejectsCSV.line(rejection) == "births.xlsx,7,C,date,#N/A\n")
        // Column 28 is AB, 703 is AAA; a whole-row rejection has no column.
        let wide = Rejection(reason: .sex, problem: .unknownSex,
                             location: SourceLocation(file: "b.xlsx", line: 2, column: 28, sheet: "S"), field: "X")
        #expect(RejectsCSV.line(wide) == "b.xlsx,2,AB,sex,X\n")
        let far = Rejection(reason: .sex, problem: .unknownSex,
                            location: SourceLocation(file: "b.xlsx", line: 2, column: 703, sheet: "S"), field: "X")
        #expect(RejectsCSV.line(far) == "b.xlsx,2,AAA,sex,X\n")
        let row = Rejection(reason: .fields, problem: .fieldCount(found: 2, expected: 3),
                            location: SourceLocation(file: "b.xlsx", line: 4, sheet: "S"), field: nil)
        #expect(RejectsCSV.line(row) == "b.xlsx,4,,fields,\n")
    }

    @Test func rejectsLineOfACSVFieldKeepsTheFieldNumber() {
        let rejection = Rejection(reason: .date, problem: .unreadableDate(order: .dmy),
                                  location: SourceLocation(file: "births.csv", line: 7, column: 3), field: "#N/A")
        #expect(RejectsCSV.line(rejection) == "births.csv,7,3,date,#N/A\n")
    }
}
