/// Which cell formats (`s` of a cell, an index into `cellXfs`) show numbers as dates.
struct CellStyles: Sendable {
    /// The kind of each cell format, by index.
    let formats: [NumberFormat]

    /// No styles part: every number is a number.
    static let none = CellStyles(formats: [])

    /// The kind of format index `style`; an index past the table is general, as Excel reads it.
    func format(_ style: Int) -> NumberFormat {
        style >= 0 && style < formats.count ? formats[style] : .general
    }
}

/// Reads `xl/styles.xml`: `numFmts` (custom codes by id) and `cellXfs` (each
/// cell format's `numFmtId`). A custom code given for a built-in id replaces it.
struct StylesHandler: XMLHandler {
    let part: String
    private var codes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var depthInCellFormats = 0
    private var isInCellFormats = false
    let isDone = false

    init(part: String) { self.part = part }

    /// The styles read.
    var styles: CellStyles {
        CellStyles(formats: formatIDs.map { id in codes[id].map(NumberFormat.classify) ?? NumberFormat.builtIn(id) })
    }

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        if element.name.is("numFmt") {
            guard let id = element.attribute("numFmtId").flatMap(StylesHandler.integer),
                  let code = element.attribute("formatCode") else { return }
            codes[id] = try decoded(code)
        } else if element.name.is("cellXfs") {
            isInCellFormats = true
            depthInCellFormats = 0
        } else if isInCellFormats {
            depthInCellFormats += 1
            if depthInCellFormats == 1, element.name.is("xf") {
                formatIDs.append(element.attribute("numFmtId").flatMap(StylesHandler.integer) ?? 0)
            }
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {
        guard isInCellFormats else { return }
        if depthInCellFormats == 0 {
            isInCellFormats = false
        } else {
            depthInCellFormats -= 1
        }
    }

    mutating func text(_ text: XMLText) throws(WorkbookError) {}

    private func decoded(_ value: XMLText) throws(WorkbookError) -> String {
        do throws(WorkbookError.XMLProblem) {
            return try value.string()
        } catch {
            throw .malformedXML(part: part, offset: value.offset, error)
        }
    }

    /// A non-negative decimal integer of at most 9 digits.
    static func integer(_ value: XMLText) -> Int? {
        guard value.bytes.count > 0, value.bytes.count <= 9 else { return nil }
        var result = 0
        for byte in value.bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            result = result * 10 + Int(digit)
        }
        return result
    }
}
