import Foundation
import Testing
@testable import SRBKit

/// The scan's tally of births by mother's age group (SPEC "Fertility"): which
/// column it reads, how it counts unknown ages, and that two threads count as one.
@Suite struct MotherAgeScanTests {
    private func scan(_ text: String, countsMotherAge: Bool = true, threads: Int = 1) throws -> RegisterScan {
        try scanCountingHalves(text, countsMotherAge: countsMotherAge, threads: threads).scan
    }

    private func scanCountingHalves(_ text: String, countsMotherAge: Bool = true,
                                    threads: Int) throws -> (scan: RegisterScan, mergedHalves: Int) {
        var settings = ReadSettings(threads: threads, minimumBytesToSplit: 0)
        settings.countsMotherAge = countsMotherAge
        return try withTemporaryFiles([Array(text.utf8)], prefix: "mother-") { sources in
            try RegisterReader(settings: settings).readCountingMergedHalves(sources, onRejection: nil)
        }
    }

    // Ages worked by hand: born 2024-03-10 to a mother born 1994-03-11 is 29 (her birthday not yet come), etc.
    @Test func birthDateIsPreferredAndGivesCompletedYears() throws {
        let register = """
        ward,birth_date,sex,mother_birth_year,mother_birth_date
        A,2024-03-10,M,1980,1994-03-11
        A,2024-03-11,F,1980,1994-03-11
        A,2024-06-01,F,1980,2011-01-01
        A,2024-06-02,M,1980,1970-01-01
        A,2024-06-03,M,1980,
        A,2024-06-04,M,1980,2024-01-01

        """
        let tally = try scan(register).ageTally.counts(.init(unit: 0, year: 2024))
        // 29 → 25-29; 30 → 30-34; 13 → 15-19 (UN convention); 54 → 45-49; empty and age 0 → unknown.
        #expect(tally.known == [.from15: 1, .from20: 0, .from25: 1, .from30: 1, .from35: 0, .from40: 0, .from45: 1])
        #expect(tally.unknown == 2)
    }

    @Test func birthYearThenAgeColumnsAreRead() throws {
        let byYear = try scan("ward;ngày sinh;giới tính;năm sinh mẹ\nA;01/02/2023;Nam;1999\nA;01/02/2023;Nữ;x\n")
        #expect(byYear.ageTally.counts(.init(unit: 0, year: 2023)).known[.from20] == 1)  // 2023 − 1999 = 24
        #expect(byYear.ageTally.counts(.init(unit: 0, year: 2023)).unknown == 1)
        let byAge = try scan("ward,date,sex,tuổi mẹ\nA,2022-05-05,F,35\nA,2022-05-06,F,\n")
        #expect(byAge.ageTally.counts(.init(unit: 0, year: 2022)).known[.from35] == 1)
        #expect(byAge.hasMotherAgeColumn)
    }

    @Test func otherCommandsLeaveTheColumnUnread() throws {
        let result = try scan("ward,date,sex,mother_age\nA,2022-05-05,F,35\n", countsMotherAge: false)
        #expect(result.ageTally.total == 0 && !result.hasMotherAgeColumn)
        #expect(result.rowsRead == 1 && result.rowsRejected == 0)
    }

    @Test func twoThreadsTallyAsOne() throws {
        var lines = ["ward,date,sex,mother_birth_year"]
        for row in 0..<20_000 {
            let date = "\(2020 + row % 5)-0\(1 + row % 9)-1\(row % 10)"
            let sex = row % 3 == 0 ? "F" : "M"
            let motherYear = row % 11 == 0 ? "" : String(1970 + row % 37)
            lines.append("W\(row % 7),\(date),\(sex),\(motherYear)")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let one = try scan(text, threads: 1)
        let (two, mergedHalves) = try scanCountingHalves(text, threads: 2)
        #expect(mergedHalves == 1)  // the second half really was read on a second thread and merged
        #expect(one.ageTally == two.ageTally)
        #expect(one.ageTally.total == 20_000)
        // Ages run from 2020 − 2006 = 14 to 2024 − 1970 = 54: only the empty cells are unknown.
        #expect(one.ageTally.totalUnknown == (0..<20_000).filter { $0 % 11 == 0 }.count)
    }
}
