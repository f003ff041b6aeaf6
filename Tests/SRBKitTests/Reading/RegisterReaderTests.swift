import Foundation
import Testing
@testable import SRBKit

/// SRBKit's location, not Swift Testing's.
private typealias Location = SRBKit.SourceLocation

/// The path of a file in `Tests/SRBKitTests/Fixtures/`.
private func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
}

/// Reads fixtures as one register, collecting the rejections handed to the callback.
private func read(
    _ names: [String],
    settings: ReadSettings = ReadSettings()
) throws(SRBError) -> (scan: RegisterScan, rejections: [Rejection]) {
    var rejections: [Rejection] = []
    let scan = try RegisterReader(settings: settings).read(names.map { .file(fixture($0)) }) { rejections.append($0) }
    return (scan, rejections)
}

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)!
}

private func tally(
    first: Tally = Tally(), second: Tally = Tally(), thirdOrLater: Tally = Tally(), unknown: Tally = Tally()
) -> OrderedTally {
    var result = OrderedTally()
    result.first = first
    result.second = second
    result.thirdOrLater = thirdOrLater
    result.unknown = unknown
    return result
}

extension Reading {
    @Suite struct RegisterReaderTests {
        // MARK: Per-birth registers

        @Test func semicolonFileWithVietnameseHeadersBOMAndCRLF() throws {
            let file = fixture("semicolon-vietnamese-headers-bom-crlf.csv")
            let (scan, rejections) = try read(["semicolon-vietnamese-headers-bom-crlf.csv"])
            #expect(scan.files == [file])
            #expect(scan.rowsRead == 6)
            #expect(scan.rowsRejected == 0)
            #expect(rejections.isEmpty)
            #expect(scan.rowsOutsidePeriod == 0)
            #expect(scan.isBalanced)
            #expect(scan.warnings == [.datesReadDayFirst(Location(file: file, line: 2), field: "15/03/2024")])
            // Three wards; the NFD spelling and the P. prefix join "Phường Ngọc Lâm", shown as first written.
            #expect(scan.units.map(\.key) == ["ngọc lâm", "gia thụy", "bồ đề"])
            #expect(scan.units.map(\.name) == ["Phường Ngọc Lâm", "Phường Gia Thụy", "Bồ Đề"])
            #expect(scan.units.map(\.district) == ["Long Biên", "Long Biên", "Long Biên"])
            #expect(scan.hasDistricts)
            #expect(!scan.hasProvinces)
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 2, girls: 1))
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 0, girls: 2))
            #expect(scan.tally(of: "bồ đề") == Tally(boys: 1, girls: 0))
            #expect(scan.cells.count == 4)
            #expect(scan.cell("ngọc lâm", year: 2024, month: 3)
                == RegisterScan.Cell(tally: tally(first: Tally(boys: 1), second: Tally(girls: 1)), rows: 2))
            #expect(scan.cell("ngọc lâm", year: 2024, month: 4)
                == RegisterScan.Cell(tally: tally(thirdOrLater: Tally(boys: 1)), rows: 1))
            #expect(scan.cell("gia thụy", year: 2024, month: 4)
                == RegisterScan.Cell(tally: tally(first: Tally(girls: 1), unknown: Tally(girls: 1)), rows: 2))
            #expect(scan.cell("bồ đề", year: 2023, month: 12)
                == RegisterScan.Cell(tally: tally(thirdOrLater: Tally(boys: 1)), rows: 1))
        }

        @Test func everyBirthRowRejectionIsCountedWithItsLocationAndField() throws {
            let file = fixture("births-bad-rows-every-reason.csv")
            let (scan, rejections) = try read(["births-bad-rows-every-reason.csv"])
            #expect(scan.rowsRead == 13)
            #expect(scan.rejectedByReason == [.fields: 2, .unit: 1, .date: 3, .sex: 3, .duplicate: 1])
            #expect(scan.rowsRejected == 10)
            #expect(scan.rowsUsed == 3)
            #expect(scan.isBalanced)
            func at(_ line: Int, _ column: Int) -> Location { Location(file: file, line: line, column: column) }
            let expected = [
                Rejection(reason: .fields, problem: .fieldCount(found: 6, expected: 5), location: at(3, 6), field: nil),
                Rejection(reason: .unit, problem: .emptyUnit, location: at(4, 2), field: nil),
                Rejection(reason: .date, problem: .nonexistentDate, location: at(5, 3), field: "31/02/2024"),
                Rejection(reason: .date, problem: .twoDigitYear, location: at(6, 3), field: "15/03/24"),
                Rejection(reason: .date, problem: .emptyDate, location: at(7, 3), field: nil),
                Rejection(reason: .sex, problem: .unknownSex, location: at(8, 4), field: "X"),
                Rejection(reason: .sex, problem: .emptySex, location: at(9, 4), field: nil),
                Rejection(reason: .duplicate, problem: .duplicateID(firstSeen: Location(file: file, line: 2)),
                          location: at(10, 1), field: "1"),
                Rejection(reason: .fields, problem: .fieldCount(found: 3, expected: 5), location: at(11, 4), field: nil),
                Rejection(reason: .sex, problem: .unknownSex, location: at(15, 4), field: "?"),
            ]
            #expect(rejections == expected)
            #expect(scan.firstRejections == expected)
            // Gia Thuy's rows were all rejected, so it is not a unit; the multi-line note did not break row 13.
            #expect(scan.units.map(\.name) == ["Ngoc Lam", "Bo De"])
            #expect(scan.tally(of: "ngoc lam") == Tally(boys: 1, girls: 0))
            #expect(scan.tally(of: "bo de") == Tally(boys: 1, girls: 1))
        }

        @Test func oversizedFieldRejectsItsRowForFieldsAndNamesItsColumn() throws {
            let file = fixture("long-field.csv")
            let (scan, rejections) = try read(["long-field.csv"], settings: ReadSettings(maximumFieldLength: 12))
            #expect(scan.rowsRead == 2)
            #expect(scan.rejectedByReason == [.fields: 1])
            #expect(rejections == [Rejection(reason: .fields, problem: .fieldTooLong(limit: 12),
                                             location: Location(file: file, line: 2, column: 4), field: nil)])
            #expect(scan.units.map(\.name) == ["Gia Thụy"])
            #expect(scan.isBalanced)
        }

        @Test func unclosedQuoteCostsOnlyTheRowItOpened() throws {
            // SPEC: the row is rejected for fields and reading goes on from the line after its first.
            let file = fixture("unterminated-quote.csv")
            let (scan, rejections) = try read(["unterminated-quote.csv"])
            #expect(scan.rowsRead == 2)
            #expect(scan.rowsUsed == 1)
            #expect(rejections == [Rejection(reason: .fields, problem: .unclosedQuote,
                                             location: Location(file: file, line: 2), field: nil)])
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 0, girls: 1))
            #expect(scan.warnings.isEmpty)
        }

        @Test func blankLinesBeforeTheHeaderDoNotHideItsDelimiter() throws {
            // SPEC: blank lines are skipped; the delimiter is detected from the header line.
            let (scan, rejections) = try read(["blank-lines-before-semicolon-header.csv"])
            #expect(scan.rowsRead == 1)
            #expect(rejections.isEmpty)
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 1, girls: 0))
        }

        // MARK: Count sheets

        @Test func countSheetWithYearAndMonthColumns() throws {
            let file = fixture("count-sheet-year-month.csv")
            let (scan, rejections) = try read(["count-sheet-year-month.csv"])
            #expect(scan.rowsRead == 8)
            #expect(scan.rejectedByReason == [.date: 2, .count: 2])
            #expect(scan.rowsUsed == 4)
            #expect(scan.isBalanced)
            #expect(rejections.map(\.location.line) == [5, 6, 7, 8])
            #expect(Array(rejections.dropFirst()) == [
                Rejection(reason: .count, problem: .invalidCount,
                          location: Location(file: file, line: 6, column: 4), field: "-1"),
                Rejection(reason: .count, problem: .invalidCount,
                          location: Location(file: file, line: 7, column: 5), field: "x"),
                Rejection(reason: .date, problem: .unreadablePeriod,
                          location: Location(file: file, line: 8, column: 2), field: "20x4"),
            ])
            #expect(scan.units.map(\.name) == ["Ngọc Lâm", "Gia Thụy", "Bồ Đề"])
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 21, girls: 21))
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 7, girls: 7))
            #expect(scan.tally(of: "bồ đề") == Tally(boys: 6, girls: 5))
            #expect(scan.cell("ngọc lâm", year: 2024, month: 2)
                == RegisterScan.Cell(tally: tally(unknown: Tally(boys: 9, girls: 11)), rows: 1))
            #expect(scan.cell("bồ đề", year: 2024, month: 3)
                == RegisterScan.Cell(tally: tally(unknown: Tally(boys: 6, girls: 5)), rows: 1))
            #expect(scan.cells.count == 4)
        }

        @Test func nonexistentMonthPointsAtTheMonthColumn() throws {
            // Line 5 is "Bồ Đề,2024,13,5,5": the offending field is the month, column 3.
            let file = fixture("count-sheet-year-month.csv")
            let (_, rejections) = try read(["count-sheet-year-month.csv"])
            #expect(rejections.first == Rejection(reason: .date, problem: .unreadablePeriod,
                                                  location: Location(file: file, line: 5, column: 3), field: "13"))
        }

        @Test func countSheetWithAYearColumnAloneGivesWholeYears() throws {
            // SPEC "Two shapes": a `year` column alone is a count for the whole year.
            let (scan, rejections) = try read(["count-sheet-year-without-month.csv"])
            #expect(rejections.isEmpty)
            #expect(scan.cell("ngọc lâm", year: 2024, month: 0)?.tally.total == Tally(boys: 5, girls: 4))
        }

        @Test func emptyMonthIsTheWholeYear() throws {
            let text = "phường;năm;tháng;số trẻ trai;số trẻ gái\nBồ Đề;2023;;100;90\nBồ Đề;2024;3;9;8\nBồ Đề;2024;13;1;1\n"
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "a.csv", bytes: Array(text.utf8))])
            #expect(scan.cell("bồ đề", year: 2023, month: 0)?.tally.total == Tally(boys: 100, girls: 90))
            #expect(scan.cell("bồ đề", year: 2024, month: 3)?.tally.total == Tally(boys: 9, girls: 8))
            #expect(scan.rejectedByReason == [.date: 1])
        }

        @Test func countSheetWithPeriodColumnInEveryForm() throws {
            let file = fixture("count-sheet-period-column-semicolon.csv")
            let (scan, rejections) = try read(["count-sheet-period-column-semicolon.csv"])
            #expect(scan.rowsRead == 5)
            #expect(rejections == [Rejection(reason: .date, problem: .unreadablePeriod,
                                             location: Location(file: file, line: 5, column: 2), field: "2024-13")])
            #expect(scan.isBalanced)
            #expect(scan.cell("ngọc lâm", year: 2024, month: 1)?.tally.total == Tally(boys: 10, girls: 9))
            #expect(scan.cell("ngọc lâm", year: 2024, month: 2)?.tally.total == Tally(boys: 11, girls: 10))
            #expect(scan.cell("gia thụy", year: 2023, month: 0)?.tally.total == Tally(boys: 100, girls: 90))
            #expect(scan.cell("gia thụy", year: 2024, month: 3)?.tally.total == Tally(boys: 2, girls: 3))
            #expect(scan.cells.count == 4)
        }

        // MARK: Encodings

        @Test func utf16LittleEndianTabFileIsRead() throws {
            let (scan, rejections) = try read(["utf16le-tab.txt"])
            #expect(scan.rowsRead == 3)
            #expect(rejections.isEmpty)
            #expect(scan.warnings.withoutDateOrderNotes.isEmpty)
            #expect(scan.units.map(\.name) == ["Đức Giang", "Việt Hưng 😀"])
            #expect(scan.tally(of: "đức giang") == Tally(boys: 1, girls: 1))
            #expect(scan.tally(of: "việt hưng 😀") == Tally(boys: 1, girls: 0))
            #expect(scan.cell("đức giang", year: 2024, month: 2)?.rows == 2)
        }

        @Test func utf16BigEndianFileIsRead() throws {
            let (scan, _) = try read(["utf16be-comma.csv"])
            #expect(scan.rowsRead == 1)
            #expect(scan.units.map(\.name) == ["Thạch Bàn"])
            #expect(scan.cell("thạch bàn", year: 2024, month: 5)?.tally.total == Tally(boys: 0, girls: 1))
        }

        @Test func windows1258FileIsReadAndWarnedFromItsFirstLine() throws {
            let file = fixture("cp1258-semicolon.csv")
            let (scan, rejections) = try read(["cp1258-semicolon.csv"])
            #expect(scan.rowsRead == 2)
            #expect(rejections.isEmpty)
            // Separate tone marks are composed: both spellings are one ward, shown in NFC.
            #expect(scan.units.map(\.key) == ["đức giang"])
            #expect(scan.units.map { Array($0.name.unicodeScalars) } == [Array("Phường Đức Giang".unicodeScalars)])
            #expect(scan.tally(of: "đức giang") == Tally(boys: 1, girls: 1))
            #expect(scan.warnings.withoutDateOrderNotes == [.notUTF8(Location(file: file, line: 1))])
        }

        @Test func windows1258WarningNamesTheFirstLineThatIsNotUTF8EvenInAnIgnoredColumn() throws {
            // Line 2's note ("Khỏe") is the file's first byte that is not UTF-8; line 3's ward is the second.
            let file = fixture("cp1258-first-in-ignored-column.csv")
            let (scan, _) = try read(["cp1258-first-in-ignored-column.csv"])
            #expect(scan.rowsRead == 2)
            #expect(scan.units.map(\.name) == ["Ngoc Lam", "Đức Giang"])
            #expect(scan.warnings.withoutDateOrderNotes == [.notUTF8(Location(file: file, line: 2))])
        }

        // MARK: Several files, overrides, errors

        @Test func duplicateIdAcrossTwoFilesKeepsTheFirst() throws {
            let first = fixture("ids-first-file.csv"), second = fixture("ids-second-file.csv")
            let (scan, rejections) = try read(["ids-first-file.csv", "ids-second-file.csv"])
            #expect(scan.files == [first, second])
            #expect(scan.rowsRead == 4)
            #expect(scan.rejectedByReason == [.duplicate: 1])
            #expect(rejections == [Rejection(reason: .duplicate,
                                             problem: .duplicateID(firstSeen: Location(file: first, line: 2)),
                                             location: Location(file: second, line: 3, column: 1), field: "A1")])
            #expect(scan.units.map(\.name) == ["Ngọc Lâm"])
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 1, girls: 2))
            #expect(scan.isBalanced)
        }

        @Test func filesOfDifferentDelimitersAndShapesAreReadAsOneRegister() throws {
            let counts = fixture("count-sheet-period-column-semicolon.csv")
            let (scan, rejections) = try read(["births-2023-2024.csv", "count-sheet-period-column-semicolon.csv"])
            #expect(scan.rowsRead == 10)
            #expect(rejections.map(\.location) == [Location(file: counts, line: 5, column: 2)])
            #expect(scan.isBalanced)
            #expect(scan.units.map(\.name) == ["Ngọc Lâm", "Gia Thụy", "Bồ Đề"])
            // Births 1 + 1; counts 10 + 11 boys, 9 + 10 girls.
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 22, girls: 20))
            // Births 1 + 1; counts 100 + 2 boys, 90 + 3 girls.
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 103, girls: 94))
        }

        @Test func missingUnitColumnThrows() {
            let file = fixture("unusual-headers.csv")
            #expect(throws: SRBError.missingColumn(Location(file: file, line: 1), role: .unit)) {
                try read(["unusual-headers.csv"])
            }
        }

        @Test func columnOverrideNamesUnusualHeaders() throws {
            let settings = ReadSettings(columnOverrides: [.unit: "Địa bàn", .date: "NGAY DE"])
            let (scan, rejections) = try read(["unusual-headers.csv"], settings: settings)
            #expect(scan.rowsRead == 2)
            #expect(rejections.isEmpty)
            #expect(scan.units.map(\.name) == ["Ngọc Lâm", "Gia Thụy"])
            #expect(scan.cell("ngọc lâm", year: 2024, month: 1)?.tally.total == Tally(boys: 1, girls: 0))
            #expect(scan.cell("gia thụy", year: 2024, month: 1)?.tally.total == Tally(boys: 0, girls: 1))
        }

        @Test func columnOverrideWithAbsentHeaderThrows() {
            let file = fixture("unusual-headers.csv")
            let settings = ReadSettings(columnOverrides: [.unit: "Tổ dân phố"])
            #expect(throws: SRBError.overriddenColumnNotFound(Location(file: file, line: 1), role: .unit, header: "Tổ dân phố")) {
                try read(["unusual-headers.csv"], settings: settings)
            }
        }

        @Test(arguments: ["empty.csv", "blank-lines-only.csv"])
        func fileWithoutHeaderThrowsNoHeader(name: String) {
            #expect(throws: SRBError.noHeader(file: fixture(name), reason: .empty)) {
                try read([name])
            }
        }

        @Test func nonexistentFileThrowsCannotOpen() {
            let path = fixture("no-such-register.csv")
            let error = #expect(throws: SRBError.self) {
                try RegisterReader(settings: ReadSettings()).read([.file(path)])
            }
            guard case .cannotOpen(let named, let reason) = error else {
                Issue.record("expected cannotOpen, got \(String(describing: error))")
                return
            }
            #expect(named == path)
            #expect(reason == .notFound)
        }

        @Test func directoryThrowsCannotOpen() {
            let path = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
            let error = #expect(throws: SRBError.self) {
                try RegisterReader(settings: ReadSettings()).read([.file(path)])
            }
            #expect(error == .cannotOpen(path: path, reason: .isDirectory))
        }

        // MARK: An explicit period

        @Test func explicitPeriodCountsOutsideRowsAndStillRegistersTheirUnits() throws {
            let (scan, _) = try read(["births-2023-2024.csv"], settings: ReadSettings(period: Period.year(2024)))
            #expect(scan.rowsRead == 5)
            #expect(scan.rowsOutsidePeriod == 2)
            #expect(scan.rowsRejected == 0)
            #expect(scan.rowsUsed == 3)
            #expect(scan.isBalanced)
            // Gia Thụy's births are all in 2023, yet it is a unit (SPEC: it appears with no births).
            #expect(scan.units.map(\.name) == ["Ngọc Lâm", "Gia Thụy", "Bồ Đề"])
            #expect(scan.tally(of: "gia thụy") == Tally())
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 1, girls: 1))
            #expect(scan.tally(of: "bồ đề") == Tally(boys: 0, girls: 1))
        }

        @Test func withoutPeriodEveryUsableRowIsKept() throws {
            let (scan, _) = try read(["births-2023-2024.csv"])
            #expect(scan.rowsOutsidePeriod == 0)
            #expect(scan.rowsUsed == 5)
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 1, girls: 1))
        }

        @Test func countRowStraddlingThePeriodIsOutsideAndWarned() throws {
            let period = Period(parsing: "2023-07..2024-01")!
            let (scan, _) = try read(["count-sheet-period-column-semicolon.csv"], settings: ReadSettings(period: period))
            #expect(scan.rowsRead == 5)
            #expect(scan.rowsRejected == 1)
            // In: Ngọc Lâm 2024-01. Out: 02/2024, 3/2024, and Gia Thụy's whole 2023, which straddles July.
            #expect(scan.rowsUsed == 1)
            #expect(scan.rowsOutsidePeriod == 3)
            #expect(scan.isBalanced)
            #expect(scan.warnings == [.countRowsStraddlePeriod(count: 1)])
            #expect(scan.units.map(\.name) == ["Ngọc Lâm", "Gia Thụy"])
            #expect(scan.tally(of: "gia thụy") == Tally())
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 10, girls: 9))
        }

        @Test func explicitDayRangeIncludesBothEnds() throws {
            let period = Period(from: day(2023, 12, 31), to: day(2024, 3, 1))!
            let (scan, _) = try read(["births-2023-2024.csv"], settings: ReadSettings(period: period))
            // In: 2024-03-01 and 2023-12-31. Out: 2024-03-02, 2023-06-01, 2024-03-03.
            #expect(scan.rowsUsed == 2)
            #expect(scan.rowsOutsidePeriod == 3)
            #expect(scan.tally(of: "ngọc lâm") == Tally(boys: 1, girls: 0))
            #expect(scan.tally(of: "gia thụy") == Tally(boys: 1, girls: 0))
        }
    }
}
