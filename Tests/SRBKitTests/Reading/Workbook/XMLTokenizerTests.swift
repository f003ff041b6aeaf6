import Testing
@testable import SRBKit

/// Records events as text: `<name a=v …>` (attributes as decoded), `</name>`,
/// and text (decoded, adjacent pieces joined).
private struct Recorder: XMLHandler {
    var events: [String] = []
    /// Text bytes not yet recorded: pieces join as bytes, since a piece may end inside a character.
    var text: [UInt8]?
    let isDone = false
    /// Attribute names to record, in this order, when present.
    let attributes: [StaticString] = ["r", "t", "s", "id", "encoding"]

    mutating func flush() {
        if let text { events.append("\"" + String(decoding: text, as: UTF8.self) + "\"") }
        text = nil
    }

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        flush()
        var text = "<" + String(decoding: element.name.bytes, as: UTF8.self)
        for name in attributes {
            if let value = element.attribute(name) {
                text += " \(name)=" + ((try? value.string()) ?? "?")
            }
        }
        events.append(text + (element.isEmpty ? "/>" : ">"))
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {
        flush()
        events.append("</" + String(decoding: name.bytes, as: UTF8.self) + ">")
    }

    mutating func text(_ text: XMLText) throws(WorkbookError) {
        var bytes = self.text ?? []
        do throws(WorkbookError.XMLProblem) {
            try text.appendDecoded(to: &bytes)
        } catch {
            throw .malformedXML(part: "test", offset: text.offset, error)
        }
        self.text = bytes
    }
}

/// Feeds `xml` in chunks of `size` bytes and returns the events.
private func tokenize(_ xml: [UInt8], chunk size: Int) throws(WorkbookError) -> [String] {
    var tokenizer = XMLTokenizer(part: "test.xml")
    var recorder = Recorder()
    try xml.withUnsafeBufferPointer { (all) throws(WorkbookError) in
        var start = 0
        while start < all.count {
            let end = min(start + size, all.count)
            try tokenizer.feed(UnsafeBufferPointer(rebasing: all[start..<end]), to: &recorder)
            start = end
        }
    }
    try tokenizer.finish(to: &recorder)
    recorder.flush()
    return recorder.events
}

private func tokenize(_ xml: String, chunk size: Int = .max) throws(WorkbookError) -> [String] {
    try tokenize(Array(xml.utf8), chunk: size)
}

/// The problem a malformed document gives.
private func problem(_ xml: String, chunk: Int = .max) -> WorkbookError.XMLProblem? {
    do {
        _ = try tokenize(Array(xml.utf8), chunk: chunk)
        return nil
    } catch {
        guard case .malformedXML(_, _, let problem) = error else { return nil }
        return problem
    }
}

private let chunkSizes = [1, 2, 3, 5, 7, 13, 64, 4096]

extension WorkbookTests {
    @Suite struct XMLTokenizerTests {
        @Test func elementsAttributesAndTextComeInOrder() throws {
            let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
                + "\n<x:row r=\"7\" spans='1:3'><x:c r=\"B7\" t='s' s=\"3\"><x:v>12</x:v></x:c><c r=\"C7\"/></x:row>"
            #expect(try tokenize(xml) == ["<row r=7>", "<c r=B7 t=s s=3>", "<v>", "\"12\"", "</v>", "</c>",
                                          "<c r=C7/>", "</c>", "</row>"])
        }

        @Test func commentsInstructionsAndDoctypeAreSkippedAndCDATAIsLiteral() throws {
            let xml = "<!DOCTYPE a [<!ENTITY x \"y>\">]><a><!-- <b> -->x<?pi <c>?><![CDATA[<d>&amp;]]>y</a>"
            #expect(try tokenize(xml) == ["<a>", "\"x<d>&amp;y\"", "</a>"])
        }

        @Test func referencesAreReplacedAndLineEndsNormalized() throws {
            let xml = "<a id=\"&lt;&#65;&#x1EDD;&quot;\tx\r\ny\">&amp;&apos;&gt;\r\n\r&#13;</a>"
            #expect(try tokenize(xml) == ["<a id=<Aờ\" x y>", "\"&'>\n\n\r\"", "</a>"])
        }

        @Test func namespaceDeclarationIsNotAnAttribute() throws {
            #expect(try tokenize("<a xmlns:r=\"u\" xmlns=\"v\" x:s=\"1\"/>") == ["<a s=1/>", "</a>"])
        }

        @Test(arguments: chunkSizes)
        func everyChunkingGivesTheSameEvents(_ size: Int) throws {
            let xml = "<?xml version='1.0'?><sst count=\"3\"><si><t xml:space=\"preserve\"> Bồ &amp; Đề </t></si>"
                + "<!-- chú thích --><si><r><t>Ngọc</t></r><r><t>&#x20;Thụy</t></r></si><si><t/></si>"
                + "<si><t><![CDATA[a]]b]]></t></si></sst>"
            #expect(try tokenize(xml, chunk: size) == tokenize(xml))
        }

        @Test(arguments: chunkSizes)
        func longTextIsHandedOnInPiecesWithoutSplittingAReference(_ size: Int) throws {
            let text = String(repeating: "ữa &amp; b ", count: 5_000)
            let xml = "<a>" + text + "</a>"
            let expected = ["<a>", "\"" + text.replacing("&amp;", with: "&") + "\"", "</a>"]
            #expect(try tokenize(xml, chunk: size == 1 ? 997 : size) == expected)
        }

        @Test(arguments: [1, 2, 7, 997, 4096])
        func lineEndSplitAcrossChunksStaysOneLineEnd(_ size: Int) throws {
            let text = String(repeating: "dòng\r\n", count: 6_000)
            #expect(try tokenize("<a>" + text + "</a>", chunk: size)
                == ["<a>", "\"" + text.replacing("\r\n", with: "\n") + "\"", "</a>"])
        }

        @Test func malformedDocumentsSayWhy() {
            #expect(problem("<a><b></a></b>") == .mismatchedEndTag)
            #expect(problem("</a>") == .mismatchedEndTag)
            #expect(problem("<a>") == .unexpectedEnd)
            #expect(problem("<a><b") == .unexpectedEnd)
            #expect(problem("") == .unexpectedEnd)
            #expect(problem("<a>&nbsp;</a>") == .unknownEntity)
            #expect(problem("<a>&amp</a>") == .unknownEntity)
            #expect(problem("<a>&#0;</a>") == .invalidCharacterReference)
            #expect(problem("<a>&#xD800;</a>") == .invalidCharacterReference)
            #expect(problem("<a>&#x110000;</a>") == .invalidCharacterReference)
            #expect(problem("<a b=c/>") == .invalidSyntax)
            #expect(problem("<a b=\"c\"d=\"e\"/>") == .invalidSyntax)
            #expect(problem("< a/>") == .invalidSyntax)
            #expect(problem("<a/ >") == .invalidSyntax)
            #expect(problem("<?xml version=\"1.0\" encoding=\"windows-1258\"?><a/>") == .unsupportedEncoding("windows-1258"))
        }

        @Test(arguments: chunkSizes)
        func malformedDocumentsSayWhyInEveryChunking(_ size: Int) {
            #expect(problem("<a><b></a></b>", chunk: size) == .mismatchedEndTag)
            #expect(problem("<a><b x='1'", chunk: size) == .unexpectedEnd)
            #expect(problem("<a>&bogus;</a>", chunk: size) == .unknownEntity)
        }

        @Test func utf16IsRefusedAndAByteOrderMarkSkipped() throws {
            #expect(throws: WorkbookError.malformedXML(part: "test.xml", offset: 0, .unsupportedEncoding("UTF-16"))) {
                _ = try tokenize([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00], chunk: 2)
            }
            #expect(try tokenize([0xEF, 0xBB, 0xBF] + Array("<a>x</a>".utf8), chunk: 1) == ["<a>", "\"x\"", "</a>"])
        }

        @Test func nestingDeeperThanTheLimitIsAnError() {
            let xml = String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257)
            #expect(problem(xml) == .nestedTooDeep(limit: 256))
            let fits = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
            #expect(problem(fits) == nil)
        }

        @Test func elementWithMoreAttributesThanTheLimitIsAnError() {
            let attributes = (0...XMLTokenizer.maximumAttributes).map { " a\($0)=\"1\"" }.joined()
            #expect(problem("<a" + attributes + "/>") == .tooManyAttributes(limit: XMLTokenizer.maximumAttributes))
            let fits = (1...XMLTokenizer.maximumAttributes).map { " a\($0)=\"1\"" }.joined()
            #expect(problem("<a" + fits + "/>") == nil)
        }

        @Test func tagLongerThanTheLimitIsAnError() {
            let xml = "<a b=\"" + String(repeating: "x", count: XMLTokenizer.maximumTokenLength + 10) + "\"/>"
            #expect(problem(xml, chunk: 1 << 16) == .tokenTooLong(limit: XMLTokenizer.maximumTokenLength))
        }

        @Test func errorOffsetIsTheByteInThePart() {
            #expect(throws: WorkbookError.malformedXML(part: "test.xml", offset: 8, .mismatchedEndTag)) {
                _ = try tokenize("<a><b>xy</a>", chunk: 3)
            }
        }
    }
}
