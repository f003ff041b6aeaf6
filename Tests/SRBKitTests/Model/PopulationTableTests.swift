import Foundation
import Testing
@testable import SRBKit

private func rows(_ lines: [String]) -> [(line: Int, fields: [String])] {
    lines.enumerated().map { (line: $0.offset + 1, fields: $0.element.split(separator: ";", omittingEmptySubsequences: false).map(String.init)) }
}

struct PopulationTableTests {
    @Test func longVietnameseHeadersGiveWomenPerGroup() throws {
        let table = try PopulationTable(records: rows([
            "Phường/Xã;Năm;Nhóm tuổi;Số phụ nữ", "Bồ Đề;2024;25-29;1.100", "Bồ Đề;2024;30-34;1150",
        ]), file: "p.csv")
        let key = PopulationTable.Key(unit: "Bồ Đề", year: 2024)
        #expect(table.women[key]?[.from25] == 1100)
        #expect(table.women[key]?[.from30] == 1150)
    }

    @Test func wideFilesHaveOneColumnPerGroup() throws {
        let table = try PopulationTable(records: rows([
            "unit;year;15-19;20-24;25-29;30-34;35-39;40-44;45-49", "Gia Thụy;2023;820;950;1100;1150;1050;980;900",
        ]), file: "p.csv")
        #expect(table.women[PopulationTable.Key(unit: "Gia Thụy", year: 2023)]?[.from45] == 900)
    }

    @Test func fractionalOrNegativeWomenAreAnErrorAtTheirCell() {
        for bad in ["12.5", "-3", "x", ""] {
            #expect(throws: PopulationTable.Problem.badCount(SourceLocation(file: "p.csv", line: 2, column: 4))) {
                try PopulationTable(records: rows(["unit;year;age_group;women", "A;2024;20-24;\(bad)"]), file: "p.csv")
            }
        }
    }

    @Test func unknownAgeGroupIsAnError() {
        #expect(throws: PopulationTable.Problem.unknownAgeGroup(SourceLocation(file: "p.csv", line: 2, column: 3))) {
            try PopulationTable(records: rows(["unit;year;age_group;women", "A;2024;50-54;10"]), file: "p.csv")
        }
    }

    @Test func aUnitYearAndGroupGivenTwiceIsAnError() {
        #expect(throws: PopulationTable.Problem.givenTwice(SourceLocation(file: "p.csv", line: 3, column: 4), firstLine: 2)) {
            try PopulationTable(records: rows(["unit;year;age_group;women", "A;2024;20-24;10", "A;2024;20-24;11"]), file: "p.csv")
        }
    }
}

struct ShippedPopulationTests {
    static let shipped = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/population/long-bien-women-2021-2024.csv")

    // awk -F';' '$1=="Bồ Đề" && $2==2024 {s+=$4}' on the file: 7448 women;
    // 14 wards × 4 years × 7 groups = 392 cells.
    @Test func theShippedSamplePopulationReads() throws {
        let text = try String(contentsOf: Self.shipped, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let table = try PopulationTable(records: rows(lines), file: "long-bien-women-2021-2024.csv")
        #expect(table.women.values.map(\.count).reduce(0, +) == 392)
        #expect(table.women[PopulationTable.Key(unit: "Bồ Đề", year: 2024)]?.values.reduce(0, +) == 7448)
    }
}
