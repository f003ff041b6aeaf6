import Testing
@testable import SRBKit

private func read(_ files: [(String, String)]) throws -> (scan: RegisterScan, rejections: [Rejection]) {
    var rejections: [Rejection] = []
    let sources = files.map { InputSource.memory(name: $0.0, bytes: Array($0.1.utf8)) }
    let scan = try RegisterReader(settings: ReadSettings()).read(sources) { rejections.append($0) }
    return (scan, rejections)
}

private let september = """
    Phường;Tháng/năm;Số trẻ trai;Số trẻ gái
    Bồ Đề;09/2024;20;18
    Phúc Đồng;09/2024;11;12
    Tổng cộng;09/2024;31;30

    """

extension Reading {
    /// SPEC "The file itself": total rows and repeated count rows.
    @Suite struct CountSheetTests {
        @Test func totalRowIsRejectedForTotalAndNotCounted() throws {
            let (scan, rejections) = try read([("thang-09.csv", september)])
            #expect(rejections == [Rejection(reason: .total, problem: .totalRow,
                                             location: SourceLocation(file: "thang-09.csv", line: 4, column: 1), field: "Tổng cộng")])
            #expect(scan.units.map(\.name) == ["Bồ Đề", "Phúc Đồng"])
            #expect(scan.cells.values.reduce(Tally()) { $0 + $1.tally.total } == Tally(boys: 31, girls: 30))
        }

        @Test(arguments: ["Tổng cộng", "TỔNG CỘNG", "Tổng số", "Cộng", "CỘNG", "Cộng:", "Cộng :", "Toàn quận",
                          "Toàn huyện", "Total", " TOTAL ", "Tổng   cộng", "Tổng cộng".decomposedStringWithCanonicalMapping,
                          "Tong cong", "TONG CONG", "Tong so", "Toan quan", "Toan huyen", "Tong cong:"])
        func everyTotalSpellingIsATotal(spelling: String) throws {
            let (_, rejections) = try read([("a.csv", "ward,date,sex\n\(spelling),15/09/2024,M\nA,16/09/2024,F\n")])
            #expect(rejections.map(\.reason) == [.total])
        }

        // Diacritics count: only the multi-word totals are also taken fully unaccented.
        @Test(arguments: ["Tổng Đà", "Cộng Hòa", "Totals Ward", "Cong", "Công", "Cổng", "Cống", "CÔNG", "Toàn Quân",
                          "Tổng sổ", "Tông cộng"])
        func wardsNamedLikeATotalAreWards(name: String) throws {
            let (_, rejections) = try read([("a.csv", "ward,date,sex\n\(name),15/09/2024,M\n")])
            #expect(rejections.isEmpty)
        }

        @Test func congCongAndCongAreThreeWardsNotTotals() throws {
            let (scan, rejections) = try read([("a.csv", "ward,date,sex\nCông,15/09/2024,M\nCổng,16/09/2024,F\nCong,17/09/2024,M\n")])
            #expect(rejections.isEmpty)
            #expect(scan.units.map(\.name) == ["Công", "Cổng", "Cong"])
            #expect(scan.rowsUsable == 3)
        }

        @Test func sameCountSheetTwiceCountsOnce() throws {
            // A glob catching `thang-09 (1).csv`: every row of the copy is a repeat.
            let (scan, rejections) = try read([("thang-09.csv", september), ("thang-09 (1).csv", september)])
            #expect(scan.cells.values.reduce(Tally()) { $0 + $1.tally.total } == Tally(boys: 31, girls: 30))
            #expect(rejections.filter { $0.reason == .duplicate }.map(\.problem) == [
                .duplicateCount(firstSeen: SourceLocation(file: "thang-09.csv", line: 2)),
                .duplicateCount(firstSeen: SourceLocation(file: "thang-09.csv", line: 3)),
            ])
            #expect(rejections.filter { $0.reason == .total }.count == 2)
            #expect(scan.rowsRead == 6)
        }

        @Test func sameUnitAndPeriodTwiceInOneFileKeepsTheFirst() throws {
            let text = "ward,period,boys,girls\nA,2024-09,5,5\nB,2024-09,1,1\nphường a,09/2024,9,9\nA,2024-10,2,2\n"
            let (scan, rejections) = try read([("a.csv", text)])
            #expect(rejections.map(\.location.line) == [4])
            #expect(scan.cell("a", year: 2024, month: 9)?.tally.total == Tally(boys: 5, girls: 5))
        }
    }
}
