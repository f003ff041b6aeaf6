import Testing
@testable import SRBKit

/// A fixture's first sheet, its shared strings and styles, for feeding the sheet handler by hand.
private struct SheetSource {
    let xml: [UInt8]
    let strings: SharedStrings
    let styles: CellStyles

    init(_ file: String) throws {
        let archive = try ZipArchive(file: ArchiveFile(path: workbookFixture(file)))
        let limits = WorkbookLimits()
        xml = try archive.contents(of: archive.entry(named: "xl/worksheets/sheet1.xml")!, maximumSize: .max, limits: limits)
        var strings = SharedStringsHandler(part: "xl/sharedStrings.xml", limit: limits.maximumCellBytes)
        if let entry = archive.entry(named: "xl/sharedStrings.xml") {
            try archive.parse(entry, maximumSize: .max, limits: limits, into: &strings)
        }
        self.strings = strings.table
        var styles = StylesHandler(part: "xl/styles.xml")
        if let entry = archive.entry(named: "xl/styles.xml") {
            try archive.parse(entry, maximumSize: .max, limits: limits, into: &styles)
        }
        self.styles = styles.styles
    }

    /// The rows the handler gives when the XML comes `size` bytes at a time.
    func rows(chunk size: Int) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        var handler = SheetHandler(part: "sheet1.xml", sheet: "Sheet1", strings: strings, styles: styles, uses1904: false,
                                   cellLimit: WorkbookLimits().maximumCellBytes) { rows.append($0.sheetRow); return true }
        var tokenizer = XMLTokenizer(part: "sheet1.xml")
        try xml.withUnsafeBufferPointer { (all) throws(WorkbookError) in
            var start = 0
            while start < all.count {
                let end = min(start + size, all.count)
                try tokenizer.feed(UnsafeBufferPointer(rebasing: all[start..<end]), to: &handler)
                start = end
            }
        }
        try tokenizer.finish(to: &handler)
        return rows
    }
}

extension WorkbookTests {
    @Suite struct SheetHandlerTests {
        @Test(arguments: ["register-libreoffice", "rich-and-typed-cells", "prefixed-and-sparse", "formulas-libreoffice"])
        func sheetXMLInEveryChunkingGivesTheExpectedRows(_ name: String) throws {
            let source = try SheetSource("\(name).xlsx")
            let expected = ExpectedWorkbook(name)
            let rows = expected.rows[expected.sheets[0]]!
            for size in [1, 2, 3, 7, 64, 4096, Int.max] {
                #expect(firstDifference(try source.rows(chunk: size), rows) == nil, "\(name), chunk \(size)")
            }
        }
    }

    @Suite struct CellValueTests {
        @Test(arguments: [
            (0.0, "0"), (-0.0, "0"), (12.0, "12"), (-7.25, "-7.25"), (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"),
            (1e20, "100000000000000000000"), (1e21, "1e+21"), (1.5e21, "1.5e+21"), (1.2345678901234568e20, "123456789012345680000"),
            (0.000001, "0.000001"), (1e-7, "1e-7"), (1.5e-8, "1.5e-8"), (0.000012345, "0.000012345"),
            (9_007_199_254_740_992, "9007199254740992"), (9_007_199_254_740_994, "9007199254740994"),
            (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (45_351.604166666664, "45351.604166666664"), (2.5, "2.5"), (100.0, "100"),
        ] as [(Double, String)])
        func numberIsWrittenAsJavaScriptWritesIt(_ value: Double, _ text: String) {
            var bytes: [UInt8] = []
            NumberText.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == text)
        }

        @Test func onlyPlainDecimalsAreNumbers() {
            #expect(NumberText.parse(Array("1.5E-8".utf8)) == 1.5e-8)
            #expect(NumberText.parse(Array("-12".utf8)) == -12)
            #expect(NumberText.parse(Array("0x1p3".utf8)) == nil)
            #expect(NumberText.parse(Array("inf".utf8)) == nil)
            #expect(NumberText.parse(Array("1e999".utf8)) == nil)
            #expect(NumberText.parse(Array("".utf8)) == nil)
            #expect(NumberText.isCanonicalInteger(Array("12345".utf8)))
            #expect(NumberText.isCanonicalInteger(Array("0".utf8)))
            #expect(!NumberText.isCanonicalInteger(Array("00115".utf8)))
            #expect(!NumberText.isCanonicalInteger(Array("-0".utf8)))
            #expect(!NumberText.isCanonicalInteger(Array("1234567890123456".utf8)))
        }

        /// Expected dates from Python's calendar (`date(1899, 12, 30) + timedelta(days)`), Excel's leap day aside.
        @Test(arguments: [
            (1.0, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"), (61, false, "1900-03-01"),
            (45_356, false, "2024-03-05"), (45_356.999, false, "2024-03-05"), (45_356.999_999_999, false, "2024-03-06"),
            (2_958_465, false, "9999-12-31"), (36_526, false, "2000-01-01"),
            (0, true, "1904-01-01"), (1, true, "1904-01-02"), (43_894, true, "2024-03-05"),
        ] as [(Double, Bool, String)])
        func serialIsTheDateExcelShows(_ serial: Double, _ uses1904: Bool, _ date: String) {
            #expect(ExcelDate.isoDate(serial: serial, uses1904: uses1904).map { String(decoding: $0, as: UTF8.self) } == date)
        }

        @Test func serialOutsideTheCalendarIsNoDate() {
            #expect(ExcelDate.isoDate(serial: 0, uses1904: false) == nil)
            #expect(ExcelDate.isoDate(serial: -1, uses1904: true) == nil)
            #expect(ExcelDate.isoDate(serial: 2_958_466, uses1904: false) == nil)
            #expect(ExcelDate.isoDate(serial: .nan, uses1904: false) == nil)
        }

        @Test(arguments: [
            ("dd/mm/yyyy", NumberFormat.date), ("[$-42A]dd/mm/yyyy;@", .date), ("yyyy-mm-dd h:mm:ss", .date),
            ("mmm yyyy", .date), ("mm", .date), ("d", .date), ("[Red]dd\\.mm\\.yy", .date), ("DD/MM/YYYY", .date),
            ("h:mm", .general), ("hh:mm:ss", .general), ("mm:ss", .general), ("[h]:mm:ss", .general),
            ("h:mm AM/PM", .general), ("mm:ss.0", .general), ("General", .general), ("0.00", .general),
            ("#,##0 \"đ\"", .general), ("\"ngày\" 0", .general), ("0.00E+00", .general), ("\\d0", .general),
            ("_d0", .general), ("*d0", .general), ("@", .text), ("[Red]@", .text), ("0;@", .general),
        ] as [(String, NumberFormat)])
        func formatCodeIsADateWhenItShowsADay(_ code: String, _ kind: NumberFormat) {
            #expect(NumberFormat.classify(code) == kind)
        }

        @Test func builtInDateFormatsAreDates() {
            #expect((0...60).filter { NumberFormat.builtIn($0) == .date } == [14, 15, 16, 17, 22])
            #expect(NumberFormat.builtIn(49) == .text)
        }

        @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
        func columnLetters(_ column: Int, _ letters: String) {
            #expect(CellReference.columnLetters(column) == letters)
            #expect(CellReference("\(letters)1") == CellReference(column: column, row: 1))
        }

        @Test func cellReferenceParsesAndNamesItsPlace() {
            #expect(CellReference("C7") == CellReference(column: 3, row: 7))
            #expect(CellReference("xfd1048576") == CellReference(column: 16_384, row: 1_048_576))
            #expect(CellReference("XFE1") == nil)
            #expect(CellReference("A1048577") == nil)
            #expect(CellReference("A0") == nil)
            #expect(CellReference("A01") == nil)
            #expect(CellReference("7C") == nil)
            #expect(CellReference("") == nil)
            #expect(CellReference(column: 3, row: 7).location(inSheet: "Sheet1") == "Sheet1!C7")
            #expect(CellReference(column: 2, row: 7).location(inSheet: "Biểu 1") == "'Biểu 1'!B7")
            #expect(CellReference(column: 1, row: 1).location(inSheet: "Sổ_sinh") == "Sổ_sinh!A1")
            #expect(CellReference(column: 1, row: 1).location(inSheet: "2024") == "'2024'!A1")
            #expect(CellReference(column: 1, row: 1).location(inSheet: "Ward's") == "'Ward''s'!A1")
        }

        @Test func excelEscapesAreUnescaped() {
            func unescaped(_ text: String) -> String {
                var bytes = Array(text.utf8)
                ExcelEscapes.unescape(&bytes, from: 0)
                return String(decoding: bytes, as: UTF8.self)
            }
            #expect(unescaped("a_x000D__x000A_b") == "a\r\nb")
            #expect(unescaped("_x005F_x0041_") == "_x0041_")
            #expect(unescaped("_x0041_") == "A")
            #expect(unescaped("_X0041_") == "_X0041_")
            #expect(unescaped("_x00e1_") == "á")
            #expect(unescaped("_xD83D__xDE00_") == "😀")
            #expect(unescaped("_xD83D_") == "\u{FFFD}")
            #expect(unescaped("_x12_ _x12345_ x_") == "_x12_ _x12345_ x_")
        }
    }
}
