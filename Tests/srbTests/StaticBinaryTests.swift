import Foundation
import Testing

/// Issue 11: the release binary copied to a district server without Swift must
/// run. `.ci/run` builds it first (`swift build -c release --static-swift-stdlib`,
/// the README's install step); this runs the copy with the toolchain's folder
/// hidden (an empty tmpfs mounted over it, in a mount namespace of its own).
@Suite struct StaticBinaryTests {
    static let release = BinaryRunner.packageRoot.appendingPathComponent(".build/release/srb")

    /// The toolchain's root: the folder above `usr/bin/swift` on the PATH.
    static var toolchainRoot: String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let swift = URL(fileURLWithPath: String(folder)).appendingPathComponent("swift").resolvingSymlinksInPath()
            if FileManager.default.isExecutableFile(atPath: swift.path) {
                return swift.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
            }
        }
        return nil
    }

    @Test func releaseBinaryRunsWhereTheToolchainCannotBeFound() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.release.path) else {
            print("skipped: no release binary; build it with swift build -c release --static-swift-stdlib (.ci/run does)")
            return
        }
        let libraries = try BinaryRunner.shell("ldd '\(Self.release.path)' | grep -q libswiftCore")
        guard libraries.status != 0 else {
            print("skipped: .build/release/srb links the Swift runtime; build it with --static-swift-stdlib (.ci/run does)")
            return
        }
        let folder = try BinaryRunner.temporaryFolder()
        let copy = folder.appendingPathComponent("srb").path
        try FileManager.default.copyItem(atPath: Self.release.path, toPath: copy)
        let register = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
        let run = "'\(copy)' report '\(register)' --by total --format csv --quiet > '\(folder.path)/out.csv'"
        if let root = Self.toolchainRoot,
           try BinaryRunner.shell("unshare -m true").status == 0 {
            let hidden = try BinaryRunner.shell("unshare -m sh -c \"mount -t tmpfs none '\(root)' && \(run.replacingOccurrences(of: "\"", with: "\\\""))\"")
            #expect(hidden.status == 0, "with \(root) hidden: \(hidden.standardError)")
        } else {
            print("note: no mount namespace here; the copy runs with the toolchain in place (ldd shows no Swift library)")
            #expect(try BinaryRunner.shell("env -i \(run)").status == 0)
        }
        let csv = try String(contentsOfFile: folder.appendingPathComponent("out.csv").path, encoding: .utf8)
        #expect(csv.hasPrefix("code,name,level,parent,births,boys,girls,srb,ci_low,ci_high,status\n"))
        #expect(csv.contains(",Total,total,,3558,1886,1672,"))
    }
}
