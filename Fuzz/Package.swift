// swift-tools-version:6.0
// The fuzz harness of srb, kept out of the root package so that `swift test`
// never builds it (it needs sanitizer builds). See README.md beside this file.
import PackageDescription

let package = Package(
    name: "SRBFuzz",
    dependencies: [.package(name: "srb", path: "..")],
    targets: [
        // The checks, kept apart from the entry point so that they build without sanitizers too.
        .target(name: "SRBFuzzCore", dependencies: [.product(name: "SRBKit", package: "srb")]),
        // libFuzzer entry point: build with -sanitize=fuzzer,address -parse-as-library.
        .executableTarget(name: "SRBFuzz", dependencies: ["SRBFuzzCore"]),
    ],
    swiftLanguageModes: [.v6]
)
