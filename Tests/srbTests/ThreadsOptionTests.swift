import Foundation
import Testing

/// `--threads`: a register large enough to be read on two threads gives the
/// same bytes on standard output and standard error as on one.
@Suite struct ThreadsOptionTests {
    @Test func oneAndTwoThreadsGiveTheSameOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("threads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let register = directory.appendingPathComponent("births.csv").path
        let generated = try BinaryRunner.run(["generate", "--wards", "30", "--years", "2022..2024", "--births", "40000",
                                              "--srb", "112", "--seed", "7", "--output", register])
        #expect(generated.status == 0)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: register)[.size] as? Int)
        #expect(size > 4 << 20)  // over the size a file is split at
        for command in [["report", "--format", "json", "--by-order", "--period", "2023"], ["validate", "--format", "json"]] {
            let one = try BinaryRunner.run(command + ["--threads", "1", register])
            let two = try BinaryRunner.run(command + ["--threads", "2", register])
            #expect(one.status == two.status)
            #expect(one.standardOutput == two.standardOutput)
            #expect(one.standardError == two.standardError)
            #expect(one.standardOutput.contains("\"rows_read\" : 120000") || one.standardOutput.contains("\"rows_read\": 120000"))
        }
    }
}
