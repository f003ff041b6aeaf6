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
