import Testing
@testable import SRBKit

extension ProgressTests {
    /// `report --by-order` in csv/tsv: SPEC's columns first and in order, then
    /// `order`; each unit's row (order empty) followed by its order rows.
    @Suite struct ReportByOrderDelimitedTests {
        @Test func orderColumnComesLastAfterTheUnitRow() throws {
            var tally = OrderedTally()
            tally[.first] = Tally(boys: 10, girls: 8)
            tally[.thirdOrLater] = Tally(boys: 7, girls: 3)
            let scan = AnalysisScanBuilder.scan(
                wards: [AnalysisScanBuilder.Ward(name: "Bồ Đề", district: "Long Biên")],
                births: [AnalysisScanBuilder.Births(ward: 0, year: 2024, month: 2, tally: tally, rows: 28)])
            let report = try Report(scan: scan, settings: ReportSettings(splitsByBirthOrder: true))
            let csv = ReportRenderer(options: RenderOptions()).render(report, as: .csv)
            let records = RenderingTestSupport.parseDelimited(csv)
            #expect(records[0] == ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low",
                                   "ci_high", "status", "order"])
            #expect(records.count == 1 + 5 + 5)
            #expect(records[1...5].map { $0[11] } == ["", "1", "2", "3+", "unknown"])
            #expect(records[1...5].allSatisfy { $0[1] == "Bồ Đề" && $0[2] == "ward" && $0[3] == "Long Biên" })
            #expect(records[1][4...6] == ["28", "17", "11"])
            #expect(records[2][4...6] == ["18", "10", "8"])
            #expect(records[3][4...6] == ["0", "0", "0"] && records[3][10] == "no_births")
            // 7 boys, 3 girls: SRB 700/3.
            #expect(records[4][4...6] == ["10", "7", "3"])
            #expect(records[6][1] == "Total" && records[6][11] == "")
            #expect(records[7...10].map { $0[11] } == ["1", "2", "3+", "unknown"])
        }

        @Test func withoutByOrderThereIsNoOrderColumn() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 3, 2)])
            let tsv = ReportRenderer(options: RenderOptions()).render(report, as: .tsv)
            #expect(tsv.split(separator: "\n")[0] == "code\tname\tlevel\tparent\tbirths\tboys\tgirls\tsrb\tci_low\tci_high\tstatus")
        }
    }
}
