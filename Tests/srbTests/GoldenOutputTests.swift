import Foundation
import Testing

/// Every command in every format on the shipped sample data, against golden
/// files in `Tests/srbTests/Golden/` that were read by eye when written, so
/// that any change in what users see shows in a diff. After a change meant to
/// alter an output, rewrite them with `SRB_UPDATE_GOLDEN=1 swift test --filter
/// GoldenOutputTests` and read the diff before committing it.
@Suite struct GoldenOutputTests {
    static let folder = BinaryRunner.packageRoot.appendingPathComponent("Tests/srbTests/Golden")
    static let formats = ["table", "csv", "tsv", "json", "markdown", "html"]

    /// A command line and the golden file of its standard output.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static var cases: [Case] {
        let births = "data/registers/long-bien-births-2021-2024.csv", wards = "data/wards/long-bien.csv"
        let plan = "data/plans/long-bien-2024.csv", counts = "data/registers/long-bien-monthly-counts-2024.csv"
        var cases: [Case] = []
        for format in formats {
            let suffix = "." + (format == "table" ? "txt" : format == "markdown" ? "md" : format)
            cases.append(Case(name: "report" + suffix, arguments: ["report", births, "--wards", wards, "--format", format]))
            cases.append(Case(name: "check" + suffix, arguments: ["check", births, "--fail-on", "over", "--format", format]))
            cases.append(Case(name: "progress" + suffix,
                              arguments: ["progress", births, "--plan", plan, "--as-of", "2024-09-30", "--format", format]))
            cases.append(Case(name: "plan" + suffix, arguments: ["plan", plan, "--as-of", "2024-09-30", "--format", format]))
            cases.append(Case(name: "validate" + suffix, arguments: ["validate", births, counts, "--format", format]))
            cases.append(Case(name: "monthly" + suffix,
                              arguments: ["monthly", births, "--wards", wards, "--month", "2024-09", "--format", format]))
        }
        cases.append(Case(name: "report.vi.txt", arguments: ["report", births, "--lang", "vi"]))
        cases.append(Case(name: "report-district.vi.html", arguments: ["report", births, "--by", "district", "--lang", "vi",
                                                                       "--format", "html"]))
        cases.append(Case(name: "report-by-order.csv", arguments: ["report", births, "--by-order", "--format", "csv"]))
        cases.append(Case(name: "report-excel.vi.csv", arguments: ["report", births, "--wards", wards, "--excel", "--lang", "vi"]))
        cases.append(Case(name: "monthly.vi.txt", arguments: ["monthly", births, "--lang", "vi", "--month", "2024-03"]))
        cases.append(Case(name: "monthly-by-order.csv", arguments: ["monthly", births, "--by-order", "--month", "2024-09",
                                                                    "--format", "csv"]))
        cases.append(Case(name: "monthly-by-order.txt", arguments: ["monthly", births, "--wards", wards, "--by-order",
                                                                    "--month", "2024-09"]))
        cases.append(Case(name: "check-window.json", arguments: ["check", births, "--window", "last_84_months",
                                                                 "--confidence", "0.98", "--format", "json"]))
        cases.append(Case(name: "progress-excel.vi.csv", arguments: ["progress", births, "--excel", "--lang", "vi"]))
        return cases
    }

    @Test(arguments: cases)
    func outputMatchesItsGoldenFile(_ golden: Case) throws {
        // From the package root, so that file names in the outputs are the same on every machine.
        let outcome = try BinaryRunner.run(golden.arguments, environment: ["SOURCE_DATE_EPOCH": "1733097600"],
                                           currentDirectory: BinaryRunner.packageRoot)
        #expect([0, 1].contains(outcome.status), "\(golden.arguments): \(outcome.standardError)")
        let file = Self.folder.appendingPathComponent(golden.name)
        if ProcessInfo.processInfo.environment["SRB_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(outcome.standardOutput.utf8).write(to: file)
            return
        }
        // Decoded without dropping a byte-order mark (the --excel files start with one).
        let expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        if outcome.standardOutput != expected {
            let outputLines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(outputLines.count, expectedLines.count)
            Issue.record("""
                \(golden.name) differs from line \(first + 1):
                  golden: \(first < expectedLines.count ? String(expectedLines[first]) : "(end)")
                  now:    \(first < outputLines.count ? String(outputLines[first]) : "(end)")
                (SRB_UPDATE_GOLDEN=1 rewrites the golden files; read the diff before committing)
                """)
        }
    }
}
