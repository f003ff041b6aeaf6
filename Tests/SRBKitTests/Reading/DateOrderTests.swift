import Foundation
import Testing
@testable import SRBKit

/// September's births written `month/day/year`, in registration order (not by date).
private func septemberMonthFirst(days: [Int]) -> String {
    "ward,date,sex\n" + days.map { "Bồ Đề,9/\($0)/2024,\($0 % 2 == 0 ? "M" : "F")\n" }.joined()
}

private func read(_ files: [(String, String)], order: DateOrder = .auto) throws -> (scan: RegisterScan, rejections: [Rejection]) {
    var rejections: [Rejection] = []
    let sources = files.map { InputSource.memory(name: $0.0, bytes: Array($0.1.utf8)) }
    let scan = try RegisterReader(settings: ReadSettings(dateOrder: order)).read(sources) { rejections.append($0) }
    return (scan, rejections)
}

/// Reads `text` through a named pipe (read once, like standard input), with
/// `settings`; the pipe's path is the file name in messages.
private func readThroughPipe(_ text: String, settings: ReadSettings = ReadSettings())
    throws -> (scan: RegisterScan, rejections: [Rejection], path: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("so-sinh.csv").path
    try #require(mkfifo(path, 0o600) == 0)
    let bytes = Data(text.utf8)
    let writer = Thread {
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.write(bytes)
        try? handle.close()
    }
    writer.start()
    var rejections: [Rejection] = []
    let scan = try RegisterReader(settings: settings).read([.file(path)]) { rejections.append($0) }
    return (scan, rejections, path)
}

/// Three births of 2024 written month first (03/15, 04/20, 05/01): only the
/// first two tell, and only month first reads them.
private let monthFirstRegister = "ward,date,sex\nA,03/15/2024,m\nA,04/20/2024,f\nA,05/01/2024,m\n"

extension Reading {
    /// SPEC `--date-order auto`: day first unless a file's dates show month first.
    @Suite struct DateOrderTests {
        @Test func monthFirstExportIsReadMonthFirstAndSaysSo() throws {
            let days = [3, 27, 1, 15, 8, 30, 12, 13, 2, 21]
            let (scan, rejections) = try read([("thang-09.csv", septemberMonthFirst(days: days))])
            #expect(rejections.isEmpty)
            #expect(scan.rowsUsable == days.count)
            #expect(Set(scan.cells.keys.map(\.bucket)) == [RegisterScan.TimeBucket(year: 2024, month: 9)])
            // The first date whose second number is above 12: 9/27/2024 on line 3.
            #expect(scan.warnings == [.datesReadMonthFirst(SourceLocation(file: "thang-09.csv", line: 3), field: "9/27/2024")])
        }

        @Test func oneDayAboveTwelveFirstMakesTheFileDayFirst() throws {
            // 13/9 is day first; 9/15 then does not exist and is rejected.
            let text = "ward,date,sex\nA,9/3/2024,M\nA,13/9/2024,F\nA,9/15/2024,M\n"
            let (scan, rejections) = try read([("mixed.csv", text)])
            #expect(scan.warnings == [.datesReadDayFirst(SourceLocation(file: "mixed.csv", line: 3), field: "13/9/2024")])
            #expect(rejections.map(\.location.line) == [4])
            #expect(rejections.first?.problem == .nonexistentDate)
            #expect(scan.cell("a", year: 2024, month: 3) != nil)  // 9/3 read as 9 March
        }

        @Test func datesThatCouldBeEitherAreReadDayFirstWithANote() throws {
            let (scan, _) = try read([("dau-thang.csv", septemberMonthFirst(days: [1, 2, 3]))])
            #expect(scan.cell("bồ đề", year: 2024, month: 1) != nil)  // 9/1 read as 9 January
            #expect(scan.warnings == [.datesCouldBeEitherOrder(SourceLocation(file: "dau-thang.csv", line: 2), field: "9/1/2024")])
        }

        @Test func eachFileChoosesItsOwnOrder() throws {
            let dayFirst = "ward,date,sex\nA,15/09/2024,M\nA,03/09/2024,F\n"
            let (scan, rejections) = try read([("a.csv", dayFirst), ("b.csv", septemberMonthFirst(days: [3, 15]))])
            #expect(rejections.isEmpty)
            #expect(scan.cell("a", year: 2024, month: 9)?.rows == 2)
            #expect(scan.cell("bồ đề", year: 2024, month: 9)?.rows == 2)
            #expect(scan.warnings == [.datesReadDayFirst(SourceLocation(file: "a.csv", line: 2), field: "15/09/2024"),
                                      .datesReadMonthFirst(SourceLocation(file: "b.csv", line: 3), field: "9/15/2024")])
        }

        @Test func dayFirstIsToldAsInformationNamingTheDateThatSettledIt() throws {
            let text = "ward,date,sex\nA,13/05/2024,m\nA,04/02/2024,f\n"
            let (scan, rejections) = try read([("dmy.csv", text)])
            #expect(rejections.isEmpty)
            #expect(scan.cell("a", year: 2024, month: 2) != nil)  // 04/02 read as 4 February
            let note = ReadWarning.datesReadDayFirst(SourceLocation(file: "dmy.csv", line: 2), field: "13/05/2024")
            #expect(scan.warnings == [note])
            #expect(note.isInformation)
            #expect(Diagnostics(language: .en).message(for: note)
                    == "dmy.csv: dates are read day first (dmy, DD/MM/YYYY): line 2 has '13/05/2024'")
        }

        @Test func monthFirstStaysAWarningAndNamesMdy() throws {
            let (scan, _) = try read([("mdy.csv", monthFirstRegister)])
            let warning = try #require(scan.warnings.first)
            #expect(scan.warnings == [.datesReadMonthFirst(SourceLocation(file: "mdy.csv", line: 2), field: "03/15/2024")])
            #expect(!warning.isInformation)
            #expect(Diagnostics(language: .en).message(for: warning)
                    == "mdy.csv: dates are read month first (mdy, MM/DD/YYYY): line 2 has '03/15/2024' and no date has a day above 12 first; to read them day first, use --date-order dmy")
        }

        @Test(arguments: [DateOrder.dmy, .mdy, .ymd])
        func aForcedOrderSaysNothingOfTheOrder(order: DateOrder) throws {
            let (scan, _) = try read([("dmy.csv", "ward,date,sex\nA,13/05/2024,m\n"), ("mdy.csv", monthFirstRegister)], order: order)
            #expect(scan.warnings.isEmpty)
        }

        @Test(.timeLimit(.minutes(1)))
        func aPipedMonthFirstRegisterIsReadMonthFirstLikeAFile() throws {
            let (scan, rejections, path) = try readThroughPipe(monthFirstRegister)
            #expect(rejections.isEmpty)
            #expect(scan.rowsUsed == 3)
            #expect(scan.cell("a", year: 2024, month: 3)?.rows == 1)
            #expect(scan.cell("a", year: 2024, month: 4)?.rows == 1)
            #expect(scan.cell("a", year: 2024, month: 5)?.rows == 1)
            #expect(scan.warnings == [.datesReadMonthFirst(SourceLocation(file: path, line: 2), field: "03/15/2024")])
        }

        @Test(.timeLimit(.minutes(1)))
        func aPipedDayFirstRegisterSaysDayFirst() throws {
            let (scan, rejections, path) = try readThroughPipe("ward,date,sex\nA,04/02/2024,f\nA,13/05/2024,m\n")
            #expect(rejections.isEmpty)
            #expect(scan.warnings == [.datesReadDayFirst(SourceLocation(file: path, line: 3), field: "13/05/2024")])
        }

        @Test(.timeLimit(.minutes(1)))
        func aPipeOfExactlyTheMemoryLimitIsStillHeld() throws {
            var settings = ReadSettings()
            settings.streamMemoryLimit = monthFirstRegister.utf8.count
            let (scan, rejections, _) = try readThroughPipe(monthFirstRegister, settings: settings)
            #expect(rejections.isEmpty)
            #expect(scan.rowsUsed == 3)
        }

        @Test(.timeLimit(.minutes(1)))
        func aPipeLongerThanTheMemoryLimitIsReadOnceDayFirstWithAWarning() throws {
            var settings = ReadSettings()
            settings.streamMemoryLimit = monthFirstRegister.utf8.count - 1
            let (scan, rejections, path) = try readThroughPipe(monthFirstRegister, settings: settings)
            // 03/15 and 04/20 are no day read day first; 05/01 is 5 January.
            #expect(rejections.map(\.location.line) == [2, 3])
            #expect(rejections.map(\.problem) == [.nonexistentDate, .nonexistentDate])
            #expect(scan.cell("a", year: 2024, month: 1)?.rows == 1)
            let warning = ReadWarning.datesLookMonthFirst(SourceLocation(file: path, line: 2), field: "03/15/2024")
            #expect(scan.warnings == [warning])
            #expect(Diagnostics(language: .en).message(for: warning)
                    == "\(path): dates look month first (line 2: '03/15/2024') but were read day first (dmy, DD/MM/YYYY), as standard input or a pipe over 256 MiB is read once; run again with --date-order mdy")
        }

        @Test func isoDatesTellNothingAndNeedNoNote() throws {
            let (scan, _) = try read([("iso.csv", "ward,date,sex\nA,2024-09-01,M\nA,2024-09-02,F\n")])
            #expect(scan.warnings.isEmpty)
        }

        @Test func aForcedOrderIsNeverSecondGuessed() throws {
            let (scan, rejections) = try read([("thang-09.csv", septemberMonthFirst(days: [3, 27]))], order: .dmy)
            #expect(scan.warnings.isEmpty)
            #expect(rejections.map(\.problem) == [.nonexistentDate])
        }

        @Test(arguments: [("9/15/2024", 9, 15), ("15.09.2024", 15, 9), ("1-2-2024", 1, 2)])
        func dayMonthNumbersAreTheFirstTwo(text: String, first: Int, second: Int) {
            let numbers = Array(text.utf8).withUnsafeBufferPointer { FieldValues.dayMonthNumbers($0) }
            #expect(numbers?.first == first && numbers?.second == second)
        }

        @Test(arguments: ["2024-09-15", "2024/9/15", "15/9/24", "abc", "15/09-2024"])
        func otherFormsGiveNoDayMonthNumbers(text: String) {
            #expect(Array(text.utf8).withUnsafeBufferPointer { FieldValues.dayMonthNumbers($0) } == nil)
        }
    }
}
