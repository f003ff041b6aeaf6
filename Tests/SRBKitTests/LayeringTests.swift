import Foundation
import Testing

/// The library's folders form a stack (STYLE "Layout: the folders follow the
/// data"): a folder uses types of the folders below it only. Read from the
/// sources: every type a folder declares, and every name a file uses.
@Suite struct LayeringTests {
    /// What each folder may use besides itself.
    static let allowed: [String: Set<String>] = [
        "Model": [],
        "Statistics": ["Model"],
        "Reading": ["Model", "Statistics"],
        "Synthesis": ["Model", "Reading", "Statistics"],
        "Analysis": ["Model", "Reading", "Statistics"],
        "Rendering": ["Model", "Reading", "Statistics", "Analysis", "Synthesis"],
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/SRBKit")

    /// The Swift files of a top folder, with their text.
    static func files(in folder: String) -> [(name: String, text: String)] {
        let root = sources.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.compactMap { url in
            (try? String(contentsOf: url, encoding: .utf8)).map { (url.lastPathComponent, $0) }
        }
    }

    /// Types declared at the top level of a file (not nested: their owner is named where they are used).
    static func declaredTypes(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"^(?:public |internal |fileprivate |private |final )*(?:struct|enum|class|protocol|typealias|actor) ([A-Z][A-Za-z0-9]*)"#,
                                               options: .anchorsMatchLines)
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    /// Capitalised identifiers used in code (comments and strings left out).
    static func usedNames(_ text: String) -> Set<String> {
        let code = text.split(separator: "\n").map { line -> Substring in
            line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
        }.joined(separator: "\n")
        let withoutStrings = code.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)
        let pattern = try! NSRegularExpression(pattern: #"\b[A-Z][A-Za-z0-9]*\b"#)
        let range = NSRange(withoutStrings.startIndex..., in: withoutStrings)
        return Set(pattern.matches(in: withoutStrings, range: range).compactMap {
            Range($0.range, in: withoutStrings).map { String(withoutStrings[$0]) }
        })
    }

    @Test(arguments: ["Model", "Statistics", "Reading", "Synthesis", "Analysis"])
    func folderUsesOnlyTheFoldersBelowIt(folder: String) throws {
        var owner: [String: String] = [:]
        for other in Self.allowed.keys {
            for file in Self.files(in: other) {
                for type in Self.declaredTypes(file.text) { owner[type] = other }
            }
        }
        let permitted = try #require(Self.allowed[folder]).union([folder])
        #expect(!Self.files(in: folder).isEmpty)
        for file in Self.files(in: folder) {
            for name in Self.usedNames(file.text) {
                if let home = owner[name], !permitted.contains(home) {
                    Issue.record("\(folder)/\(file.name) uses \(name), declared in \(home)")
                }
            }
        }
    }
}
