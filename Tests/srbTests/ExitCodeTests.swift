import Foundation
import Testing

/// Exit codes and error messages of SPEC, through the built binary.
@Suite struct ExitCodeTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    @Test func unknownCommandIsAUsageErrorWithASuggestion() throws {
        let outcome = try BinaryRunner.run(["reprot", births])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: unknown command 'reprot'; did you mean 'report'?"))
    }

    @Test func unknownOptionNamesTheNearestOne() throws {
        let outcome = try BinaryRunner.run(["report", "--fromat", "json", births])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: unknown option '--fromat'; did you mean '--format'?"))
    }

    @Test(arguments: [
        ["--period", "2024-13"], ["--period", "2024..2021"], ["--confidence", "1"], ["--confidence", "0.4"],
        ["--ci", "bayes"], ["--by", "street"], ["--format", "xml"], ["--threshold", "abc"], ["--min-births", "-3"],
        ["--column", "weight=Cân nặng"], ["--date-order", "dym"], ["--lang", "fr"], ["--threads", "3"], ["--threads", "0"],
    ])
    func badValuesAreUsageErrors(option: [String]) throws {
        let outcome = try BinaryRunner.run(["report"] + option + [births])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: option '\(option[0])': '\(option[1])' is not valid"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func missingValueAndMissingFileAreUsageErrors() throws {
        #expect(try BinaryRunner.run(["report", births, "--period"]).status == 64)
        #expect(try BinaryRunner.run(["report"]).status == 64)
    }

    @Test func unreadableInputExits66() throws {
        let outcome = try BinaryRunner.run(["report", "/nonexistent/so-sinh.csv"])
        #expect(outcome.status == 66)
        #expect(outcome.standardError == "srb: error: cannot open /nonexistent/so-sinh.csv: No such file or directory\n")
    }

    @Test func missingColumnExits65AndNamesTheHeadersAccepted() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = try BinaryRunner.write("ward,sex\nA,M\n", named: "no-date.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", path])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("srb: error: \(path):1: no column for birth date; headers accepted: 'birth_date', 'date_of_birth', 'dob', 'date', 'ngày sinh'"))
    }

    @Test func emptyFileAndAllRowsRejectedExit65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let empty = try BinaryRunner.write("", named: "empty.csv", in: folder)
        #expect(try BinaryRunner.run(["report", empty]).status == 65)
        let allBad = try BinaryRunner.write("ward,date,sex\nA,2024-01-01,?\n", named: "bad.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", allBad])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("srb: error: no usable row"))
    }

    @Test func uncreatableOutputExits73AndLeavesThePreviousFile() throws {
        #expect(try BinaryRunner.run(["report", "--output", "/nonexistent/dir/out.txt", births]).status == 73)
        let folder = try BinaryRunner.temporaryFolder()
        let target = try BinaryRunner.write("previous report\n", named: "out.json", in: folder)
        let failing = try BinaryRunner.run(["report", "--output", target, "/nonexistent/input.csv"])
        #expect(failing.status == 66)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test(arguments: [["--help"], ["-h"], ["help"], ["help", "report"], ["report", "--help"], ["check", "--help"]])
    func helpWorksEveryWayAndExitsZero(arguments: [String]) throws {
        let outcome = try BinaryRunner.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Usage: srb"))
    }

    @Test func versionPrintsTheVersion() throws {
        let outcome = try BinaryRunner.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("srb "))
    }
}
