import Foundation
import Testing

/// SPEC "Exit codes" (the paragraph under the table): outputs onto devices,
/// FIFOs and links, failed writes, modes, signals, and outputs that are inputs.
/// Each case failed before the one output path (issue 17). Cases that need a
/// device node, a FIFO or a mount skip, saying why, where the machine allows none.
@Suite(.serialized) struct OutputSafetyTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    private func kind(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    private func permissions(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    private func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    // MARK: Nodes that are not regular files

    @Test func outputAndRejectsOntoDeviceNodesAreWrittenThroughAndTheNodesStay() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let null = folder.appendingPathComponent("null").path, other = folder.appendingPathComponent("null2").path
        guard try BinaryRunner.shell("mknod '\(null)' c 1 3 && mknod '\(other)' c 1 3").status == 0 else {
            print("skipped: this machine lets no test make a device node (mknod needs CAP_MKNOD)")
            return
        }
        let outcome = try BinaryRunner.run(["report", births, "--output", null, "--rejects", other, "--quiet"])
        #expect(outcome.status == 0)
        #expect(kind(null) == .typeCharacterSpecial)
        #expect(kind(other) == .typeCharacterSpecial)
        #expect(contents(folder) == ["null", "null2"])
    }

    @Test func outputOntoAFIFOReachesItsReader() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("fifo").path
        guard try BinaryRunner.shell("mkfifo '\(fifo)'").status == 0 else {
            print("skipped: mkfifo failed here")
            return
        }
        let received = Received()
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            received.set(String(decoding: data, as: UTF8.self))
        }
        reader.start()
        let outcome = try BinaryRunner.run(["report", births, "--format", "csv", "--output", fifo, "--quiet"])
        #expect(outcome.status == 0)
        let expected = try BinaryRunner.run(["report", births, "--format", "csv", "--quiet"]).standardOutput
        #expect(received.wait() == expected)
        #expect(kind(fifo) != .typeRegular)
        #expect(contents(folder) == ["fifo"])
    }

    @Test func outputThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let target = try BinaryRunner.write("old report\n", named: "target.txt", in: folder)
        let link = folder.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        let dangling = folder.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "new.txt")

        let expected = try BinaryRunner.run(["report", births, "--quiet"]).standardOutput
        #expect(try BinaryRunner.run(["report", births, "--output", link, "--quiet"]).status == 0)
        #expect(kind(link) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
        #expect(try BinaryRunner.run(["report", births, "--output", dangling, "--quiet"]).status == 0)
        #expect(kind(dangling) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: folder.appendingPathComponent("new.txt").path, encoding: .utf8) == expected)
        #expect(contents(folder) == ["dangling.txt", "link.txt", "new.txt", "target.txt"])
    }

    // MARK: Failed writes

    @Test func failedWriteToStandardOutputExits73() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let outcome = try BinaryRunner.run(["report", births], standardOutput: full)
        #expect(outcome.status == 73)
        #expect(outcome.standardError.hasPrefix("srb: error: cannot write -: No space left on device"))
    }

    @Test func closedPipeIsNoError() throws {
        // `srb generate … | head -c 100`: the reader goes early; srb stops, quietly, with 0.
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["generate", "--wards", "14", "--years", "2000..2024", "--births", "200000", "--srb", "105",
                             "--seed", "1"]
        process.environment = BinaryRunner.plainEnvironment()
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        _ = try output.fileHandleForReading.read(upToCount: 100)
        try output.fileHandleForReading.close()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(errorData.isEmpty)
    }

    @Test(arguments: ["unnamed", "named"])
    func fullDiskLeavesThePreviousFileAndNoTemporaryFile(temporaryFiles: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        guard try BinaryRunner.shell("mount -t tmpfs -o size=256k tmpfs '\(folder.path)'").status == 0 else {
            print("skipped: no tmpfs can be mounted here (mount needs CAP_SYS_ADMIN)")
            return
        }
        defer { _ = try? BinaryRunner.shell("umount '\(folder.path)'") }
        let previous = try BinaryRunner.write("previous register\n", named: "register.csv", in: folder)
        let outcome = try BinaryRunner.run(
            ["generate", "--wards", "14", "--years", "2024", "--births", "20000", "--srb", "105", "--seed", "7",
             "--output", previous],
            environment: ["SRB_TEMPORARY_FILES": temporaryFiles])
        #expect(outcome.status == 73)
        #expect(outcome.standardError.contains("No space left on device"))
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "previous register\n")
        #expect(contents(folder) == ["register.csv"])
    }

    @Test func injectedInputOutputErrorOnStandardOutputExits73() throws {
        guard try BinaryRunner.shell("strace -o /dev/null true").status == 0 else {
            print("skipped: strace is missing or may not trace here")
            return
        }
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out.txt").path, err = folder.appendingPathComponent("err.txt").path
        let result = try BinaryRunner.shell(
            "LANG=C strace -f -o /dev/null -e trace=write -e inject=write:error=EIO:when=1 "
                + "'\(BinaryRunner.binary.path)' report '\(births)' > '\(out)' 2> '\(err)'")
        #expect(result.status == 73)
        #expect(try String(contentsOfFile: err, encoding: .utf8).contains("Input/output error"))
    }

    // MARK: Modes

    @Test func replacedFileKeepsItsModeAndNewFilesHonourTheUmask() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let report = try BinaryRunner.write("old\n", named: "report.txt", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report)
        #expect(try BinaryRunner.run(["report", births, "--output", report, "--quiet"]).status == 0)
        #expect(permissions(report) == 0o600)

        let binary = BinaryRunner.binary.path
        for (umask, expected) in [("077", 0o600), ("022", 0o644), ("002", 0o664)] {
            for temporaryFiles in ["unnamed", "named"] {
                let new = folder.appendingPathComponent("new-\(umask)-\(temporaryFiles).txt").path
                let result = try BinaryRunner.shell(
                    "umask \(umask); SRB_TEMPORARY_FILES=\(temporaryFiles) '\(binary)' report '\(births)' --output '\(new)' --quiet")
                #expect(result.status == 0)
                #expect(permissions(new) == expected, "umask \(umask), \(temporaryFiles)")
            }
        }
    }

    // MARK: Signals

    @Test(arguments: [("TERM", SIGTERM), ("INT", SIGINT), ("HUP", SIGHUP)], ["unnamed", "named"])
    func signalDuringAWriteLeavesNoTemporaryFile(signal: (name: String, number: Int32), temporaryFiles: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let output = folder.appendingPathComponent("big.csv").path
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["generate", "--wards", "14", "--years", "1990..2024", "--births", "2000000", "--srb", "105",
                             "--seed", "3", "--output", output]
        process.environment = BinaryRunner.plainEnvironment(["SRB_TEMPORARY_FILES": temporaryFiles])
        try process.run()
        // Named: wait until the temporary file is there; unnamed: it never has a name.
        let deadline = Date().addingTimeInterval(20)
        if temporaryFiles == "named" {
            while contents(folder).isEmpty, Date() < deadline, process.isRunning { usleep(10_000) }
            #expect(contents(folder).first?.hasPrefix(".big.csv.srb-") == true)
        } else {
            usleep(300_000)
        }
        #expect(process.isRunning, "generate ended before the signal: make the register larger")
        kill(process.processIdentifier, signal.number)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal.number)
        #expect(contents(folder).isEmpty, "\(signal.name) left \(contents(folder))")
    }

    @Test func signalWhileRejectsAreWrittenLeavesNoTemporaryFile() throws {
        // Wards Phường 001… checked against the Long Biên registry: every row is rejected.
        let folder = try BinaryRunner.temporaryFolder()
        let register = folder.appendingPathComponent("numbered.csv").path
        #expect(try BinaryRunner.run(["generate", "--wards", "14", "--years", "2020..2024", "--births", "1000000",
                                      "--srb", "105", "--seed", "5", "--output", register]).status == 0)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["report", register, "--wards", BinaryRunner.sample("wards/long-bien.csv"),
                             "--rejects", rejects, "--quiet", "--threads", "1"]
        process.environment = BinaryRunner.plainEnvironment(["SRB_TEMPORARY_FILES": "named"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !contents(folder).contains(where: { $0.hasPrefix(".rejects.csv.srb-") }), Date() < deadline, process.isRunning {
            usleep(5_000)
        }
        usleep(200_000)
        #expect(process.isRunning, "the read ended before the signal: make the register larger")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(contents(folder) == ["numbered.csv"])
    }

    // MARK: Outputs that are inputs, or each other

    @Test func outputThatIsAnInputExits73AndLeavesIt() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let text = try String(contentsOfFile: births, encoding: .utf8)
        let victim = try BinaryRunner.write(text, named: "victim.csv", in: folder)
        let alias = folder.appendingPathComponent("alias.csv").path
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: "victim.csv")
        for arguments in [["--output", victim], ["--rejects", victim], ["--output", alias]] {
            let outcome = try BinaryRunner.run(["report", victim] + arguments)
            #expect(outcome.status == 73, "\(arguments)")
            #expect(outcome.standardError.hasPrefix("srb: error: \(arguments[1]) is also an input (\(victim))"))
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == text)
        }
        let wards = BinaryRunner.sample("wards/long-bien.csv")
        let copy = try BinaryRunner.write(try String(contentsOfFile: wards, encoding: .utf8), named: "wards.csv", in: folder)
        #expect(try BinaryRunner.run(["report", births, "--wards", copy, "--output", copy]).status == 73)
    }

    @Test func outputAndRejectsNamingOneFileIsAUsageError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let same = folder.appendingPathComponent("x.csv").path
        let outcome = try BinaryRunner.run(["report", births, "--output", same, "--rejects", same])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "srb: error: options '--output' and '--rejects' both name \(same); give each output a file of its own\n")
        #expect(contents(folder).isEmpty)
    }

    // MARK: Rejects

    @Test func fieldsRejectionLeavesTheFieldEmptyInRejects() throws {
        // An unquoted comma inside the mother's name: the row has one field too many.
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(
            "ward,date,sex,mother\nBồ Đề,01/03/2024,Nam,Nguyễn Thị Hoa\nBồ Đề,02/03/2024,Nữ,Trần, Thị Lan\n",
            named: "so-sinh.csv", in: folder)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let outcome = try BinaryRunner.run(["report", register, "--rejects", rejects])
        #expect(outcome.status == 0)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == "file,line,column,reason,field\n\(register),3,5,fields,\n")
        #expect(!outcome.standardError.contains("Thị Lan"))
    }

    @Test func rejectsAreWrittenWhenNoRowIsUsable() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,date,sex\nA,2024-01-01,?\nB,2024-01-02,x\n", named: "bad.csv", in: folder)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let outcome = try BinaryRunner.run(["report", register, "--rejects", rejects])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("srb: error: no usable row"))
        #expect(try String(contentsOfFile: rejects, encoding: .utf8)
                == "file,line,column,reason,field\n\(register),2,3,sex,?\n\(register),3,3,sex,x\n")
    }

    @Test func endlessInputWithoutALineEndIsNoHeaderLine() throws {
        let outcome = try BinaryRunner.run(["report", "/dev/zero"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("srb: error: /dev/zero: no header line: the first 1048576 bytes hold no line end"))
    }

    @Test func unknownOptionOutsideACommandPointsToTheOverview() throws {
        let outcome = try BinaryRunner.run(["--fromat"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "srb: error: unknown option '--fromat'; see 'srb --help'\n")
    }
}

/// A string handed from a reader thread, waited for once.
private final class Received: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value = ""

    func set(_ text: String) {
        value = text
        done.signal()
    }

    func wait() -> String {
        done.wait()
        return value
    }
}
