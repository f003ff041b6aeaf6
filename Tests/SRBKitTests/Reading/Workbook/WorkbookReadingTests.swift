import Testing
@testable import SRBKit

extension WorkbookTests {
    @Suite struct WorkbookReadingTests {
        static let fixtures = [
            "register-vietnamese.xlsx", "register-libreoffice.xlsx", "formulas-libreoffice.xlsx",
            "date1904.xlsx", "date-serials-1900.xlsx", "rich-and-typed-cells.xlsx", "prefixed-and-sparse.xlsx",
            "stored-entries.xlsx", "archive-comment.xlsx", "zip64.xlsx", "zip64-local-headers.xlsx",
            "data-descriptors.xlsx", "absolute-targets.xlsx", "macro-enabled.xlsm", "chartsheet-first.xlsx",
            "sheet-named-2.xlsx",
        ]

        @Test(arguments: fixtures)
        func everySheetReadsAsTheFixtureScriptExpects(_ file: String) throws {
            let name = String(file.split(separator: ".").first!)
            let expected = ExpectedWorkbook(name)
            let workbook = try Workbook(path: workbookFixture(file))
            #expect(workbook.sheetNames == expected.sheets)
            #expect(workbook.usesDate1904 == expected.date1904)
            for (number, sheet) in expected.sheets.enumerated() {
                let rows = try allRows(workbook, .number(number + 1))
                #expect(firstDifference(rows, expected.rows[sheet]!) == nil, "\(file) sheet \(sheet)")
            }
        }

        @Test func firstSheetIsTheFirstWorksheetInTabOrder() throws {
            let workbook = try Workbook(path: workbookFixture("chartsheet-first.xlsx"))
            #expect(workbook.sheetNames == ["Một", "Hai"])
            #expect(try allRows(workbook).first?.cells == ["tên", "1"])
        }

        @Test func sheetIsFoundByNameOrNumber() throws {
            let workbook = try Workbook(path: workbookFixture("register-vietnamese.xlsx"))
            #expect(try workbook.sheetIndex(.named("Tổng hợp")) == 1)
            #expect(try workbook.sheetIndex(.number(2)) == 1)
            #expect(try workbook.sheetIndex(.nameOrNumber("2")) == 1)
            #expect(try workbook.sheetIndex(.nameOrNumber("Sổ sinh")) == 0)
            // The same name in decomposed form (NFD) is the same Swift string.
            #expect(try workbook.sheetIndex(.named("So\u{302}\u{309} sinh")) == 0)
        }

        @Test func nameWinsOverNumberOnTheCommandLine() throws {
            let workbook = try Workbook(path: workbookFixture("sheet-named-2.xlsx"))
            #expect(workbook.sheetNames == ["2", "1"])
            #expect(try workbook.sheetIndex(.nameOrNumber("2")) == 0)
            #expect(try workbook.sheetIndex(.nameOrNumber("1")) == 1)
            #expect(try workbook.sheetIndex(.number(2)) == 1)
        }

        @Test func unknownSheetListsTheSheetsThereAre() throws {
            let workbook = try Workbook(path: workbookFixture("register-vietnamese.xlsx"))
            for selector in [SheetSelector.named("Sheet1"), .number(3), .number(0), .nameOrNumber("3"), .nameOrNumber("x")] {
                #expect(throws: WorkbookError.noSuchSheet(selector, available: ["Sổ sinh", "Tổng hợp"])) {
                    _ = try allRows(workbook, selector)
                }
            }
        }

        @Test func readingStopsWhenTheBodySaysSo() throws {
            let workbook = try Workbook(path: workbookFixture("register-vietnamese.xlsx"))
            var seen: [Int] = []
            try workbook.readRows(inSheet: .first) { row in
                seen.append(row.number)
                return row.number < 4
            }
            #expect(seen == [1, 2, 3, 4])
        }

        @Test func errorThrownByTheBodyComesOutUnchanged() throws {
            struct Stop: Error, Equatable {}
            let workbook = try Workbook(path: workbookFixture("register-vietnamese.xlsx"))
            #expect(throws: Stop()) {
                try workbook.forEachRow(inSheet: .first) { row in
                    if row.number == 3 { throw Stop() }
                }
            }
        }

        @Test func longCellsAreCutAtTheLimitAndFlagged() throws {
            let workbook = try Workbook(path: workbookFixture("long-cells.xlsx"))
            let rows = try allRows(workbook)
            let cut = String(repeating: "ữ", count: 21_845)  // 65 535 bytes: the last whole character
            #expect(rows.count == 2)
            #expect(rows[0].cells == [cut, cut, "1"])
            #expect(rows[0].firstOversizedCell == 0)
            #expect(rows[1] == SheetRow(number: 2, cells: ["2"]))
        }

        @Test func aLowerCellLimitCutsSooner() throws {
            let workbook = try Workbook(path: workbookFixture("rich-and-typed-cells.xlsx"), limits: WorkbookLimits(maximumCellBytes: 4))
            let rows = try allRows(workbook)
            // "Bồ Đề": B and ồ (3 bytes) are 4 bytes; "Ngọc": N, g, then ọ would make 5.
            #expect(rows[0].cells == ["Mã", "Bồ", "Ng"])
            #expect(rows[0].firstOversizedCell == 1)
        }

        @Test func publicValuesAreSendable() throws {
            func requireSendable<T: Sendable>(_: T.Type) {}
            requireSendable(Workbook.self)
            requireSendable(SheetRow.self)
            requireSendable(SheetSelector.self)
            requireSendable(WorkbookError.self)
            requireSendable(WorkbookLimits.self)
            requireSendable(CellReference.self)
            requireSendable(FileSignature.self)
        }

        @Test func oneWorkbookReadsFromTwoTasksAtOnce() async throws {
            // Reads at offsets share no file position.
            let workbook = try Workbook(path: workbookFixture("register-vietnamese.xlsx"))
            async let first = allRows(workbook)
            async let second = allRows(workbook, .number(1))
            let expected = ExpectedWorkbook("register-vietnamese").rows["Sổ sinh"]
            #expect(try await first == expected)
            #expect(try await second == expected)
        }

        @Test func inMemoryArchiveReadsLikeTheFile() throws {
            let bytes = workbookFixtureBytes("register-vietnamese.xlsx")
            let workbook = try Workbook(file: ArchiveFile(bytes: bytes, name: "memory.xlsx"))
            #expect(try allRows(workbook) == ExpectedWorkbook("register-vietnamese").rows["Sổ sinh"])
        }
    }
}
