import Testing
@testable import SRBKit

private func validation(_ files: [(String, String)]) throws -> Validation {
    let sources = files.map { InputSource.memory(name: $0.0, bytes: Array($0.1.utf8)) }
    return try Validation(scan: try RegisterReader(settings: ReadSettings()).read(sources), period: nil)
}

extension ValidateTests {
    /// Issue 11: `srb validate` points out what an office should fix first.
    @Suite struct ValidationFindingTests {
        @Test func monthFirstDatesTotalsRepeatsAndTheShareRejectedAreFindings() throws {
            let sheet = "sep=;\nPhường;Tháng/năm;Số trẻ trai;Số trẻ gái\nBồ Đề;09/2024;90;84\nTổng cộng;09/2024;90;84\n"
            let register = "ward,date,sex\nA,9/3/2024,M\nA,9/27/2024,F\n"
            let found = try validation([("c.csv", sheet), ("c (1).csv", sheet), ("b.csv", register)])
            #expect(found.findings == [
                .linesAboveHeader(SourceLocation(file: "c.csv", line: 2), count: 1),
                .linesAboveHeader(SourceLocation(file: "c (1).csv", line: 2), count: 1),
                .datesReadMonthFirst(SourceLocation(file: "b.csv", line: 3), field: "9/27/2024"),
                .totalRows(count: 2, first: SourceLocation(file: "c.csv", line: 4, column: 1)),
                .repeatedCountRows(count: 1, first: SourceLocation(file: "c (1).csv", line: 3, column: 1)),
                .rejectedShare(rejected: 3, read: 6),
            ])
            #expect(found.repeatedIDRows == 0)
        }

        @Test func aCleanRegisterHasNoFinding() throws {
            let found = try validation([("a.csv", "ward,date,sex\nA,15/03/2024,M\n")])
            #expect(found.findings.isEmpty)
            let lines = ValidationSections(validation: found, text: Localizer(.en)).findingLines
            #expect(lines == ["Nothing to point out."])
        }
    }
}
