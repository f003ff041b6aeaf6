import Foundation
import Testing

/// `srb generate` through the built binary: bytes, exit codes, and a register
/// that `srb report` reads back whole.
@Suite struct GenerateCommandTests {
    let wards = BinaryRunner.sample("wards/long-bien.csv")
    let base = ["generate", "--wards", "4", "--years", "2023..2024", "--births", "250", "--srb", "110", "--seed", "5"]

    @Test func sameSeedSameBytesDifferentSeedDifferentBytes() throws {
        let first = try BinaryRunner.run(base)
        let again = try BinaryRunner.run(base)
        let other = try BinaryRunner.run(base.dropLast() + ["6"])
        #expect(first.status == 0 && first.standardError.isEmpty)
        #expect(first.standardOutput == again.standardOutput)
        #expect(first.standardOutput != other.standardOutput)
        let lines = first.standardOutput.split(separator: "\n")
        #expect(lines.first == "id,ward,district,birth_date,sex,birth_order,mother_birth_year")
        #expect(lines.count == 1 + 250 * 2)
        // By birth date (SPEC: the default `--order date`): YYYYMMDD of each DD/MM/YYYY ascends.
        let dates = lines.dropFirst().map { $0.split(separator: ",")[3].split(separator: "/").reversed().joined() }
        #expect(dates == dates.sorted())
    }

    @Test func outputFileHoldsWhatStandardOutputGets() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = folder.appendingPathComponent("so-sinh.csv").path
        let written = try BinaryRunner.run(base + ["--output", path])
        #expect(written.status == 0 && written.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try BinaryRunner.run(base)).standardOutput)
    }

    @Test func shuffledOrderWithRegistryNamesGivesTheSameReportAsDateOrder() throws {
        let args = ["generate", "--wards", wards, "--years", "2023..2024", "--births", "700", "--srb", "108", "--seed", "2"]
        let dated = try BinaryRunner.run(args)
        let shuffled = try BinaryRunner.run(args + ["--order", "shuffled"])
        #expect(shuffled.status == 0 && shuffled.standardError.isEmpty)
        #expect(dated.standardOutput != shuffled.standardOutput)
        #expect(shuffled.standardOutput.contains("Việt Hưng"))
        let report = ["report", "--wards", wards, "--format", "csv", "-"]
        let fromDated = try BinaryRunner.run(report, input: dated.standardOutput)
        let fromShuffled = try BinaryRunner.run(report, input: shuffled.standardOutput)
        #expect(fromDated.status == 0 && fromShuffled.status == 0)
        #expect(fromDated.standardOutput == fromShuffled.standardOutput)
        #expect(try BinaryRunner.run(args + ["--order", "random"]).status == 64)
    }

    @Test func registryWardsAreReadBackByReportWithEveryRowUsed() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = folder.appendingPathComponent("so-sinh.csv").path
        let generated = try BinaryRunner.run(["generate", "--wards", wards, "--years", "2024", "--births", "1400",
                                              "--srb", "108", "--srb-of", "Việt Hưng=140", "--seed", "1",
                                              "--no-id", "--output", path])
        #expect(generated.status == 0)
        let json = try BinaryRunner.json(try BinaryRunner.run(["report", "--wards", wards, "--format", "json", path]))
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 1400)
        #expect(input["rows_used"] as? Int == 1400)
        #expect(input["rows_rejected"] as? Int == 0)
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.count == 14)
    }

    /// By design (both shapes make the same draws); the count shape has no
    /// district column, so only the numbers are compared.
    @Test func countShapeGivesTheSameTotalsAsTheBirthsShape() throws {
        func numbers(_ register: String) throws -> [[Int]] {
            let json = try BinaryRunner.json(try BinaryRunner.run(
                ["report", "--format", "json", "--period", "2023..2024", "-"], input: register))
            let units = try #require(json["units"] as? [[String: Any]])
            return units.map { unit in ["births", "boys", "girls"].map { unit[$0] as? Int ?? -1 } }
        }
        let births = try numbers(try BinaryRunner.run(base).standardOutput)
        let counts = try numbers(try BinaryRunner.run(base + ["--shape", "counts"]).standardOutput)
        #expect(births.count == 4)
        #expect(births.map { $0[0] }.reduce(0, +) == 500)
        #expect(births == counts)
    }

    @Test(arguments: [
        (["--years", "2024..2020"], "option '--years': '2024..2020' is not valid"),
        (["--srb", "-1"], "option '--srb': '-1' is not valid; expected a number ≥ 0"),
        (["--births", "abc"], "option '--births': 'abc' is not valid"),
        (["--seed", "-3"], "option '--seed': '-3' is not valid"),
        (["--shape", "rows"], "option '--shape': 'rows' is not valid; expected one of 'births', 'counts'"),
        (["--wards", "0"], "option '--wards': '0' is not valid"),
        (["--srb-of", "Phường 9=120"], "option '--srb-of': 'Phường 9' is not valid; expected a ward of the registry"),
        (["--srb-of", "Phường 1"], "option '--srb-of': 'Phường 1' is not valid; expected WARD=X"),
    ])
    func badValuesExitWithUsage(extra: [String], message: String) throws {
        let outcome = try BinaryRunner.run(base + extra)
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("srb: error: " + message))
    }

    @Test func missingRequiredOptionExitsWithUsage() throws {
        let outcome = try BinaryRunner.run(["generate", "--wards", "3", "--years", "2024", "--births", "5", "--srb", "105"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "srb: error: option '--seed' needs a value; see 'srb generate --help'\n")
    }

    @Test func unreadableWardsFileExits66() throws {
        let outcome = try BinaryRunner.run(base.map { $0 == "4" ? "/no/such/wards.csv" : $0 })
        #expect(outcome.status == 66)
        #expect(outcome.standardError.hasPrefix("srb: error: cannot open /no/such/wards.csv"))
    }

    @Test func uncreatableOutputExits73AndLeavesNothing() throws {
        let outcome = try BinaryRunner.run(base + ["--output", "/no/such/folder/out.csv"])
        #expect(outcome.status == 73)
        #expect(outcome.standardError.hasPrefix("srb: error: cannot write /no/such/folder/out.csv"))
    }

    @Test func helpListsTheOptions() throws {
        let outcome = try BinaryRunner.run(["help", "generate"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Usage: srb generate [options]\n"))
        for option in ["--wards", "--years", "--births", "--srb-of", "--seed", "--shape", "--no-id", "--output"] {
            #expect(outcome.standardOutput.contains(option))
        }
        #expect(try BinaryRunner.run(["--help"]).standardOutput.contains("generate"))
    }
}
