import Testing
@testable import SRBKit

/// Groups the tests of `srb validate`'s library side: `Validation` and its rendering.
@Suite struct ValidateTests {}

/// Registers written inline for the validation tests.
enum ValidateTestSupport {
    /// Reads `files` (name, text) as one register and validates it, with the
    /// threshold, confidence, method and minimum births of `numbers`.
    static func validate(
        _ files: [(String, String)],
        period: String? = nil,
        level: UnitLevel = .ward,
        registry: UnitRegistry? = nil,
        numbers: ReportSettings = ReportSettings()
    ) throws -> Validation {
        try validate(scan(files, period: period, registry: registry), period: period, level: level, numbers: numbers)
    }

    /// Validates `scan` (read for `period`) at `level` under `numbers`.
    static func validate(_ scan: RegisterScan, period: String? = nil, level: UnitLevel = .ward,
                         numbers: ReportSettings = ReportSettings()) throws -> Validation {
        var settings = numbers
        settings.period = period.map { Period(parsing: $0)! }
        settings.level = level
        return try Validation(scan: scan, settings: settings)
    }

    /// Reads `files` (name, text) as one register, filtered to `period`.
    static func scan(_ files: [(String, String)], period: String? = nil, registry: UnitRegistry? = nil) throws -> RegisterScan {
        let settings = ReadSettings(period: period.map { Period(parsing: $0)! }, registry: registry)
        return try RegisterReader(settings: settings).read(files.map { .memory(name: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// A register of one row per birth with `births[m]` rows in month m + 1 of
    /// 2024 for each ward, alternating boys and girls.
    static func monthly(_ births: [String: [Int]]) -> String {
        var text = "ward,dob,sex\n"
        for ward in births.keys.sorted() {
            for (month, count) in births[ward]!.enumerated() where count > 0 {
                for index in 0..<count {
                    text += "\(ward),2024-\(month < 9 ? "0" : "")\(month + 1)-\(index % 28 + 1),\(index % 2 == 0 ? "M" : "F")\n"
                }
            }
        }
        return text
    }
}
