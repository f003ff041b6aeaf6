import Foundation
import Testing

/// `srb check`: only flagged units, and an exit code a cron job can act on.
@Suite struct CheckCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    @Test func significantWardMakesCheckExitOne() throws {
        let outcome = try BinaryRunner.run(["check", births])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("Việt Hưng"))
        // Only flagged units are printed: Bồ Đề (SRB 103.8 in 2024) is ok.
        #expect(!outcome.standardOutput.contains("Bồ Đề"))
        // Ngọc Thụy is over but not significant: not flagged by default.
        #expect(!outcome.standardOutput.contains("Ngọc Thụy"))
    }

    @Test func failOnOverFlagsUnitsAboveTheThresholdToo() throws {
        let outcome = try BinaryRunner.run(["check", "--fail-on", "over", "--format", "json", births])
        #expect(outcome.status == 1)
        let units = try #require(try BinaryRunner.json(outcome)["units"] as? [[String: Any]])
        // 2024 statuses in data/README.md: one significant, four over.
        #expect(units.count == 5)
        #expect(Set(units.compactMap { $0["status"] as? String }) == ["significant", "over"])
    }

    @Test func highThresholdFlagsNothingAndExitsZero() throws {
        // With threshold 150 only Cự Khối (77 boys, 51 girls: SRB 151.0) is above it,
        // and its interval (lower bound 104.6) is far from significant.
        let outcome = try BinaryRunner.run(["check", "--threshold", "150", births])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("No unit is flagged."))
        let over = try BinaryRunner.run(["check", "--threshold", "150", "--fail-on", "over", births])
        #expect(over.status == 1)
        #expect(over.standardOutput.contains("Cự Khối"))
    }

    @Test func minimumBirthsKeepsSmallWardsFromBeingFlagged() throws {
        // Việt Hưng has 470 births in 2024; with --min-births 500 it is few_births.
        let outcome = try BinaryRunner.run(["check", "--min-births", "500", "--format", "json", births])
        #expect(outcome.status == 0)
        #expect((try BinaryRunner.json(outcome)["units"] as? [Any])?.isEmpty == true)
    }
}
