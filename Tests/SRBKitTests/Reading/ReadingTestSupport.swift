import Foundation
@testable import SRBKit

/// The plain answer to "which line is first not UTF-8": split into physical
/// lines (LF, CR, CRLF; no UTF-8 sequence holds those bytes) and ask the
/// standard library which line first fails to decode. 1-based; nil when all do.
func referenceFirstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
    var lines: [[UInt8]] = [[]]
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            lines.append([])
        } else {
            lines[lines.count - 1].append(byte)
        }
        index += 1
    }
    return lines.firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
}

/// Writes each of `files` to a file of a fresh temporary folder, named
/// `prefix` + its index + `.csv`, calls `body` with them as sources, and
/// removes the folder (registers are read as regular files only this way:
/// the two-thread read needs one).
func withTemporaryFiles<Result>(
    _ files: [[UInt8]],
    prefix: String,
    _ body: ([InputSource]) throws -> Result
) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("srb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var sources: [InputSource] = []
    for (index, bytes) in files.enumerated() {
        let url = directory.appendingPathComponent("\(prefix)\(index).csv")
        try Data(bytes).write(to: url)
        sources.append(.file(url.path))
    }
    return try body(sources)
}

extension Array where Element == ReadWarning {
    /// The warnings but what is said of a fixture's date order: that its
    /// dates could be read either way round (its days are all 12 or below),
    /// or that they are read day first.
    var withoutDateOrderNotes: [ReadWarning] {
        filter {
            switch $0 {
            case .datesCouldBeEitherOrder, .datesReadDayFirst: false
            default: true
            }
        }
    }
}

extension RegisterScan {
    /// Index of the unit with this matching key.
    func unitIndex(_ key: String) -> Int? { units.firstIndex { $0.key == key } }

    /// The unit's births over every bucket, all orders added.
    func tally(of key: String) -> Tally {
        guard let unit = unitIndex(key) else { return Tally() }
        return cells.filter { $0.key.unit == unit }.reduce(Tally()) { $0 + $1.value.tally.total }
    }

    /// The unit's cell for one month (`month` 0: a whole-year count row).
    func cell(_ key: String, year: Int, month: Int) -> Cell? {
        guard let unit = unitIndex(key) else { return nil }
        return cells[CellKey(unit: unit, bucket: TimeBucket(year: year, month: month))]
    }

    /// Rows that went into cells.
    var rowsUsed: Int { cells.values.reduce(0) { $0 + $1.rows } }

    /// SPEC "Nothing is lost": rows_read = rows_used + rows_outside_period + rows_rejected.
    var isBalanced: Bool { rowsRead == rowsUsed + rowsOutsidePeriod + rowsRejected }
}
