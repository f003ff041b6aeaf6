import Foundation
import Testing

/// The outputs the documentation quotes are what the binary prints: the
/// README's quick-start table, and every fenced block that opens with a
/// `$ srb …` line followed by its output. A sample left behind by a change of
/// the output (an order, a title, a footer) is a bug, as a stale command is.
/// Only the day in `Made on YYYY-MM-DD with srb.` may differ (it is the day run).
@Suite struct DocumentedOutputsTests {
    static let root = BinaryRunner.packageRoot

    /// A quoted output: the page and line of its `$ srb` line, the arguments, the lines after it.
    struct Sample: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let arguments: [String]
        let output: String
        var testDescription: String { "\(file):\(line)" }
    }

    static var samples: [Sample] {
        DocumentedCommand.pages.flatMap { page -> [Sample] in
            guard let text = try? String(contentsOf: root.appendingPathComponent(page), encoding: .utf8) else { return [] }
            return samples(in: text, file: page)
        }
    }

    /// Blocks whose first line is `$ srb …` and that hold more lines.
    static func samples(in text: String, file: String) -> [Sample] {
        let lines = text.components(separatedBy: "\n")
        var found: [Sample] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```"), index + 1 < lines.count,
                  lines[index + 1].hasPrefix("$ srb ") else { continue }
            guard let close = lines[(index + 2)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "```" })
            else { continue }
            let command = String(lines[index + 1].dropFirst("$ srb ".count))
            let parsed = DocumentedCommand.parse(command, text: command, file: file, line: index + 2)
            found.append(Sample(file: file, line: index + 2, arguments: parsed.arguments,
                                output: lines[(index + 2)..<close].joined(separator: "\n") + "\n"))
            index = close
        }
        return found
    }

    /// The day of the footer replaced, so that a sample made on another day still compares.
    static func withoutTheDay(_ text: String) -> String {
        text.replacingOccurrences(of: #"Made on [0-9]{4}-[0-9]{2}-[0-9]{2} with srb\."#, with: "Made on (day) with srb.",
                                  options: .regularExpression)
    }

    @Test(arguments: samples)
    func quotedOutputIsWhatTheBinaryPrints(_ sample: Sample) throws {
        let outcome = try BinaryRunner.run(sample.arguments, currentDirectory: Self.root)
        #expect(Self.withoutTheDay(outcome.standardOutput) == Self.withoutTheDay(sample.output), """
            \(sample.testDescription) quotes an output srb no longer prints; it prints:
            \(outcome.standardOutput)
            """)
    }

    @Test func samplesAreFound() {
        // Finding none would make the test above pass vacuously.
        #expect(Self.samples.count >= 3, "only \(Self.samples.count) quoted outputs found")
    }

    @Test func readmeQuickStartShowsTheTableTheReportPrints() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let outcome = try BinaryRunner.run(["report", "data/registers/long-bien-births-2021-2024.csv"],
                                           currentDirectory: Self.root)
        #expect(outcome.status == 0)
        #expect(Self.withoutTheDay(readme).contains("\n```\n" + Self.withoutTheDay(outcome.standardOutput) + "```\n"), """
            README.md's quick-start sample is not what `srb report` prints on the sample register; it prints:
            \(outcome.standardOutput)
            """)
    }
}
