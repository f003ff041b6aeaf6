// A note for the next person: a push tokenizer for the XML of workbook parts,
// fed inflated chunks as they come, with memory bounded by the longest token.
//
// - Each chunk is scanned as far as whole tokens go; an unfinished tag,
//   comment or CDATA section is carried to the next chunk and rescanned from
//   its `<` (tags are short; one longer than `maximumTokenLength` is an
//   error). Text is handed on in pieces: a long run is cut before its last `&`,
//   so a reference is never split, and handlers append the pieces.
// - Names are compared by their local part (`x:row` is `row`); namespace URIs
//   are not resolved. Workbook parts use one namespace per element, so the
//   prefix says nothing a handler needs.
// - Well-formedness is checked where it is cheap: each end tag closes the
//   element open (a stack of 64-bit fingerprints of the names, so a mismatch
//   could pass only by a hash collision), nesting depth and attribute count
//   are capped, the part must end with its root closed. DTDs are skipped, never expanded: an entity
//   other than the five predefined ones is an error, so no entity expansion
//   can blow up.
// - Events carry pointers into the chunk being scanned, valid only during the
//   handler call. The pointer code stays in this file.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt  // memchr and memcmp: standard C, there too
#endif

/// Receives what the tokenizer finds, in document order.
protocol XMLHandler {
    /// An element opens; for a self-closing `<a/>`, `end` follows at once.
    mutating func start(_ element: XMLElement) throws(WorkbookError)
    /// An element closes.
    mutating func end(_ name: XMLName) throws(WorkbookError)
    /// A piece of character data inside the root element (CDATA included);
    /// one text run may come in several pieces.
    mutating func text(_ text: XMLText) throws(WorkbookError)
    /// True once the handler wants nothing more: the rest of the part is skipped.
    var isDone: Bool { get }
}

/// The local name of an element (after any `prefix:`), valid during the handler call.
struct XMLName {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether the local name is `name`.
    @inline(__always)
    func `is`(_ name: StaticString) -> Bool {
        guard name.utf8CodeUnitCount == bytes.count else { return false }
        let expected = name.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }
}

/// An attribute value or a text piece as it stands in the XML, references
/// not yet replaced; valid during the handler call.
struct XMLText {
    /// The raw bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// True for CDATA, whose bytes are literal.
    let isLiteral: Bool
    /// True when the bytes may hold a reference or a character that decoding changes.
    let needsDecoding: Bool
    /// Offset of the first byte in the part, for messages.
    let offset: Int

    /// Appends the text with references replaced and line ends normalized (and,
    /// for an attribute value, white space normalized to spaces).
    func appendDecoded(to output: inout [UInt8], isAttribute: Bool = false) throws(WorkbookError.XMLProblem) {
        if isLiteral || !needsDecoding {
            output.append(contentsOf: bytes)
        } else {
            try XMLReferences.appendDecoded(bytes, isAttribute: isAttribute, to: &output)
        }
    }

    /// The decoded text as a string.
    func string(isAttribute: Bool = true) throws(WorkbookError.XMLProblem) -> String {
        if isLiteral || !needsDecoding { return String(decoding: bytes, as: UTF8.self) }
        var decoded: [UInt8] = []
        try appendDecoded(to: &decoded, isAttribute: isAttribute)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Whether the raw bytes are exactly `value`.
    @inline(__always)
    func `is`(_ value: StaticString) -> Bool {
        guard value.utf8CodeUnitCount == bytes.count else { return false }
        let expected = value.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }
}

/// A start tag: its local name and attributes, valid during the handler call.
struct XMLElement {
    let name: XMLName
    /// True for `<a/>`.
    let isEmpty: Bool
    fileprivate let base: UnsafePointer<UInt8>
    fileprivate let spans: UnsafeBufferPointer<AttributeSpan>
    fileprivate let offset: Int

    /// The value of the attribute with this local name (`r` finds `r="…"` and
    /// `x:r="…"`; namespace declarations are never found).
    @inline(__always)
    func attribute(_ local: StaticString) -> XMLText? {
        let count = local.utf8CodeUnitCount
        let expected = local.utf8Start
        search: for span in spans where span.nameEnd - span.localStart == count && !span.isNamespaceDeclaration {
            for index in 0..<count where base[span.localStart + index] != expected[index] { continue search }
            do {
                return XMLText(bytes: UnsafeBufferPointer(start: base + span.valueStart, count: span.valueEnd - span.valueStart),
                               isLiteral: false, needsDecoding: span.needsDecoding, offset: offset + span.valueStart)
            }
        }
        return nil
    }
}

/// Where one attribute lies in the scanned bytes.
private struct AttributeSpan {
    var localStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
    var needsDecoding: Bool
    var isNamespaceDeclaration: Bool
}

/// Splits a part's XML into start tags, end tags and text, chunk by chunk.
struct XMLTokenizer {
    /// Longest tag, comment, processing instruction or DTD: 1 MiB.
    static let maximumTokenLength = 1 << 20
    /// Deepest nesting: 256 elements (a sheet needs 5).
    static let maximumDepth = 256
    /// Most attributes on one element: 256 (Excel writes a dozen at most).
    static let maximumAttributes = 256
    /// Text carried past the end of a chunk before a piece of it is handed on.
    private static let textPieceLength = 1 << 14

    /// The part's name, for errors.
    let part: String
    private var carried: [UInt8] = []
    /// Offset in the part of `carried[0]` (of the next byte, when nothing is carried).
    private var carriedOffset = 0
    /// Fingerprints of the names of the open elements, `depth` of them in use.
    private var openNames = [UInt64](repeating: 0, count: XMLTokenizer.maximumDepth)
    private var depth = 0
    private var spans = [AttributeSpan](
        repeating: AttributeSpan(localStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0, needsDecoding: false, isNamespaceDeclaration: false),
        count: XMLTokenizer.maximumAttributes)
    private var hasCheckedEncoding = false
    private var sawRoot = false
    /// True once the handler asked to stop.
    private(set) var isStopped = false

    init(part: String) {
        self.part = part
    }

    /// Scans `chunk` (and what was carried) as far as whole tokens go.
    mutating func feed<Handler: XMLHandler>(_ chunk: UnsafeBufferPointer<UInt8>, to handler: inout Handler) throws(WorkbookError) {
        guard !isStopped else { return }
        if carried.isEmpty, hasCheckedEncoding {
            let used = try scan(chunk, isFinal: false, handler: &handler)
            carried.append(contentsOf: chunk[used...])
            carriedOffset += used
        } else {
            var bytes = carried
            carried = []
            bytes.append(contentsOf: chunk)
            if !hasCheckedEncoding {
                guard bytes.count >= 4 else {
                    carried = bytes
                    return
                }
                try checkEncoding(&bytes)
            }
            let used = try bytes.withUnsafeBufferPointer { (all) throws(WorkbookError) in
                try scan(all, isFinal: false, handler: &handler)
            }
            bytes.removeSubrange(0..<used)
            carried = bytes
            carriedOffset += used
        }
        if isStopped { carried = [] }
        if carried.count > XMLTokenizer.maximumTokenLength {
            throw malformed(carriedOffset, .tokenTooLong(limit: XMLTokenizer.maximumTokenLength))
        }
    }

    /// Ends the part: scans what was carried and checks that the root element closed.
    mutating func finish<Handler: XMLHandler>(to handler: inout Handler) throws(WorkbookError) {
        guard !isStopped else { return }
        var bytes = carried
        carried = []
        if !hasCheckedEncoding { try checkEncoding(&bytes) }
        _ = try bytes.withUnsafeBufferPointer { (all) throws(WorkbookError) in
            try scan(all, isFinal: true, handler: &handler)
        }
        if isStopped { return }
        guard sawRoot, depth == 0 else { throw malformed(carriedOffset + bytes.count, .unexpectedEnd) }
    }

    private func malformed(_ offset: Int, _ problem: WorkbookError.XMLProblem) -> WorkbookError {
        .malformedXML(part: part, offset: offset, problem)
    }

    /// Drops a UTF-8 byte-order mark; UTF-16 (marked or not) is an error.
    private mutating func checkEncoding(_ bytes: inout [UInt8]) throws(WorkbookError) {
        hasCheckedEncoding = true
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            carriedOffset += 3
        } else if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
                    || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00]) {
            throw malformed(0, .unsupportedEncoding("UTF-16"))
        }
    }

    /// Scans whole tokens from the start of `input`; returns how many bytes were used.
    private mutating func scan<Handler: XMLHandler>(
        _ input: UnsafeBufferPointer<UInt8>,
        isFinal: Bool,
        handler: inout Handler
    ) throws(WorkbookError) -> Int {
        guard input.baseAddress != nil else { return 0 }
        var scratch = spans
        spans = []
        var names = openNames
        openNames = []
        defer {
            spans = scratch
            openNames = names
        }
        return try scratch.withUnsafeMutableBufferPointer { (attributes) throws(WorkbookError) -> Int in
            try names.withUnsafeMutableBufferPointer { (open) throws(WorkbookError) -> Int in
                try scan(input, isFinal: isFinal, handler: &handler,
                         attributes: attributes.baseAddress!, open: open.baseAddress!)
            }
        }
    }

    private mutating func scan<Handler: XMLHandler>(
        _ input: UnsafeBufferPointer<UInt8>,
        isFinal: Bool,
        handler: inout Handler,
        attributes: UnsafeMutablePointer<AttributeSpan>,
        open: UnsafeMutablePointer<UInt64>
    ) throws(WorkbookError) -> Int {
        let p = input.baseAddress!
        let n = input.count
        let base = carriedOffset
        var i = 0
        while i < n {
            if handler.isDone {
                isStopped = true
                return n
            }
            if p[i] != XMLByte.lessThan {
                let j = XMLTokenizer.find(XMLByte.lessThan, in: p, from: i, to: n)
                if j == n, !isFinal {
                    if n - i >= XMLTokenizer.textPieceLength, depth > 0 {
                        let cut = XMLTokenizer.cutBeforeReference(p, from: i, to: n)
                        try handler.text(text(p, i, cut, base: base))
                        i = cut
                    }
                    return i
                }
                if depth > 0 { try handler.text(text(p, i, j, base: base)) }
                i = j
                continue
            }
            guard i + 1 < n else { return try incomplete(i, n, isFinal) }
            let next: Int?
            switch p[i + 1] {
            case XMLByte.slash: next = try endTag(p, i, n, base: base, open: open, handler: &handler)
            case XMLByte.question: next = try processingInstruction(p, i, n, base: base)
            case XMLByte.exclamation: next = try declaration(p, i, n, base: base, handler: &handler)
            default: next = try startTag(p, i, n, base: base, attributes: attributes, open: open, handler: &handler)
            }
            guard let next else { return try incomplete(i, n, isFinal) }
            if next - i > XMLTokenizer.maximumTokenLength {
                throw malformed(base + i, .tokenTooLong(limit: XMLTokenizer.maximumTokenLength))
            }
            i = next
        }
        return i
    }

    /// What to do with a token that the input ends inside.
    private func incomplete(_ i: Int, _ n: Int, _ isFinal: Bool) throws(WorkbookError) -> Int {
        if isFinal { throw malformed(carriedOffset + i, .unexpectedEnd) }
        if n - i > XMLTokenizer.maximumTokenLength {
            throw malformed(carriedOffset + i, .tokenTooLong(limit: XMLTokenizer.maximumTokenLength))
        }
        return i
    }

    @inline(__always)
    private func text(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, base: Int) -> XMLText {
        var needsDecoding = false
        for k in start..<end where p[k] == XMLByte.ampersand || p[k] == XMLByte.carriageReturn {
            needsDecoding = true
            break
        }
        return XMLText(bytes: UnsafeBufferPointer(start: p + start, count: end - start),
                       isLiteral: false, needsDecoding: needsDecoding, offset: base + start)
    }

    /// `</name>`: the index after it, or nil when the input ends first.
    @inline(__always)
    private mutating func endTag<Handler: XMLHandler>(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, base: Int, open: UnsafeMutablePointer<UInt64>,
        handler: inout Handler
    ) throws(WorkbookError) -> Int? {
        let close = XMLTokenizer.find(XMLByte.greaterThan, in: p, from: i + 2, to: n)
        guard close < n else { return nil }
        var nameEnd = close
        while nameEnd > i + 2, XMLByte.isSpace(p[nameEnd - 1]) { nameEnd -= 1 }
        let nameStart = i + 2
        guard nameEnd > nameStart, !(nameStart..<nameEnd).contains(where: { XMLByte.isSpace(p[$0]) }) else {
            throw malformed(base + i, .invalidSyntax)
        }
        guard depth > 0, open[depth - 1] == XMLTokenizer.fingerprint(p, nameStart, nameEnd) else {
            throw malformed(base + i, .mismatchedEndTag)
        }
        depth -= 1
        try handler.end(XMLName(bytes: XMLTokenizer.localName(p, nameStart, nameEnd)))
        return close + 1
    }

    /// `<?target …?>`: checks the declared encoding of `<?xml …?>`.
    private func processingInstruction(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, base: Int) throws(WorkbookError) -> Int? {
        guard let close = XMLTokenizer.find("?>", in: p, from: i + 2, to: n) else { return nil }
        let body = UnsafeBufferPointer(start: p + i + 2, count: close - i - 2)
        if !sawRoot, body.starts(with: "xml ".utf8), let encoding = XMLTokenizer.declaredEncoding(body) {
            let name = String(decoding: encoding, as: UTF8.self)
            guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(name.lowercased()) else {
                throw malformed(base + i, .unsupportedEncoding(name))
            }
        }
        return close + 2
    }

    /// `<!-- -->`, `<![CDATA[ ]]>` (handed on as literal text) and `<!DOCTYPE …>` (skipped).
    private func declaration<Handler: XMLHandler>(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, base: Int, handler: inout Handler
    ) throws(WorkbookError) -> Int? {
        let rest = UnsafeBufferPointer(start: p + i, count: n - i)
        func begins(_ marker: String) -> Bool? {
            let bytes = Array(marker.utf8)
            if rest.count < bytes.count { return rest.elementsEqual(bytes.prefix(rest.count)) ? nil : false }
            return rest.starts(with: bytes)
        }
        switch (begins("<!--"), begins("<![CDATA["), begins("<!DOCTYPE")) {
        case (true?, _, _):
            guard let close = XMLTokenizer.find("-->", in: p, from: i + 4, to: n) else { return nil }
            return close + 3
        case (_, true?, _):
            guard let close = XMLTokenizer.find("]]>", in: p, from: i + 9, to: n) else { return nil }
            if depth > 0 {
                try handler.text(XMLText(bytes: UnsafeBufferPointer(start: p + i + 9, count: close - i - 9),
                                         isLiteral: true, needsDecoding: false, offset: base + i + 9))
            }
            return close + 3
        case (_, _, true?):
            var depth = 0
            var quote: UInt8 = 0
            for k in (i + 9)..<n {
                let byte = p[k]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == XMLByte.quote || byte == XMLByte.apostrophe {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    depth -= 1
                } else if byte == XMLByte.greaterThan, depth <= 0 {
                    return k + 1
                }
            }
            return nil
        case (nil, _, _), (_, nil, _), (_, _, nil):
            return nil
        default:
            throw malformed(base + i, .invalidSyntax)
        }
    }

    /// `<name attr="value" …>` or `<name …/>`: the index after it, or nil when the input ends first.
    @inline(__always)
    private mutating func startTag<Handler: XMLHandler>(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, base: Int,
        attributes: UnsafeMutablePointer<AttributeSpan>, open: UnsafeMutablePointer<UInt64>, handler: inout Handler
    ) throws(WorkbookError) -> Int? {
        let nameStart = i + 1
        var k = nameStart
        while k < n, !XMLByte.isSpace(p[k]), p[k] != XMLByte.slash, p[k] != XMLByte.greaterThan { k += 1 }
        guard k < n else { return nil }
        let nameEnd = k
        guard nameEnd > nameStart, XMLByte.canStartName(p[nameStart]) else { throw malformed(base + i, .invalidSyntax) }
        var attributeCount = 0
        let isEmpty: Bool
        while true {
            while k < n, XMLByte.isSpace(p[k]) { k += 1 }
            guard k < n else { return nil }
            if p[k] == XMLByte.greaterThan {
                isEmpty = false
                k += 1
                break
            }
            if p[k] == XMLByte.slash {
                guard k + 1 < n else { return nil }
                guard p[k + 1] == XMLByte.greaterThan else { throw malformed(base + k, .invalidSyntax) }
                isEmpty = true
                k += 2
                break
            }
            let attributeStart = k
            var colon = -1
            while k < n, !XMLByte.isSpace(p[k]), p[k] != XMLByte.equals, p[k] != XMLByte.greaterThan, p[k] != XMLByte.slash {
                if p[k] == XMLByte.colon { colon = k }
                k += 1
            }
            let attributeEnd = k
            while k < n, XMLByte.isSpace(p[k]) { k += 1 }
            guard k < n else { return nil }
            guard attributeEnd > attributeStart, p[k] == XMLByte.equals else { throw malformed(base + k, .invalidSyntax) }
            k += 1
            while k < n, XMLByte.isSpace(p[k]) { k += 1 }
            guard k < n else { return nil }
            let quote = p[k]
            guard quote == XMLByte.quote || quote == XMLByte.apostrophe else { throw malformed(base + k, .invalidSyntax) }
            let valueStart = k + 1
            let valueEnd = XMLTokenizer.find(quote, in: p, from: valueStart, to: n)
            guard valueEnd < n, valueEnd + 1 < n else { return nil }
            var needsDecoding = false
            for index in valueStart..<valueEnd where p[index] == XMLByte.ampersand || p[index] < 0x20 {
                needsDecoding = true
                break
            }
            let prefixLength = colon < 0 ? 0 : colon - attributeStart
            let isDeclaration = (colon < 0 && attributeEnd - attributeStart == 5 || prefixLength == 5)
                && memcmp(p + attributeStart, "xmlns", 5) == 0
            guard attributeCount < XMLTokenizer.maximumAttributes else {
                throw malformed(base + i, .tooManyAttributes(limit: XMLTokenizer.maximumAttributes))
            }
            attributes[attributeCount] = AttributeSpan(
                localStart: colon < 0 ? attributeStart : colon + 1, nameEnd: attributeEnd,
                valueStart: valueStart, valueEnd: valueEnd,
                needsDecoding: needsDecoding, isNamespaceDeclaration: isDeclaration)
            attributeCount += 1
            k = valueEnd + 1
            let after = p[k]
            guard XMLByte.isSpace(after) || after == XMLByte.slash || after == XMLByte.greaterThan else {
                throw malformed(base + k, .invalidSyntax)
            }
        }
        sawRoot = true
        if !isEmpty {
            guard depth < XMLTokenizer.maximumDepth else {
                throw malformed(base + i, .nestedTooDeep(limit: XMLTokenizer.maximumDepth))
            }
            open[depth] = XMLTokenizer.fingerprint(p, nameStart, nameEnd)
            depth += 1
        }
        let name = XMLName(bytes: XMLTokenizer.localName(p, nameStart, nameEnd))
        try handler.start(XMLElement(name: name, isEmpty: isEmpty, base: p,
                                     spans: UnsafeBufferPointer(start: attributes, count: attributeCount), offset: base))
        if isEmpty { try handler.end(name) }
        return k
    }

    /// FNV-1a of a qualified name, for matching end tags.
    @inline(__always)
    private static func fingerprint(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(p[k])) &* 0x100_0000_01B3 }
        return hash
    }

    /// The part of a qualified name after its last `:`.
    private static func localName(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        var local = start
        for k in start..<end where p[k] == XMLByte.colon { local = k + 1 }
        return UnsafeBufferPointer(start: p + local, count: end - local)
    }

    /// Index of the first `byte` in `from..<to`, or `to`: a plain loop for the
    /// first 16 bytes (values and names are short), then `memchr`.
    @inline(__always)
    private static func find(_ byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var k = from
        let near = min(to, from + 16)
        while k < near {
            if p[k] == byte { return k }
            k += 1
        }
        guard k < to, let hit = memchr(p + k, Int32(byte), to - k) else { return to }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
    }

    /// Index of the first occurrence of `marker` in `from..<to`, or nil.
    private static func find(_ marker: StaticString, in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let first = marker.utf8Start[0]
        let length = marker.utf8CodeUnitCount
        var k = from
        while true {
            k = find(first, in: p, from: k, to: to)
            guard k + length <= to else { return nil }
            if memcmp(p + k, marker.utf8Start, length) == 0 { return k }
            k += 1
        }
    }

    /// Where to cut a text run so that no reference and no CR LF is split:
    /// before its last `&` when no `;` follows that `&`, else at the end, and
    /// before a CR that ends the run.
    private static func cutBeforeReference(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var cut = to
        var k = to
        while k > from, to - k < 16 {
            k -= 1
            if p[k] == XMLByte.semicolon { break }
            if p[k] == XMLByte.ampersand {
                cut = k
                break
            }
        }
        if cut > from, p[cut - 1] == XMLByte.carriageReturn { cut -= 1 }
        return cut
    }

    /// The value of `encoding="…"` in the body of an XML declaration.
    private static func declaredEncoding(_ body: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        let bytes = Array(body)
        let key = Array("encoding".utf8)
        guard let start = (0...(max(0, bytes.count - key.count))).first(where: { bytes[$0...].starts(with: key) }),
              bytes.count >= key.count else { return nil }
        var k = start + key.count
        while k < bytes.count, XMLByte.isSpace(bytes[k]) || bytes[k] == XMLByte.equals { k += 1 }
        guard k < bytes.count, bytes[k] == XMLByte.quote || bytes[k] == XMLByte.apostrophe else { return nil }
        let quote = bytes[k]
        guard let end = bytes[(k + 1)...].firstIndex(of: quote) else { return nil }
        return bytes[(k + 1)..<end]
    }
}

/// The bytes XML syntax turns on.
enum XMLByte {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let ampersand = UInt8(ascii: "&")
    static let semicolon = UInt8(ascii: ";")
    static let colon = UInt8(ascii: ":")
    static let carriageReturn = UInt8(ascii: "\r")

    /// XML white space: space, tab, line feed, carriage return.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether a name may start with `byte`: a letter, `_`, `:` or any non-ASCII byte.
    static func canStartName(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == XMLByte.colon || byte >= 0x80
    }
}
