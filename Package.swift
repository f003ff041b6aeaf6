// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "srb",
    products: [
        .library(name: "SRBKit", targets: ["SRBKit"]),
        .executable(name: "srb", targets: ["srb"]),
    ],
    targets: [
        .target(name: "SRBKit"),
        .executableTarget(name: "srb", dependencies: ["SRBKit"]),
        .testTarget(
            name: "SRBKitTests",
            dependencies: ["SRBKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "srbTests", dependencies: ["srb"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
