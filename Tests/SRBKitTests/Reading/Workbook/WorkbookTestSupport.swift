import Foundation
@testable import SRBKit

/// The path of a file in `Tests/SRBKitTests/Fixtures/workbooks/`.
func workbookFixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("workbooks").appendingPathComponent(name).path
}

/// The bytes of a file in `Tests/SRBKitTests/Fixtures/workbooks/`.
func workbookFixtureBytes(_ name: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: workbookFixture(name)) ?? Data())
}

/// The rows of a tab-separated manifest written by a fixture script, header row
/// first left out, each row as its fields.
func manifestRows(_ name: String) -> [[String]] {
    let text = String(decoding: workbookFixtureBytes(name), as: UTF8.self)
    return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}

/// CRC-32 as text, the way the fixture scripts write it (`%08x`).
func hexCRC(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
}

/// What a fixture script says a workbook holds: sheet names, date system and
/// every sheet's rows (number and cell texts).
struct ExpectedWorkbook {
    var sheets: [String]
    var date1904: Bool
    var rows: [String: [SheetRow]]

    /// Reads `NAME.expected.json`.
    init(_ name: String) {
        let object = try! JSONSerialization.jsonObject(with: Data(workbookFixtureBytes("\(name).expected.json"))) as! [String: Any]
        sheets = object["sheets"] as! [String]
        date1904 = object["date1904"] as! Bool
        var rows: [String: [SheetRow]] = [:]
        for (sheet, list) in object["rows"] as! [String: [[Any]]] {
            rows[sheet] = list.map { SheetRow(number: $0[0] as! Int, cells: $0[1] as! [String]) }
        }
        self.rows = rows
    }
}

/// Every row of a sheet, as `forEachRow` gives them.
func allRows(_ workbook: Workbook, _ sheet: SheetSelector = .first) throws -> [SheetRow] {
    var rows: [SheetRow] = []
    try workbook.forEachRow(inSheet: sheet) { rows.append($0) }
    return rows
}

/// The first row whose cells differ, for a readable failure.
func firstDifference(_ actual: [SheetRow], _ expected: [SheetRow]) -> String? {
    for (index, (got, wanted)) in zip(actual, expected).enumerated() where got != wanted {
        return "row index \(index): got \(got.number) \(got.cells.prefix(20)), expected \(wanted.number) \(wanted.cells.prefix(20))"
    }
    if actual.count != expected.count { return "\(actual.count) rows, expected \(expected.count)" }
    return nil
}
