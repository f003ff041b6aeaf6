import Testing
@testable import SRBKit

/// Reads a register given as text and returns the scan and its rejections.
private func readRegister(_ text: String, settings: ReadSettings = ReadSettings()) throws -> (scan: RegisterScan, rejections: [Rejection]) {
    var rejections: [Rejection] = []
    let scan = try RegisterReader(settings: settings).read([.memory(name: "so-sinh.csv", bytes: Array(text.utf8))]) {
        rejections.append($0)
    }
    return (scan, rejections)
}

extension Reading {
    @Suite struct HeaderSearchTests {
        @Test func titleLinesAboveTheHeaderAreSkippedAndCountedInAWarning() throws {
            // SPEC: the header is the first line that names the required columns.
            let text = """
                TRUNG TÂM Y TẾ QUẬN LONG BIÊN
                DANH SÁCH TRẺ SINH THÁNG 9/2024

                Phường;Ngày sinh;Giới tính
                Bồ Đề;15/09/2024;Nam
                Bồ Đề;16/09/2024;Nữ

                """
            let (scan, rejections) = try readRegister(text)
            #expect(scan.rowsRead == 2)
            #expect(rejections.isEmpty)
            #expect(scan.warnings == [.linesAboveHeaderSkipped(SourceLocation(file: "so-sinh.csv", line: 4), count: 2),
                                      .datesReadDayFirst(SourceLocation(file: "so-sinh.csv", line: 5), field: "15/09/2024")])
        }

        @Test func sepLineAndExcelTitleRowsWithDelimitersAreSkipped() throws {
            let text = "sep=;\r\nDANH SÁCH TRẺ SINH;;\r\nPhường;Ngày sinh;Giới tính\r\nBồ Đề;15/09/2024;Nam\r\n"
            let (scan, rejections) = try readRegister(text)
            #expect(scan.rowsRead == 1)
            #expect(rejections.isEmpty)
            #expect(scan.warnings == [.linesAboveHeaderSkipped(SourceLocation(file: "so-sinh.csv", line: 3), count: 2),
                                      .datesReadDayFirst(SourceLocation(file: "so-sinh.csv", line: 4), field: "15/09/2024")])
        }

        @Test func headerCellHoldingCommasIsSplitByTheDelimiterThatNamesTheColumns() throws {
            // Four commas against two semicolons: only the semicolon gives a date column.
            let text = "Ngày, tháng, năm sinh;Xã/Phường/Thị trấn;Giới tính (Nam/Nữ)\n15/09/2024;Thạch Bàn;Nữ\n"
            let (scan, rejections) = try readRegister(text)
            #expect(rejections.isEmpty)
            #expect(scan.rowsRead == 1)
            #expect(scan.units.map(\.name) == ["Thạch Bàn"])
        }

        @Test func tieOnOneLineGoesToTheDelimiterTheDataRowsAgreeWith() {
            // Here any record of three fields or more is a header.
            let search = HeaderSearch(forcedDelimiter: nil, maximumFieldLength: 1_000) { $0.fieldCount >= 3 }
            // Comma: 2 fields, not a header; semicolon: 3 fields, then 3 in the data row.
            #expect(search.decide(Array("a,b;c;d\nx;y;z\n".utf8), isComplete: true) == .header(delimiter: .semicolon, line: 1))
            // Both give 3 fields on line 1; only the comma's data row has 3 too.
            #expect(search.decide(Array("a,b;c,d;e\n1,2,3\n".utf8), isComplete: true) == .header(delimiter: .comma, line: 1))
            #expect(search.decide(Array("a,b;c,d;e\n1;2;3\n".utf8), isComplete: true) == .header(delimiter: .semicolon, line: 1))
        }

        @Test func noLineNamingTheColumnsMakesTheFirstLineTheHeaderAndTheErrorNamesIt() {
            let text = "\n\nward,when,sex\nA,2024-01-01,M\n"
            #expect(throws: SRBError.missingColumn(SourceLocation(file: "so-sinh.csv", line: 3), role: .date)) {
                try readRegister(text)
            }
        }

        @Test func firstLineOfMoreThanOneMebibyteWithoutALineEndIsNoHeader() {
            let bytes = [UInt8](repeating: 0, count: HeaderSearch.maximumBytes + 10)
            #expect(throws: SRBError.noHeader(file: "zero", reason: .firstLineTooLong(limit: HeaderSearch.maximumBytes))) {
                try RegisterReader(settings: ReadSettings()).read([.memory(name: "zero", bytes: bytes)])
            }
        }

        @Test func moreBytesAreAskedForUntilTheHeaderIsSettled() {
            let search = HeaderSearch(forcedDelimiter: nil, maximumFieldLength: 1_000) { $0.fieldCount >= 3 }
            // The header is complete but no candidate has read past it yet.
            #expect(search.decide(Array("a;b;c\n".utf8), isComplete: false) == nil)
            #expect(search.decide(Array("a;b;c\nd;e;f\n".utf8), isComplete: false) == .header(delimiter: .semicolon, line: 1))
        }
    }
}
