import Testing
@testable import SRBKit

extension AnalysisTests {
    /// Reports made from tiny registers read with `RegisterReader`: every row read
    /// ends in exactly one place (SPEC "Nothing is lost").
    @Suite struct ReportFromRegisterTests {
        private static let register = """
            ward,birth_date,sex,id
            Bồ Đề,2024-01-05,Nam,1
            Bồ Đề,2024-02-05,Nữ,2
            Cự Khối,2023-12-31,Nam,3
            Cự Khối,31/02/2024,Nam,4
            Cự Khối,2024-03-01,X,5
            Bồ Đề,2024-03-01,Nam,1
            Bồ Đề,2024-03-01,Nam
            ,2024-03-01,Nam,6
            Cự Khối,2024-06-30,trai,7
            Cự Khối,2024-07-01,gái,8

            """

        private func read(_ text: String, settings: ReadSettings = ReadSettings()) throws -> RegisterScan {
            let folder = try AnalysisTemporaryFolder()
            let path = try folder.write("so-sinh.csv", text)
            return try RegisterReader(settings: settings).read([.file(path)])
        }

        @Test func everyRowReadEndsInExactlyOnePlace() throws {
            let report = try Report(scan: try read(Self.register), settings: ReportSettings())
            let input = report.input
            // 10 data rows: 4 used in 2024, 1 in 2023, 5 rejected.
            #expect(input.rowsRead == 10)
            #expect(input.rowsUsed == 4)
            #expect(input.rowsOutsidePeriod == 1)
            #expect(input.rowsRejected == 5)
            #expect(input.rejectedByReason == [.fields: 1, .unit: 1, .date: 1, .sex: 1, .count: 0, .duplicate: 1, .total: 0])
            #expect(input.rowsRead == input.rowsUsed + input.rowsOutsidePeriod + input.rowsRejected)
            #expect(report.period == Period.year(2024))
        }

        @Test func periodGivenWhileReadingIsStillBalanced() throws {
            let q1 = AnalysisScanBuilder.period((2024, 1, 1), (2024, 3, 31))
            let scan = try read(Self.register, settings: ReadSettings(period: q1))
            let report = try Report(scan: scan, settings: ReportSettings(period: q1))
            let input = report.input
            // Used in Q1: Bồ Đề 5 Jan, 5 Feb. Outside: 2023-12-31, 2024-06-30, 2024-07-01.
            #expect(input.rowsRead == 10)
            #expect(input.rowsUsed == 2)
            #expect(input.rowsOutsidePeriod == 3)
            #expect(input.rowsRejected == 5)
            #expect(report.total.tally == Tally(boys: 1, girls: 1))
            // Cự Khối was seen in usable rows, all outside Q1.
            #expect(report.units.map(\.unit.name) == ["Bồ Đề", "Cự Khối"])
            #expect(report.units[1].status == .noBirths)
        }

        @Test func yearCountRowIsUsedInItsYearAndOutsideAQuarter() throws {
            let counts = """
                ward,period,boys,girls
                Bồ Đề,2024,120,100
                Bồ Đề,2024-05,3,2
                Bồ Đề,2024-13,3,2

                """
            let year = try Report(scan: try read(counts), settings: ReportSettings(period: Period.year(2024)))
            #expect(year.total.tally == Tally(boys: 123, girls: 102))
            #expect(year.input.rowsUsed == 2)
            #expect(year.input.rejectedByReason[.date] == 1)

            let q2 = AnalysisScanBuilder.period((2024, 4, 1), (2024, 6, 30))
            let quarter = try Report(scan: try read(counts), settings: ReportSettings(period: q2))
            #expect(quarter.total.tally == Tally(boys: 3, girls: 2))
            #expect(quarter.input.rowsUsed == 1)
            #expect(quarter.input.rowsOutsidePeriod == 1)
            #expect(quarter.input.isBalanced)
        }

        private static let daysAroundTheMonthEdge = """
            ward,birth_date,sex
            Bồ Đề,2024-01-10,Nam
            Bồ Đề,2024-01-20,Nam
            Bồ Đề,2024-02-10,Nữ
            Bồ Đề,2024-02-20,Nữ
            Bồ Đề,2024-03-15,Nam

            """

        @Test func dayRangePeriodUsesTheBirthsInsideIt() throws {
            // As `srb report --period 2024-01-15..2024-02-14` reads and reports: 20 Jan and
            // 10 Feb are inside; 10 Jan, 20 Feb and 15 Mar are outside.
            let days = AnalysisScanBuilder.period((2024, 1, 15), (2024, 2, 14))
            let scan = try read(Self.daysAroundTheMonthEdge, settings: ReadSettings(period: days))
            let report = try Report(scan: scan, settings: ReportSettings(period: days))
            #expect(report.total.tally == Tally(boys: 1, girls: 1))
            #expect(report.input.rowsUsed == 2)
            #expect(report.input.rowsOutsidePeriod == 3)
            #expect(report.units.first?.status == .ok)
        }

        @Test func singleDayPeriodUsesTheBirthsOfThatDay() throws {
            // `--period 2024-03-15`: one boy that day.
            let day = AnalysisScanBuilder.period((2024, 3, 15), (2024, 3, 15))
            let scan = try read(Self.daysAroundTheMonthEdge, settings: ReadSettings(period: day))
            let report = try Report(scan: scan, settings: ReportSettings(period: day))
            #expect(report.total.tally == Tally(boys: 1, girls: 0))
            #expect(report.input.rowsUsed == 1)
            #expect(report.input.rowsOutsidePeriod == 4)
        }

        @Test func monthRangePeriodGivenWhileReadingUsesWholeMonths() throws {
            let months = AnalysisScanBuilder.period((2024, 1, 1), (2024, 2, 29))
            let scan = try read(Self.daysAroundTheMonthEdge, settings: ReadSettings(period: months))
            let report = try Report(scan: scan, settings: ReportSettings(period: months))
            #expect(report.total.tally == Tally(boys: 2, girls: 2))
            #expect(report.input.rowsUsed == 4)
            #expect(report.input.rowsOutsidePeriod == 1)
        }

        @Test func registerWithEveryRowRejectedHasNoUsableRow() throws {
            let scan = try read("ward,birth_date,sex\nBồ Đề,2024-01-05,?\nCự Khối,,Nam\n")
            #expect(throws: SRBError.noUsableRow) {
                try Report(scan: scan, settings: ReportSettings())
            }
        }
    }
}
