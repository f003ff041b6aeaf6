import Testing
@testable import SRBKit

private typealias Support = ValidateTestSupport
private typealias Location = SRBKit.SourceLocation

extension ValidateTests {
    @Suite struct ValidationTests {
        @Test func gapsAreMonthsFarBelowAUsualMonthThatChanceDoesNotExplain() throws {
            let validation = try Support.validate([("so-sinh.csv", Support.monthly([
                // Median of the months with births: 20. March (2) and July (0) are below 5
                // and P(X ≤ 2 | 20) ≈ 4.6e-7: gaps. June (6) is not below a quarter.
                "Bồ Đề": [20, 21, 2, 19, 20, 6, 0, 22, 20, 18, 20, 20],
                // Median 3 (< 8): months without births are never judged.
                "Cự Khối": [3, 0, 4, 3, 0, 2, 3, 3, 5, 3, 3, 3],
                // Median 9: 2 births is below 9/4, but P(X ≤ 2 | 9) ≈ 0.0062 > 0.001: chance.
                // 0 births: P = e^-9 ≈ 0.00012: a gap.
                "Gia Thụy": [9, 9, 2, 9, 9, 9, 9, 0, 9, 9, 9, 9],
            ]))])
            #expect(validation.months.map(Validation.monthLabel) == (1...12).map { "2024-\($0 < 10 ? "0" : "")\($0)" })
            #expect(validation.units.map(\.unit.name) == ["Bồ Đề", "Cự Khối", "Gia Thụy"])
            #expect(validation.units.map(\.medianMonthlyBirths) == [20, 3, 9])
            #expect(validation.units.map(\.gapMonths) == [[2, 6], [], [7]])
            #expect(validation.units.map(\.births) == [188, 32, 92])
            #expect(validation.units.map(\.monthsWithBirths) == [11, 10, 11])
            #expect(validation.gapCount == 3)
        }

        @Test(arguments: [
            (0, 8.0, 0.000_335_462_627_902_511_8),  // e^-8
            (1, 8.0, 0.003_019_163_651_122_606),    // 9·e^-8
            (2, 9.0, 0.006_232_195_106_377_318),    // 50.5·e^-9
        ])
        func chanceOfSoFewBirthsIsThePoissonLowerTail(count: Int, mean: Double, expected: Double) {
            let chance = Validation.GapRule.chanceOfAtMost(count, mean: mean)
            #expect(abs(chance - expected) <= 1e-12 * expected)
        }

        @Test func medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
            #expect(Validation.median([]) == nil)
            #expect(Validation.median([7]) == 7)
            #expect(Validation.median([10, 2, 9, 30]) == 9.5)
        }

        @Test func sexSpellingsAreCountedAsWrittenAndSortedByRows() throws {
            let validation = try Support.validate([("so-sinh.csv", """
                ward,dob,sex
                Bồ Đề,2024-01-01,Nam
                Bồ Đề,2024-01-02, Nam
                Bồ Đề,2024-01-03,nam
                Bồ Đề,2024-01-04,Nữ
                Bồ Đề,2024-01-05,X
                Bồ Đề,2024-01-06,
                Bồ Đề,31/02/2024,Nam
                Bồ Đề,2024-01-07
                """)])
            // The row with a bad date still shows its sex; the row with too few fields does not.
            #expect(validation.sexSpellings == [
                RegisterScan.SexSpelling(spelling: "Nam", sex: .male, rows: 3),
                RegisterScan.SexSpelling(spelling: "", sex: nil, rows: 1),
                RegisterScan.SexSpelling(spelling: "Nữ", sex: .female, rows: 1),
                RegisterScan.SexSpelling(spelling: "X", sex: nil, rows: 1),
                RegisterScan.SexSpelling(spelling: "nam", sex: .male, rows: 1),
            ])
            #expect(validation.input.rejectedByReason == [.fields: 1, .unit: 0, .date: 1, .sex: 2, .count: 0, .duplicate: 0, .total: 0])
            #expect(validation.input.isBalanced)
        }

        @Test func onlyTheFirst64SpellingsAreListed() throws {
            var text = "ward,dob,sex\n"
            for number in 0..<70 { text += "Bồ Đề,2024-01-01,s\(number)\n" }
            text += "Bồ Đề,2024-01-01,s69\nBồ Đề,2024-01-01,s0\n"
            let validation = try Support.validate([("so-sinh.csv", text)])
            #expect(validation.sexSpellings.count == 64)
            #expect(validation.sexSpellings.first == RegisterScan.SexSpelling(spelling: "s0", sex: nil, rows: 2))
            #expect(validation.otherSexSpellingRows == 7)  // s64…s69, and s69 again
        }

        @Test func duplicateIdsAcrossFilesKeepBothPlaces() throws {
            let validation = try Support.validate([
                ("thang-1.csv", "id,ward,dob,sex\nA1,Bồ Đề,2024-01-30,M\nA2,Bồ Đề,2024-01-31,F\n"),
                ("thang-2.csv", "id,ward,dob,sex\nA2,Bồ Đề,2024-01-31,F\nA3,Bồ Đề,2024-02-01,M\nA1,Bồ Đề,2024-01-30,M\n"),
            ])
            #expect(validation.input.rejectedByReason[.duplicate] == 2)
            #expect(validation.duplicateExamples.map(\.field) == ["A2", "A1"])
            #expect(validation.duplicateExamples.map(\.location) == [Location(file: "thang-2.csv", line: 2, column: 1),
                                                                     Location(file: "thang-2.csv", line: 4, column: 1)])
            #expect(validation.duplicateExamples.map(\.problem) == [.duplicateID(firstSeen: Location(file: "thang-1.csv", line: 3)),
                                                                    .duplicateID(firstSeen: Location(file: "thang-1.csv", line: 2))])
            #expect(validation.units.map(\.births) == [3])
        }

        @Test func dateRangeAndAccountingFollowThePeriod() throws {
            let text = "ward,dob,sex\nBồ Đề,2023-12-31,M\nBồ Đề,2024-02-10,F\nBồ Đề,2024-05-03,M\nBồ Đề,2025-01-01,F\n"
            let whole = try Support.validate([("so-sinh.csv", text)])
            #expect(whole.period == nil)
            #expect(whole.firstDay == CalendarDay(year: 2023, month: 12, day: 31))
            #expect(whole.lastDay == CalendarDay(year: 2025, month: 1, day: 1))
            #expect(whole.months.count == 14)
            #expect(whole.input.rowsUsed == 4 && whole.input.rowsOutsidePeriod == 0)

            let year = try Support.validate([("so-sinh.csv", text)], period: "2024")
            #expect(year.firstDay == CalendarDay(year: 2024, month: 2, day: 10))
            #expect(year.lastDay == CalendarDay(year: 2024, month: 5, day: 3))
            #expect(year.months.count == 12)  // the period's months, quiet ones included
            #expect(year.input.rowsUsed == 2 && year.input.rowsOutsidePeriod == 2)
            #expect(year.input.isBalanced)
        }

        @Test func countSheetRangeRunsFromItsFirstToItsLastMonth() throws {
            let validation = try Support.validate([("so-dem.csv", "ward,period,boys,girls\nBồ Đề,03/2024,10,9\nBồ Đề,2024-05,11,12\nBồ Đề,2023,100,90\n")])
            #expect(validation.firstDay == CalendarDay(year: 2023, month: 1, day: 1))
            #expect(validation.lastDay == CalendarDay(year: 2024, month: 5, day: 31))
            #expect(validation.months.map(Validation.monthLabel) == ["2024-03", "2024-04", "2024-05"])
            #expect(validation.units.first?.monthlyBirths == [19, 0, 23])
            #expect(validation.units.first?.births == 42 + 190)
            #expect(validation.wholeYearRows == 1)
        }

        @Test func registryWardsWithoutBirthsAndUnknownUnitsAreListed() throws {
            let registry = try RegistryTestSupport.registry(RegistryTestSupport.longBien)
            let validation = try Support.validate([("so-sinh.csv", "ward,dob,sex\nBo De,2024-01-01,M\nPhuc Dongg,2024-01-02,F\n")],
                                                  registry: registry)
            #expect(validation.registryUnitCount == 3)
            #expect(validation.unitsWithBirths == 1)
            #expect(validation.registryUnitsWithoutBirths.map(\.name) == ["Cự Khối", "Phúc Đồng"])
            #expect(validation.registryUnitsWithoutBirths.map(\.code) == ["00154", "00151"])
            #expect(validation.unknownUnits == [RegisterScan.UnknownUnit(spelling: "Phuc Dongg", suggestion: "Phúc Đồng", rows: 1)])
            #expect(validation.units.count == 3)
        }

        @Test func byDistrictAddsTheMonthsOfItsWards() throws {
            let text = "ward,dob,sex,district\nA,2024-01-01,M,X\nB,2024-01-02,F,X\nC,2024-02-01,F,Y\n"
            let validation = try Support.validate([("so-sinh.csv", text)], level: .district)
            #expect(validation.units.map(\.unit.name) == ["X", "Y"])
            #expect(validation.units.map(\.monthlyBirths) == [[2, 0], [0, 1]])
            #expect(validation.unitsWithBirths == 3)
        }

        @Test func noUsableRowStillGivesAValidation() throws {
            let validation = try Support.validate([("so-sinh.csv", "ward,dob,sex\nBồ Đề,not a date,M\n")])
            #expect(validation.rowsUsable == 0)
            #expect(validation.units.isEmpty && validation.months.isEmpty)
            #expect(validation.firstDay == nil)
        }

        @Test func monthsAreCappedAtTwentyYears() {
            let buckets = [RegisterScan.TimeBucket(year: 1900, month: 1), RegisterScan.TimeBucket(year: 2024, month: 12)]
            let months = Validation.months(period: nil, buckets: buckets)
            #expect(months.count == Validation.maximumMonths)
            #expect(months.first == RegisterScan.TimeBucket(year: 2005, month: 1))
            #expect(months.last == RegisterScan.TimeBucket(year: 2024, month: 12))
        }
    }
}
