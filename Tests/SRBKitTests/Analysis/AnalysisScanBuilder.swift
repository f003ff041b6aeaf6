import Foundation
@testable import SRBKit

/// Builds `RegisterScan` values by hand for the Analysis and Rendering tests, so
/// that the numbers going in are known without reading any file.
enum AnalysisScanBuilder {
    /// A ward as the reader would have recorded it.
    struct Ward {
        var name: String
        var district: String? = nil
        var province: String? = nil
    }

    /// Births of one ward in one month (`month` 0: a whole-year count row).
    struct Births {
        var ward: Int
        var year: Int
        var month: Int
        var tally: OrderedTally
        /// Data rows that brought these births (defaults to one per birth).
        var rows: Int

        init(ward: Int, year: Int, month: Int, boys: Int, girls: Int, rows: Int? = nil) {
            var tally = OrderedTally()
            tally[.unknown] = Tally(boys: boys, girls: girls)
            self.init(ward: ward, year: year, month: month, tally: tally, rows: rows ?? boys + girls)
        }

        init(ward: Int, year: Int, month: Int, tally: OrderedTally, rows: Int) {
            self.ward = ward
            self.year = year
            self.month = month
            self.tally = tally
            self.rows = rows
        }
    }

    /// A consistent scan: `rowsRead` is the rows of `births`, plus the rows found
    /// outside a period while reading, plus the rejected rows.
    static func scan(
        wards: [Ward],
        births: [Births],
        rowsOutsidePeriod: Int = 0,
        rejected: [RejectionReason: Int] = [:],
        files: [String] = ["so-sinh.csv"],
        hasDistricts: Bool? = nil,
        hasProvinces: Bool? = nil
    ) -> RegisterScan {
        var scan = RegisterScan()
        scan.files = files
        scan.units = wards.map { ward in
            RegisterScan.ScannedUnit(key: ward.name.lowercased(), name: ward.name,
                                     district: ward.district, province: ward.province)
        }
        var cells: [RegisterScan.CellKey: RegisterScan.Cell] = [:]
        for entry in births {
            let key = RegisterScan.CellKey(unit: entry.ward,
                                           bucket: RegisterScan.TimeBucket(year: entry.year, month: entry.month))
            cells[key, default: RegisterScan.Cell()].tally += entry.tally
            cells[key, default: RegisterScan.Cell()].rows += entry.rows
        }
        scan.cells = CellTable(cells)
        scan.rowsOutsidePeriod = rowsOutsidePeriod
        scan.rejectedByReason = rejected
        scan.rowsRead = births.reduce(0) { $0 + $1.rows } + rowsOutsidePeriod + rejected.values.reduce(0, +)
        scan.hasDistricts = hasDistricts ?? wards.contains { $0.district != nil }
        scan.hasProvinces = hasProvinces ?? wards.contains { $0.province != nil }
        return scan
    }

    /// One ward per entry, all births in March 2024: the report's default period is 2024.
    static func report(
        _ wards: [(name: String, boys: Int, girls: Int)],
        settings: ReportSettings = ReportSettings(),
        rowsOutsidePeriod: Int = 0,
        rejected: [RejectionReason: Int] = [:]
    ) throws -> Report {
        let scan = scan(
            wards: wards.map { Ward(name: $0.name) },
            births: wards.enumerated().map { index, ward in
                Births(ward: index, year: 2024, month: 3, boys: ward.boys, girls: ward.girls)
            },
            rowsOutsidePeriod: rowsOutsidePeriod,
            rejected: rejected)
        return try Report(scan: scan, settings: settings)
    }

    /// A day that exists (the tests only name real days).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }

    static func period(_ from: CalendarDay, _ to: CalendarDay) -> Period {
        Period(from: from, to: to)!
    }

    /// The days from `from` to `to`, both included, each written (year, month, day).
    static func period(_ from: (Int, Int, Int), _ to: (Int, Int, Int)) -> Period {
        period(day(from.0, from.1, from.2), day(to.0, to.1, to.2))
    }
}

/// A temporary folder for the few tests that read registers through `RegisterReader`.
struct AnalysisTemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("srb-analysis-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 and returns the file's path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
