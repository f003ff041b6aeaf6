import Testing
@testable import SRBKit

private func key(_ unit: Int, _ year: Int, _ month: Int) -> RegisterScan.CellKey {
    RegisterScan.CellKey(unit: unit, bucket: RegisterScan.TimeBucket(year: year, month: month))
}

private func cell(rows: Int) -> RegisterScan.Cell {
    var cell = RegisterScan.Cell()
    cell.rows = rows
    return cell
}

extension Reading {
    /// `CellTable`, the scan's cells in the order of their keys.
    @Suite struct CellTableTests {
        @Test func aDictionarysCellsComeInTheOrderOfUnitYearAndMonth() {
            let cells = [key(2, 2024, 1): cell(rows: 1), key(1, 2024, 12): cell(rows: 2), key(1, 2024, 0): cell(rows: 3),
                         key(1, 2023, 5): cell(rows: 4), key(0, 2030, 1): cell(rows: 5)]
            let table = CellTable(cells)
            #expect(table.keys == [key(0, 2030, 1), key(1, 2023, 5), key(1, 2024, 0), key(1, 2024, 12), key(2, 2024, 1)])
            #expect(table.values.map(\.rows) == [5, 4, 3, 2, 1])
            #expect(table.count == 5 && table.map(\.value.rows) == [5, 4, 3, 2, 1])
            for (key, value) in cells { #expect(table[key] == value) }
            #expect(table[key(1, 2024, 6)] == nil && table[key(3, 2024, 1)] == nil && CellTable()[key(0, 2024, 1)] == nil)
            #expect(table == CellTable(cells) && table != CellTable([key(0, 2030, 1): cell(rows: 5)]))
        }
    }
}
