/// The small XML parts that say where things are in an Open Packaging
/// Conventions package: `[Content_Types].xml`, relationships (`*.rels`) and
/// the workbook part. Each handler collects attributes into plain values.
enum PackageParts {
    /// Content types of the spreadsheet main part: workbook, macro-enabled
    /// workbook, and their templates.
    static let workbookContentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ]
    /// Content type of an Excel binary workbook's main part (`.xlsb`).
    static let binaryWorkbookContentType = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"

    /// The part a relationship target names, from the part `source` that holds
    /// the relationship: `/xl/x.xml` is absolute, `worksheets/sheet1.xml` and
    /// `../x.xml` are relative to the source's folder. No leading `/`.
    static func resolve(_ target: String, from source: String) -> String {
        var segments: [Substring] = []
        if !target.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        }
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                _ = segments.popLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        var segments = part.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? ""
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}

/// A handler's way of reading an attribute as text, with errors pointing into its part.
private func string(_ value: XMLText?, part: String) throws(WorkbookError) -> String? {
    guard let value else { return nil }
    do throws(WorkbookError.XMLProblem) {
        return try value.string()
    } catch {
        throw .malformedXML(part: part, offset: value.offset, error)
    }
}

/// Reads `[Content_Types].xml`: the `Override` elements' part names and types.
struct ContentTypesHandler: XMLHandler {
    let part: String
    /// Part name (no leading `/`) and content type of each override, in order.
    private(set) var overrides: [(part: String, contentType: String)] = []
    let isDone = false

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        guard element.name.is("Override"),
              let name = try string(element.attribute("PartName"), part: part),
              let type = try string(element.attribute("ContentType"), part: part) else { return }
        overrides.append((PackageParts.resolve(name, from: ""), type))
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {}
    mutating func text(_ text: XMLText) throws(WorkbookError) {}
}

/// One relationship of a part.
struct Relationship: Sendable, Hashable {
    let id: String
    /// The type URI; compared by its last segment (`worksheet`, `sharedStrings`,
    /// `styles`), which the transitional and strict namespaces share.
    let type: String
    /// The target part, resolved (no leading `/`).
    let target: String

    /// Whether the type's last path segment is `kind`.
    func isKind(_ kind: String) -> Bool {
        type.split(separator: "/").last.map { $0 == kind } ?? false
    }
}

/// Reads a relationships part; external targets are left out.
struct RelationshipsHandler: XMLHandler {
    let part: String
    /// The part whose relationships these are (targets are relative to it).
    let source: String
    private(set) var relationships: [Relationship] = []
    let isDone = false

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        guard element.name.is("Relationship"),
              let id = try string(element.attribute("Id"), part: part),
              let type = try string(element.attribute("Type"), part: part),
              let target = try string(element.attribute("Target"), part: part) else { return }
        if let mode = element.attribute("TargetMode"), mode.is("External") { return }
        relationships.append(Relationship(id: id, type: type, target: PackageParts.resolve(target, from: source)))
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {}
    mutating func text(_ text: XMLText) throws(WorkbookError) {}
}

/// Reads the workbook part: its sheets in tab order and `workbookPr date1904`.
struct WorkbookPartHandler: XMLHandler {
    struct Sheet {
        let name: String
        let relationshipID: String
    }

    let part: String
    private(set) var sheets: [Sheet] = []
    private(set) var usesDate1904 = false
    let isDone = false

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        if element.name.is("sheet") {
            guard let name = try string(element.attribute("name"), part: part),
                  let id = try string(element.attribute("id"), part: part) else { return }
            sheets.append(Sheet(name: name, relationshipID: id))
        } else if element.name.is("workbookPr"), let value = element.attribute("date1904") {
            usesDate1904 = value.is("1") || value.is("true")
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {}
    mutating func text(_ text: XMLText) throws(WorkbookError) {}
}
