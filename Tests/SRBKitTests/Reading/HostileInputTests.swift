import Testing
@testable import SRBKit

/// Reads a register given as text (as `so-sinh.csv`) and returns the scan and its rejections.
private func readRegister(_ text: String, settings: ReadSettings = ReadSettings()) throws -> (scan: RegisterScan, rejections: [Rejection]) {
    var rejections: [Rejection] = []
    let scan = try RegisterReader(settings: settings).read([.memory(name: "so-sinh.csv", bytes: Array(text.utf8))]) {
        rejections.append($0)
    }
    return (scan, rejections)
}

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day)! }

extension Reading {
    /// SPEC "Hostile and mistaken input".
    @Suite struct HostileInputTests {
        @Test func birthAfterTodayIsRejectedForDateAndDoesNotMoveTheLatestYear() throws {
            let text = "ward,date,sex\nA,15/03/2024,M\nA,15/03/2204,F\nA,2026-12-02,F\nA,2026-12-03,M\n"
            let (scan, rejections) = try readRegister(text, settings: ReadSettings(latestDate: day(2026, 12, 2)))
            #expect(rejections == [
                Rejection(reason: .date, problem: .afterLatestDate(day(2026, 12, 2)),
                          location: SourceLocation(file: "so-sinh.csv", line: 3, column: 2), field: "15/03/2204"),
                Rejection(reason: .date, problem: .afterLatestDate(day(2026, 12, 2)),
                          location: SourceLocation(file: "so-sinh.csv", line: 5, column: 2), field: "2026-12-03"),
            ])
            #expect(scan.lastDay == day(2026, 12, 2))
        }

        @Test func countRowWhosePeriodStartsAfterTodayIsRejectedButTheCurrentMonthIsNot() throws {
            let text = "ward,period,boys,girls\nA,2026-12,3,4\nA,2027-01,1,1\nA,2027,5,5\n"
            let (scan, rejections) = try readRegister(text, settings: ReadSettings(latestDate: day(2026, 12, 2)))
            #expect(rejections.map(\.location.line) == [3, 4])
            #expect(rejections.allSatisfy { $0.problem == .afterLatestDate(day(2026, 12, 2)) })
            #expect(scan.rowsRead == 3)
        }

        @Test func firstAndLastDaysRememberTheirRows() throws {
            let text = "ward,date,sex\nA,15/03/2024,M\nA,01/01/1024,F\nA,16/03/2024,F\nA,01/01/1024,M\n"
            let (scan, _) = try readRegister(text)
            #expect(scan.firstDay == day(1024, 1, 1))
            #expect(scan.firstDayLocation == SourceLocation(file: "so-sinh.csv", line: 3))
            #expect(scan.lastDayLocation == SourceLocation(file: "so-sinh.csv", line: 4))
        }

        @Test func unitLongerThan256BytesIsRejectedForUnit() throws {
            let long = String(repeating: "Phường ", count: 40)  // 320 bytes
            let (scan, rejections) = try readRegister("ward,date,sex\n\(long),01/01/2024,M\nB,01/01/2024,F\n")
            #expect(rejections.map(\.problem) == [.unitTooLong(limit: 256)])
            #expect(rejections[0].reason == .unit)
            #expect(rejections[0].field?.unicodeScalars.count == Rejection.quotedFieldLimit + 1)  // cut, with "…"
            #expect(scan.units.map(\.name) == ["B"])
        }

        @Test func wardOf32000CombiningMarksIsRejectedForUnitUnnormalised() throws {
            // The red team's input: ten such rows took 29 s to normalise.
            let marks = String(repeating: "\u{0301}", count: 32_000)
            var text = "ward,date,sex\n"
            for _ in 0..<10 { text += "a\(marks),01/01/2024,M\n" }
            text += "Bồ Đề,01/01/2024,F\n"
            let (scan, rejections) = try readRegister(text)
            #expect(rejections.count == 10)
            #expect(rejections.allSatisfy { $0.reason == .unit && $0.problem == .unitTooLong(limit: 256) })
            #expect(scan.units.map(\.name) == ["Bồ Đề"])
        }

        @Test func runOfMoreThan30CombiningMarksIsRejectedForUnit() throws {
            let name = { (count: Int) in "a" + String(repeating: "\u{0301}", count: count) }
            let (scan, rejections) = try readRegister("ward,date,sex\n\(name(31)),01/01/2024,M\n\(name(30)),01/01/2024,M\n")
            #expect(rejections.map(\.problem) == [.tooManyCombiningMarks(limit: 30)])
            #expect(rejections.map(\.location.line) == [2])
            #expect(scan.units.count == 1)  // thirty marks are a strange name, not a rejection
        }

        @Test func formatCharactersAreDroppedWhenNamesAreMatched() throws {
            // A zero-width space, a byte-order mark and a bidi override inside the same ward.
            let text = "ward,date,sex\nBồ Đề,01/01/2024,M\nBồ\u{200B} Đề,01/01/2024,F\n\u{FEFF}Bồ Đề\u{202E},01/01/2024,F\n"
            let (scan, rejections) = try readRegister(text)
            #expect(rejections.isEmpty)
            #expect(scan.units.map(\.name) == ["Bồ Đề"])
        }
    }
}
