import Foundation

/// Runs the built `srb` binary the way a user or a cron job does, and captures
/// what it printed and its exit code.
struct BinaryRunner {
    struct Outcome {
        let standardOutput: String
        let standardError: String
        let status: Int32
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/<configuration>/srb`, next to the test bundle.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("srb"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("srb"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("srb"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// A shipped sample file, by its path under `data/`.
    static func sample(_ path: String) -> String {
        packageRoot.appendingPathComponent("data").appendingPathComponent(path).path
    }

    /// Runs `srb arguments…` with a plain English environment unless `environment`
    /// says otherwise; standard output goes to `standardOutput` when given
    /// (a file such as /dev/full), else it is captured. Standard input is `input`
    /// as UTF-8, or the bytes `inputBytes`.
    static func run(_ arguments: [String], input: String? = nil, inputBytes: Data? = nil, environment: [String: String] = [:],
                    standardOutput: FileHandle? = nil, currentDirectory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.arguments = arguments
        process.environment = plainEnvironment(environment)
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(inputBytes ?? Data((input ?? "").utf8))
        try standardInput.fileHandleForWriting.close()
        let outputData = standardOutput == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(standardOutput: String(decoding: outputData, as: UTF8.self),
                       standardError: String(decoding: errorData, as: UTF8.self),
                       status: process.terminationStatus)
    }

    /// `PATH` and `LANG=C`, then `extra`.
    static func plainEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var variables = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        variables.merge(extra) { $1 }
        return variables
    }

    /// Runs a shell command (mknod, mkfifo, mount…); its exit status and standard error.
    @discardableResult
    static func shell(_ command: String) throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
    }

    /// The folder that holds this test process's temporary folders; it is removed when the
    /// process exits, so a test run leaves nothing behind in the temporary directory.
    private static let processFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: BinaryRunner.processFolderURL()) }
        return processFolderURL()
    }()

    /// `srb-tests-<pid>` in the temporary directory (a function: the exit handler captures nothing).
    private static func processFolderURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("srb-tests-\(getpid())")
    }

    /// A fresh temporary folder for one test, inside `processFolder`.
    static func temporaryFolder() throws -> URL {
        let folder = processFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` into `folder/name` and returns its path.
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The JSON object printed by a `--format json` run.
    static func json(_ outcome: Outcome) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        return object as? [String: Any] ?? [:]
    }
}
