/// The shared-string table of a workbook (`xl/sharedStrings.xml`), its texts
/// back to back in one byte array.
struct SharedStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    /// End offset in `bytes` of each string.
    private(set) var ends: [Int] = []
    /// Indices (ascending) of strings cut at the cell length limit.
    private(set) var oversized: [Int] = []

    var count: Int { ends.count }

    /// The bytes of string `index`, which must be below `count`.
    func string(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Whether string `index` was cut at the cell length limit.
    func isOversized(_ index: Int) -> Bool {
        guard !oversized.isEmpty else { return false }
        var low = 0
        var high = oversized.count
        while low < high {
            let middle = (low + high) / 2
            if oversized[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < oversized.count && oversized[low] == index
    }

    /// Closes the string begun at `start`: Excel's escapes replaced, cut at
    /// `limit` bytes; `wasCut` says text was already left out.
    fileprivate mutating func endString(from start: Int, limit: Int, wasCut: Bool) {
        ExcelEscapes.unescape(&bytes, from: start)
        if bytes.count - start > limit || wasCut {
            bytes.removeSubrange(UTF8Text.cutIndex(bytes, from: start, limit: limit)...)
            oversized.append(ends.count)
        }
        ends.append(bytes.count)
    }

    fileprivate mutating func append(_ text: XMLText) throws(WorkbookError.XMLProblem) {
        try text.appendDecoded(to: &bytes)
    }
}

/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, the text of its
/// `<t>` elements, directly or in rich-text runs `<r>`, joined. Phonetic
/// guides (`<rPh>`) are left out. Text is kept as written, white space
/// included, whatever `xml:space` says.
struct SharedStringsHandler: XMLHandler {
    let part: String
    let limit: Int
    private(set) var table = SharedStrings()
    private var start = 0
    private var isInItem = false
    private var isInText = false
    private var phoneticDepth = 0
    private var wasCut = false
    let isDone = false

    init(part: String, limit: Int) {
        self.part = part
        self.limit = limit
    }

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        if element.name.is("si") {
            isInItem = true
            wasCut = false
            start = table.bytes.count
        } else if isInItem {
            if element.name.is("rPh") { phoneticDepth += 1 }
            if element.name.is("t"), phoneticDepth == 0 { isInText = true }
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {
        guard isInItem else { return }
        if name.is("si") {
            table.endString(from: start, limit: limit, wasCut: wasCut)
            isInItem = false
            phoneticDepth = 0
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            isInText = false
        }
    }

    mutating func text(_ text: XMLText) throws(WorkbookError) {
        guard isInText else { return }
        // Raw text past the limit is left out; what is kept is cut at the end.
        guard table.bytes.count - start <= limit else {
            wasCut = true
            return
        }
        do throws(WorkbookError.XMLProblem) {
            try table.append(text)
        } catch {
            throw .malformedXML(part: part, offset: text.offset, error)
        }
    }
}

/// Cutting UTF-8 text at a length limit without splitting a character.
enum UTF8Text {
    /// The index at or before `start + limit` at which `bytes` can be cut
    /// between characters (not before a continuation byte).
    static func cutIndex(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var cut = min(bytes.count, start + limit)
        while cut > start, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
