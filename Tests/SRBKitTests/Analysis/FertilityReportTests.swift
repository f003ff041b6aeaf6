import Foundation
import Testing
@testable import SRBKit

/// `FertilityReport` against SPEC "Fertility": a unit-year with births but no
/// women given is that unit's `no_population`, not an error for the run.
/// Numbers worked by hand.
struct FertilityReportTests {
    /// A 27 and 32 (2024); C 22 (2023) and 22 (2024); B has no births.
    static let register = """
        ward,birth_date,sex,mother_age
        A,2024-05-01,m,27
        A,2024-06-01,f,32
        C,2024-05-01,m,22
        C,2023-03-01,f,22

        """

    /// A in 2024 (100 women a group), B in 2024 (200), C in 2023 only (50).
    static let population = [
        "unit,year,15-19,20-24,25-29,30-34,35-39,40-44,45-49",
        "A,2024,100,100,100,100,100,100,100",
        "B,2024,200,200,200,200,200,200,200",
        "C,2023,50,50,50,50,50,50,50",
    ]

    private func report() throws -> FertilityReport {
        var settings = ReadSettings(threads: 1)
        settings.countsMotherAge = true
        let scan = try withTemporaryFiles([Array(Self.register.utf8)], prefix: "fertility-") { sources in
            try RegisterReader(settings: settings).read(sources, onRejection: nil)
        }
        let records = Self.population.enumerated().map { (line: $0.offset + 1, fields: $0.element.split(separator: ",").map(String.init)) }
        let table = try PopulationTable(records: records, file: "p.csv")
        return try FertilityReport(scan: scan, population: table, registry: nil, level: .ward, period: nil,
                                   confidence: 0.95, target: 2.1)
    }

    private func year(_ report: FertilityReport, _ name: String, _ year: Int) throws -> FertilityReport.YearResult {
        let unit = name == "Total" ? report.total : try #require(report.units.first { $0.unit.name == name })
        return try #require(unit.years.first { $0.year == year })
    }

    @Test func aUnitYearWithBirthsButNoWomenGivenIsNoPopulationAndTheOthersAreReported() throws {
        let report = try report()
        #expect(report.years == [2023, 2024])
        #expect(report.units.map(\.unit.name) == ["A", "C"])

        let c2024 = try year(report, "C", 2024)
        #expect(c2024.status == .noPopulation && !c2024.hasPopulation)
        #expect(c2024.estimate.tfr == nil && c2024.estimate.tfrLow == nil && c2024.estimate.tfrHigh == nil)
        #expect(c2024.estimate.asfr.values.allSatisfy { $0 == nil })
        #expect(c2024.estimate.totalBirths == 1 && c2024.estimate.totalWomen == 0)

        // C in 2023 has its row: 1 birth at 20-24 among 50 women → asfr 20, tfr 5·1/50 = 0.1.
        let c2023 = try year(report, "C", 2023)
        #expect(c2023.hasPopulation && c2023.estimate.asfr[.from20] == 20)
        #expect(abs((c2023.estimate.tfr ?? .nan) - 0.1) < 1e-15 && c2023.status == .below)

        // A: 1 birth at 25-29 and 1 at 30-34 among 100 women each → tfr 5·(1/100 + 1/100) = 0.1.
        let a2024 = try year(report, "A", 2024)
        #expect(a2024.hasPopulation && a2024.estimate.asfr[.from25] == 10 && a2024.estimate.asfr[.from30] == 10)
        #expect(abs((a2024.estimate.tfr ?? .nan) - 0.1) < 1e-15)
        // A in 2023: neither births nor a row, as before.
        let a2023 = try year(report, "A", 2023)
        #expect(a2023.status == .noBirths && !a2023.hasPopulation)
    }

    @Test func theTotalAddsTheWomenGivenAsForARowOfZeros() throws {
        let report = try report()
        // 2024: births 20-24, 25-29, 30-34 (one each: A's two and C's one); women A's 100 a group, C's none
        // → tfr 5·3/100 = 0.15, the rate a row of zeros for C would give too.
        let total2024 = try year(report, "Total", 2024)
        #expect(total2024.hasPopulation && total2024.estimate.totalWomen == 700 && total2024.estimate.totalBirths == 3)
        #expect(abs((total2024.estimate.tfr ?? .nan) - 0.15) < 1e-15 && total2024.status == .below)
        // 2023: C's birth among C's 50 a group → 0.1.
        let total2023 = try year(report, "Total", 2023)
        #expect(total2023.estimate.totalWomen == 350 && abs((total2023.estimate.tfr ?? .nan) - 0.1) < 1e-15)
    }

    @Test func theMissingWomenAreAWarningWithTheClosestUnmatchedName() throws {
        let report = try report()
        #expect(report.warnings == [
            .populationMissing(file: "p.csv", gaps: [PopulationGap(unit: "C", years: [2024], suggestion: "B")]),
            .populationUnitsUnmatched(file: "p.csv", units: ["B"]),
        ])
        #expect(Diagnostics(language: .en).message(for: report.warnings[0])
            == "p.csv: no women given for 1 unit with births, shown as no population (the total still counts its births): 'C' in 2024 (did you mean 'B'?)")
    }
}
