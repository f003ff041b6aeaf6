import Foundation
import Testing

/// Every `srb` command shown in `README.md` and `docs/**/*.md` still runs: the
/// documentation is the first thing a newcomer or a district officer copies
/// from, so a command there that no longer works is a bug.
///
/// A command is a line of a fenced code block that starts with `srb `,
/// `.build/release/srb ` or `swift run -c release srb ` (after an optional
/// `$ `). It runs from the package root (paths in the docs are `data/...`),
/// with `--output` and `--rejects` files sent to a temporary folder. It must
/// exit 0, or the code its trailing comment names (`# exit 1`); `check` and
/// `validate` may also exit 1 unmarked. Blocks whose info string holds
/// `norun` (```` ```sh norun ````) are skipped.
@Suite struct DocumentedCommandsTests {
    static let root = BinaryRunner.packageRoot

    @Test(arguments: DocumentedCommand.all)
    func everyDocumentedCommandStillRuns(_ command: DocumentedCommand) throws {
        if let problem = command.problem {
            Issue.record("\(command.testDescription): \(problem)")
            return
        }
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = command.argumentsWritingInto(folder)
        let outcome = try BinaryRunner.run(arguments, currentDirectory: Self.root)
        #expect(command.expectedStatuses.contains(outcome.status), """
            \(command.testDescription)
            exited \(outcome.status), expected \(command.expectedStatuses.sorted().map(String.init).joined(separator: " or ")); \
            standard error:
            \(outcome.standardError.prefix(2000))
            """)
    }

    @Test func documentationShowsTheCommandsItPromises() {
        let commands = DocumentedCommand.all
        // An extraction that silently finds nothing would make the test above pass vacuously.
        #expect(commands.count >= 40, "only \(commands.count) documented commands found")
        #expect(commands.contains { $0.file == "README.md" && $0.text.hasPrefix("swift run -c release srb report data/") },
                "README.md no longer shows the quick start on the sample register")
        for page in DocumentedCommand.pages where page.hasPrefix("docs/vi/") {
            #expect(commands.contains { $0.file == page }, "\(page) shows no runnable srb command")
        }
    }

    @Test func readmeIsAFrontDoorUnder12KB() throws {
        let size = try Data(contentsOf: Self.root.appendingPathComponent("README.md")).count
        #expect(size < 12 * 1024, "README.md is \(size) bytes; move reference text into docs/")
    }

    @Test func everyDocsPageIsLinkedFromTheReadme() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        for page in DocumentedCommand.pages where page != "README.md" {
            #expect(readme.contains("](\(page)"), "README.md does not link \(page)")
        }
    }

    @Test func relativeLinksInTheDocumentationReachFiles() throws {
        for page in DocumentedCommand.pages {
            let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
            let folder = Self.root.appendingPathComponent(page).deletingLastPathComponent()
            for target in DocumentedCommand.linkTargets(in: text) {
                let path = String(target.prefix { $0 != "#" })
                guard !path.isEmpty, !path.contains("://"), !path.hasPrefix("mailto:") else { continue }
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path),
                        "\(page) links \(target), which does not exist")
            }
        }
    }
}

/// One command line found in a fenced block of the documentation.
struct DocumentedCommand: CustomTestStringConvertible, Sendable {
    /// The page, relative to the package root.
    let file: String
    /// 1-based line of the command's first line.
    let line: Int
    /// The command as written (continuation lines joined).
    let text: String
    /// The arguments after `srb`, split as a shell would.
    let arguments: [String]
    let expectedStatuses: Set<Int32>
    /// Why the line cannot be run as written, if it cannot.
    let problem: String?

    var testDescription: String { "\(file):\(line): \(text)" }

    static let prefixes = ["swift run -c release srb ", ".build/release/srb ", "srb "]
    static let outputOptions: Set<String> = ["--output", "--rejects"]

    /// `README.md` and every Markdown page under `docs/`, sorted.
    static var pages: [String] {
        let root = BinaryRunner.packageRoot
        var pages = ["README.md"]
        let docs = root.appendingPathComponent("docs")
        if let walker = FileManager.default.enumerator(atPath: docs.path) {
            for case let path as String in walker where path.hasSuffix(".md") {
                pages.append("docs/" + path)
            }
        }
        return pages.sorted()
    }

    /// Every command of every page, in page and line order.
    static var all: [DocumentedCommand] {
        pages.flatMap { page -> [DocumentedCommand] in
            guard let text = try? String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent(page),
                                         encoding: .utf8) else { return [] }
            return commands(in: text, file: page)
        }
    }

    /// The commands in the fenced blocks of one page's text.
    static func commands(in text: String, file: String) -> [DocumentedCommand] {
        var found: [DocumentedCommand] = []
        var fence: (marker: String, runs: Bool)?
        var pending: (line: Int, text: String)?
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
            let trimmed = line.drop { $0 == " " }
            if let open = fence, trimmed.hasPrefix(open.marker),
               trimmed.drop(while: { $0 == open.marker.first }).allSatisfy(\.isWhitespace) {
                fence = nil
                pending = nil
                continue
            }
            if fence == nil {
                for marker in ["```", "~~~"] where trimmed.hasPrefix(marker) {
                    let run = trimmed.prefix { $0 == marker.first }
                    let info = trimmed.dropFirst(run.count).split(separator: " ")
                    fence = (String(run), !info.contains("norun"))
                }
                continue
            }
            guard fence?.runs == true else { continue }
            var joined = pending.map { $0.text + " " + trimmed } ?? String(trimmed)
            let start = pending?.line ?? index + 1
            if joined.hasSuffix("\\") {
                joined.removeLast()
                pending = (start, joined)
                continue
            }
            pending = nil
            if joined.hasPrefix("$ ") { joined.removeFirst(2) }
            guard let prefix = prefixes.first(where: joined.hasPrefix) else { continue }
            found.append(parse(String(joined.dropFirst(prefix.count)), text: joined, file: file, line: start))
        }
        return found
    }

    /// Splits the text after `srb` like a shell, for simple quoting only: words,
    /// single and double quotes, backslash escapes; a `#` comment (`# exit N`
    /// names the expected code); the command ends at `|`, `;`, `&`, `>` or `<`.
    static func parse(_ command: String, text: String, file: String, line: Int) -> DocumentedCommand {
        var words: [String] = [], word = "", inWord = false
        var problem: String?
        var comment = ""
        var characters = Array(command)[...]
        parsing: while let character = characters.popFirst() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "#" where !inWord:
                comment = String(characters)
                break parsing
            case "|", ";", "&", ">", "<":
                // Drop a redirection's file descriptor (`2>`), and everything from here on.
                if inWord, character == ">" || character == "<", word.allSatisfy(\.isNumber) { inWord = false }
                break parsing
            case "'":
                inWord = true
                while let next = characters.popFirst(), next != "'" { word.append(next) }
            case "\"":
                inWord = true
                while let next = characters.popFirst(), next != "\"" {
                    if next == "\\", let escaped = characters.first, "\"\\$`".contains(escaped) {
                        word.append(characters.removeFirst())
                    } else {
                        if next == "$" || next == "`" { problem = "uses shell expansion; mark its block norun" }
                        word.append(next)
                    }
                }
            case "\\":
                inWord = true
                if let escaped = characters.popFirst() { word.append(escaped) }
            case "$", "`", "*", "?":
                problem = "uses shell expansion or globbing; mark its block norun"
                inWord = true
                word.append(character)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        var expected: Set<Int32> = ["check", "validate"].contains(words.first ?? "") ? [0, 1] : [0]
        if let range = comment.range(of: #"exit\s+[0-9]+"#, options: .regularExpression),
           let code = Int32(comment[range].split(separator: " ").last ?? "") {
            expected = [code]
        }
        return DocumentedCommand(file: file, line: line, text: text.trimmingCharacters(in: .whitespaces),
                                 arguments: words, expectedStatuses: expected, problem: problem)
    }

    /// The arguments, with each `--output FILE` and `--rejects FILE` (or
    /// `--output=FILE`) moved into `folder`, keeping the file's name.
    func argumentsWritingInto(_ folder: URL) -> [String] {
        var result: [String] = []
        var redirectNext = false
        for argument in arguments {
            if redirectNext {
                result.append(Self.moved(argument, into: folder))
                redirectNext = false
            } else if let equals = argument.firstIndex(of: "="),
                      Self.outputOptions.contains(String(argument[..<equals])) {
                let value = String(argument[argument.index(after: equals)...])
                result.append(String(argument[..<equals]) + "=" + Self.moved(value, into: folder))
            } else {
                result.append(argument)
                redirectNext = Self.outputOptions.contains(argument)
            }
        }
        return result
    }

    private static func moved(_ path: String, into folder: URL) -> String {
        path == "-" || path.hasPrefix("/dev/") ? path
            : folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent).path
    }

    /// The targets of the Markdown links `[text](target)` outside code spans and blocks.
    static func linkTargets(in text: String) -> [String] {
        var targets: [String] = []
        var inFence = false
        for line in text.components(separatedBy: "\n") {
            if line.drop(while: { $0 == " " }).hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            // Code spans may show link-like text; leave them out.
            let prose = line.split(separator: "`", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
            var rest = prose[...]
            while let close = rest.range(of: "](") {
                let after = rest[close.upperBound...]
                guard let end = after.firstIndex(of: ")") else { break }
                targets.append(String(after[..<end]))
                rest = after[end...]
            }
        }
        return targets
    }
}
