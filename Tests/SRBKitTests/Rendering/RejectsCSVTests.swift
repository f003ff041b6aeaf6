import Testing
@testable import SRBKit

extension RenderingTests {
    /// The `--rejects` file and the rejection messages quote at most the offending
    /// field, never the row (SPEC "Nothing is lost": registers hold personal data).
    @Suite struct RejectsCSVTests {
        private static let register = """
            ward,birth_date,sex,id,mother,phone
            Bồ Đề,2024-01-05,X,1,Nguyễn Thị Lan,0912345678
            Bồ Đề,2024-01-05,Nam,2,Trần Thị Mai,0987654321,extra
            Bồ Đề,"=cmd|' /C calc'!A0",Nam,3,Lê Thị Hoa,0911111111
            Bồ Đề,2024-01-06,Nam,4,Phạm Thị Thu
            Bồ Đề,\(String(repeating: "9", count: 100)),Nam,5,Đỗ Thị Hằng,0922222222

            """

        private static let personalData = ["Nguyễn", "0912345678", "Trần", "0987654321", "Lê Thị Hoa", "0911111111",
                                           "Phạm", "Đỗ", "0922222222"]

        private func rejections() throws -> [Rejection] {
            let folder = try AnalysisTemporaryFolder()
            let path = try folder.write("so-sinh.csv", Self.register)
            var found: [Rejection] = []
            _ = try RegisterReader(settings: ReadSettings()).read([.file(path)]) { found.append($0) }
            return found
        }

        @Test func headerNamesTheFiveColumns() {
            #expect(RenderingTestSupport.parseDelimited(RejectsCSV.header) == [["file", "line", "column", "reason", "field"]])
        }

        @Test func eachLineIsOneRecordOfFiveCells() throws {
            let all = try rejections()
            try #require(all.count == 5)
            for rejection in all {
                let records = RenderingTestSupport.parseDelimited(RejectsCSV.line(rejection))
                #expect(records.count == 1)
                #expect(records.first?.count == 5)
            }
        }

        @Test func lineNeverHoldsMoreThanTheOffendingField() throws {
            for rejection in try rejections() {
                let line = RejectsCSV.line(rejection)
                for personal in Self.personalData { #expect(!line.contains(personal), "\(line)") }
            }
        }

        @Test func linesPointAtTheOffendingField() throws {
            let records = try rejections().map { RenderingTestSupport.parseDelimited(RejectsCSV.line($0))[0] }
            try #require(records.count == 5)
            #expect(records[0][0].hasSuffix("so-sinh.csv"))
            #expect(Array(records[0][1...]) == ["2", "3", "sex", "X"])
            // Seven fields where the header has six: the first extra field is quoted.
            #expect(Array(records[1][1...3]) == ["3", "7", "fields"])
            #expect(records[1][4] == "extra" || records[1][4] == "")
            // A formula in the data is written as text.
            #expect(Array(records[2][1...]) == ["4", "2", "date", "'=cmd|' /C calc'!A0"])
            // Five fields where the header has six: no field is at fault.
            #expect(Array(records[3][1...3]) == ["5", "6", "fields"] || Array(records[3][1...3]) == ["5", "5", "fields"])
            #expect(records[3][4] == "")
            // A long field is cut.
            #expect(Array(records[4][1...3]) == ["6", "2", "date"])
            #expect(records[4][4].count <= Rejection.quotedFieldLimit + 1)
        }

        @Test func messageNamesFileLineAndColumnAndQuotesOnlyTheField() throws {
            let diagnostics = Diagnostics(language: .en)
            let all = try rejections()
            let message = diagnostics.message(for: all[0])
            #expect(message.hasPrefix(all[0].location.file + ":2:3: "))
            #expect(message.contains("'X'"))
            for rejection in all {
                let text = diagnostics.message(for: rejection)
                for personal in Self.personalData { #expect(!text.contains(personal), "\(text)") }
            }
        }

        @Test func summaryLineAccountsForTheRows() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 4, 3)], rowsOutsidePeriod: 3, rejected: [.sex: 2])
            let line = Diagnostics(language: .en).summaryLine(report.input, period: report.period)
            // 7 used + 3 outside + 2 rejected = 12 read.
            for part in ["12", "so-sinh.csv", "7", "3", "2024", "2"] { #expect(line.contains(part)) }
            #expect(!line.contains("\n"))
        }
    }
}
