import Testing
@testable import SRBKit

/// Groups the tests of `srb validate`'s library side: `Validation` and its rendering.
@Suite struct ValidateTests {}

/// Registers written inline for the validation tests.
enum ValidateTestSupport {
    /// Reads `files` (name, text) as one register and validates it.
    static func validate(
        _ files: [(String, String)],
        period: String? = nil,
        level: UnitLevel = .ward,
        registry: UnitRegistry? = nil
    ) throws -> Validation {
        let period = period.map { Period(parsing: $0)! }
        let settings = ReadSettings(period: period, registry: registry)
        let scan = try RegisterReader(settings: settings).read(files.map { .memory(name: $0.0, bytes: Array($0.1.utf8)) })
        return try Validation(scan: scan, period: period, level: level)
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
