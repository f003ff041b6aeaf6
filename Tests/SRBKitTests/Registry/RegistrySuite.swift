import Foundation
import Testing
@testable import SRBKit

/// Groups the tests of the ward registry (`--wards`): reading it, matching
/// register units to it, and the hierarchy it gives.
@Suite struct RegistryTests {}

/// Helpers shared by the registry tests: registers and registries written inline.
enum RegistryTestSupport {
    /// A registry read from `text` (UTF-8) as the file `wards.csv`.
    static func registry(_ text: String) throws -> UnitRegistry {
        try UnitRegistry.read(.memory(name: "wards.csv", bytes: Array(text.utf8)))
    }

    /// Reads registers given as `(name, bytes)` with `registry`.
    static func scan(
        _ files: [(String, [UInt8])],
        registry: UnitRegistry?,
        period: Period? = nil
    ) throws -> (scan: RegisterScan, rejections: [Rejection]) {
        var rejections: [Rejection] = []
        let settings = ReadSettings(period: period, registry: registry)
        let scan = try RegisterReader(settings: settings).read(files.map { .memory(name: $0.0, bytes: $0.1) }) {
            rejections.append($0)
        }
        return (scan, rejections)
    }

    static func scan(_ text: String, registry: UnitRegistry?, period: Period? = nil) throws -> (scan: RegisterScan, rejections: [Rejection]) {
        try scan([("so-sinh.csv", Array(text.utf8))], registry: registry, period: period)
    }

    /// The report of `scan` for `period` at `level`.
    static func report(_ scan: RegisterScan, period: String, level: UnitLevel = .ward) throws -> Report {
        try Report(scan: scan, settings: ReportSettings(period: Period(parsing: period)!, level: level))
    }

    /// `name: boys/girls status` per unit of a report, for compact expectations.
    static func lines(_ report: Report) -> [String] {
        report.units.map { "\($0.unit.name): \($0.tally.boys)/\($0.tally.girls) \($0.status.rawValue)" }
    }

    /// The registry the matching tests use: three Long Biên wards with codes,
    /// districts and unaccented aliases.
    static let longBien = """
        code,name,district,province,aliases
        00139,Bồ Đề,Long Biên,Hà Nội,Bo De
        00151,Phúc Đồng,Long Biên,Hà Nội,Phuc Dong;PĐ
        00154,Cự Khối,Long Biên,Hà Nội,
        """
}

extension RegistryTests {
    @Suite struct SendableTests {
        @Test func publicRegistryAndValidationTypesAreSendable() {
            func requireSendable<T: Sendable>(_: T.Type) {}
            requireSendable(UnitRegistry.self)
            requireSendable(UnitRegistry.Entry.self)
            requireSendable(UnitRegistry.Problem.self)
            requireSendable(RegistryColumn.self)
            requireSendable(Validation.self)
            requireSendable(Validation.UnitMonths.self)
            requireSendable(ValidationRenderer.self)
            requireSendable(RegisterScan.SexSpelling.self)
            requireSendable(RegisterScan.UnknownUnit.self)
            requireSendable(InputSource.self)
        }
    }
}
