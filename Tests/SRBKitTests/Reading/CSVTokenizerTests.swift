import Testing
@testable import SRBKit

/// A record as the tests compare it: fields as text, the line it starts on, and
/// the first field cut at the length limit.
private struct Row: Equatable, CustomStringConvertible {
    var fields: [String]
    var line: Int
    var oversized: Int? = nil

    var description: String { "\(line): \(fields)" + (oversized.map { " oversized \($0)" } ?? "") }
}

/// What a whole input gives: its records and, at the end, the line of a quote left open.
private struct Tokenized: Equatable {
    var rows: [Row]
    var unterminatedQuoteLine: Int?
}

/// Feeds `input` to a tokenizer in chunks of `chunkSize` bytes (the whole input at
/// once when nil), then finishes it.
private func tokenize(
    _ input: String,
    delimiter: Character = ",",
    chunkSize: Int? = nil,
    maximumFieldLength: Int = 1_000
) -> Tokenized {
    let bytes = Array(input.utf8)
    var tokenizer = CSVTokenizer(delimiter: delimiter.asciiValue!, maximumFieldLength: maximumFieldLength)
    var rows: [Row] = []
    var bounds: [Int] = []
    let collect = { (record: CSVRecord) in
        record.withView(bounds: &bounds) { view in
            rows.append(Row(
                fields: (0..<view.fieldCount).map { String(decoding: view.field($0), as: UTF8.self) },
                line: view.line,
                oversized: view.firstOversizedField
            ))
        }
    }
    let size = max(1, chunkSize ?? bytes.count)
    bytes.withUnsafeBufferPointer { whole in
        var start = 0
        while start < whole.count {
            let end = min(start + size, whole.count)
            tokenizer.consume(UnsafeBufferPointer(rebasing: whole[start..<end]), emit: collect)
            start = end
        }
    }
    tokenizer.finish(emit: collect)
    return Tokenized(rows: rows, unterminatedQuoteLine: tokenizer.unterminatedQuoteLine)
}

/// A plain, whole-input RFC 4180 splitter written for these tests only: quotes only
/// open a field, a closing quote is followed by a delimiter, a line end or the end.
/// Lines are physical lines: CRLF, LF and CR each end one, inside quotes too.
private func referenceSplit(_ input: String, delimiter: Character = ",") -> [Row] {
    let bytes = Array(input.utf8)
    let comma = delimiter.asciiValue!, quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    var rows: [Row] = []
    var index = 0, line = 1
    func atLineEnd(_ i: Int) -> Bool { i < bytes.count && (bytes[i] == lf || bytes[i] == cr) }
    func skipLineEnd() {
        if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
        index += 1
        line += 1
    }
    while index < bytes.count {
        if atLineEnd(index) { skipLineEnd(); continue }  // a blank line
        let startLine = line
        var fields: [String] = []
        while true {
            var field: [UInt8] = []
            if index < bytes.count, bytes[index] == quote {
                index += 1
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == cr {
                        line += 1
                        field.append(cr)
                        if index + 1 < bytes.count, bytes[index + 1] == lf {
                            field.append(lf)
                            index += 1
                        }
                    } else {
                        if byte == lf { line += 1 }
                        field.append(byte)
                    }
                    index += 1
                }
            } else {
                while index < bytes.count, bytes[index] != comma, !atLineEnd(index) {
                    field.append(bytes[index])
                    index += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if index < bytes.count, bytes[index] == comma {
                index += 1
                continue
            }
            break
        }
        rows.append(Row(fields: fields, line: startLine))
        if atLineEnd(index) { skipLineEnd() }
    }
    return rows
}

/// Inputs with ordinary RFC 4180 quoting: the tokenizer, whole and in every chunk
/// size, must agree with the reference splitter.
private let wellFormedInputs: [String] = [
    "a,b,c\n1,2,3\n",
    "a,b\r\n1,2\r\n",
    "a,b\r1,2\r",
    "a\nb\r\nc\rd",
    "\n\na,b\n\r\n\r\n1,2\n\n",
    "a,b\n1,2",
    ",,\na,,c\n",
    "\"\"\n",
    "\"\",\"\"\n",
    "\"a,b\",c\n",
    "\"a\nb\",c\nd,e\n",
    "\"a\r\nb\",c\r\nd,e\r\n",
    "\"a\rb\",c\rd,e\r",
    "\"say \"\"hi\"\"\",x\n",
    "\"a\r\"\"\nb\",c\nd,e\n",
    "\"x\n\n\",y\n\nz\n",
    "a,\n",
    "a,",
    "\r\n\r\na\r\n",
    ",a\n",
    "Phường Đức Giang,Nữ,\"Gia Thụy, Long Biên\"\r\n",
    "\"\"\"\"\n\"\"\"a\"\"\"\r",
    "x\r\r\n\ry\n",
    "\"\r\",\"\n\",\"\r\n\"\r\n",
]

/// Inputs the reference splitter does not model (quotes out of place, a quote left
/// open): only chunked against whole is checked for these.
private let leniencyInputs: [String] = [
    "a\"b,c\n",
    "\"a\"b,c\n",
    "1,\"open\nmore\n",
    "x,\"a\r",
    "\"ab\"\"",
    " \"a,b\",c\n",
]

extension Reading {
    @Suite struct CSVTokenizerTests {
        // MARK: Fields and quoting

        @Test func quotedFieldKeepsDelimiter() {
            #expect(tokenize("\"a,b\",c\n").rows == [Row(fields: ["a,b", "c"], line: 1)])
        }

        @Test func quotedFieldKeepsLineBreak() {
            #expect(tokenize("\"a\nb\",c\nd,e\n").rows == [
                Row(fields: ["a\nb", "c"], line: 1),
                Row(fields: ["d", "e"], line: 3),
            ])
        }

        @Test func quotedFieldKeepsCRLFAndCountsItAsOneLine() {
            #expect(tokenize("\"a\r\nb\",c\r\nd,e\r\n").rows == [
                Row(fields: ["a\r\nb", "c"], line: 1),
                Row(fields: ["d", "e"], line: 3),
            ])
        }

        @Test func quotedFieldKeepsLoneCarriageReturn() {
            #expect(tokenize("\"a\rb\",c\rd,e\r").rows == [
                Row(fields: ["a\rb", "c"], line: 1),
                Row(fields: ["d", "e"], line: 3),
            ])
        }

        @Test func doubledQuotesInQuotedFieldBecomeOneQuote() {
            #expect(tokenize("\"say \"\"hi\"\"\",x\n").rows == [Row(fields: ["say \"hi\"", "x"], line: 1)])
        }

        @Test func quotedFieldOfOneQuoteCharacter() {
            #expect(tokenize("\"\"\"\",a\n").rows == [Row(fields: ["\"", "a"], line: 1)])
        }

        /// `"a` CR `""` LF `b"`: the CR and the LF are two line breaks, not one CRLF,
        /// since a doubled quote stands between them. The next record starts on line 4.
        @Test func carriageReturnThenDoubledQuoteThenLineFeedAreTwoLineBreaks() {
            #expect(tokenize("\"a\r\"\"\nb\",c\nd,e\n").rows == [
                Row(fields: ["a\r\"\nb", "c"], line: 1),
                Row(fields: ["d", "e"], line: 4),
            ])
        }

        @Test func emptyFieldsAreKept() {
            #expect(tokenize(",,\na,,c\n").rows == [
                Row(fields: ["", "", ""], line: 1),
                Row(fields: ["a", "", "c"], line: 2),
            ])
        }

        @Test func emptyQuotedFieldAloneIsARecordOfOneEmptyField() {
            #expect(tokenize("\"\"\n").rows == [Row(fields: [""], line: 1)])
        }

        @Test func trailingDelimiterEndsWithAnEmptyField() {
            #expect(tokenize("a,\n").rows == [Row(fields: ["a", ""], line: 1)])
            #expect(tokenize("a,").rows == [Row(fields: ["a", ""], line: 1)])
        }

        @Test func otherDelimiterLeavesCommasInFields() {
            #expect(tokenize("a,b;c\n", delimiter: ";").rows == [Row(fields: ["a,b", "c"], line: 1)])
            #expect(tokenize("a;b\tc\n", delimiter: "\t").rows == [Row(fields: ["a;b", "c"], line: 1)])
        }

        @Test func vietnameseBytesPassThroughUntouched() {
            #expect(tokenize("Phường Đức Giang,Nữ\n").rows == [Row(fields: ["Phường Đức Giang", "Nữ"], line: 1)])
        }

        /// As csv-core does: a quote inside an unquoted field is a plain byte, and text
        /// after a closing quote joins the field.
        @Test func quoteInsideUnquotedFieldIsKept() {
            #expect(tokenize("a\"b,c\n").rows == [Row(fields: ["a\"b", "c"], line: 1)])
            #expect(tokenize("\"a\"b,c\n").rows == [Row(fields: ["ab", "c"], line: 1)])
        }

        // MARK: Line ends and line numbers

        @Test(arguments: [
            ("a,b\n1,2\n", "LF"),
            ("a,b\r\n1,2\r\n", "CRLF"),
            ("a,b\r1,2\r", "CR"),
        ])
        func eachLineEndEndsARecord(input: String, name: String) {
            #expect(tokenize(input).rows == [
                Row(fields: ["a", "b"], line: 1),
                Row(fields: ["1", "2"], line: 2),
            ], "line end \(name)")
        }

        @Test func mixedLineEndsCountOneLineEach() {
            #expect(tokenize("a\nb\r\nc\rd").rows == [
                Row(fields: ["a"], line: 1), Row(fields: ["b"], line: 2),
                Row(fields: ["c"], line: 3), Row(fields: ["d"], line: 4),
            ])
        }

        @Test func carriageReturnThenCRLFAreTwoLineEnds() {
            #expect(tokenize("x\r\r\n\ry\n").rows == [Row(fields: ["x"], line: 1), Row(fields: ["y"], line: 4)])
        }

        @Test func blankLinesAreSkippedButCounted() {
            #expect(tokenize("\n\na,b\n\r\n\r\n1,2\n\n").rows == [
                Row(fields: ["a", "b"], line: 3),
                Row(fields: ["1", "2"], line: 6),
            ])
        }

        @Test func blankLinesInsideQuotesAreKept() {
            #expect(tokenize("\"x\n\n\",y\n\nz\n").rows == [
                Row(fields: ["x\n\n", "y"], line: 1),
                Row(fields: ["z"], line: 5),
            ])
        }

        @Test func lastLineWithoutLineEndIsARecord() {
            #expect(tokenize("a,b\n1,2").rows == [Row(fields: ["a", "b"], line: 1), Row(fields: ["1", "2"], line: 2)])
        }

        @Test func emptyInputHasNoRecords() {
            #expect(tokenize("") == Tokenized(rows: [], unterminatedQuoteLine: nil))
            #expect(tokenize("\r\n\n\r").rows == [])
        }

        @Test func recordStartingWithDelimiterStartsOnItsLine() {
            #expect(tokenize("\n,a\n").rows == [Row(fields: ["", "a"], line: 2)])
        }

        // MARK: Unterminated quotes and long fields

        @Test func unterminatedQuoteKeepsTheRestAndNamesTheLineItOpened() {
            let result = tokenize("a,b\n1,\"open\nmore\n")
            #expect(result.rows == [
                Row(fields: ["a", "b"], line: 1),
                Row(fields: ["1", "open\nmore\n"], line: 2),
            ])
            #expect(result.unterminatedQuoteLine == 2)
        }

        @Test func closedQuotesLeaveNoUnterminatedLine() {
            #expect(tokenize("\"a\nb\",c\n").unterminatedQuoteLine == nil)
            #expect(tokenize("\"a\"").unterminatedQuoteLine == nil)
        }

        @Test func fieldLongerThanLimitIsCutAndNamed() {
            #expect(tokenize("abcde,xy\n", maximumFieldLength: 4).rows == [
                Row(fields: ["abcd", "xy"], line: 1, oversized: 0),
            ])
            #expect(tokenize("ab,cdefgh,ijklmn\n", maximumFieldLength: 4).rows == [
                Row(fields: ["ab", "cdef", "ijkl"], line: 1, oversized: 1),
            ])
        }

        @Test func fieldExactlyAtLimitIsNotOversized() {
            #expect(tokenize("abcd,x\n", maximumFieldLength: 4).rows == [Row(fields: ["abcd", "x"], line: 1)])
            // Five bytes once the doubled quote is undone.
            #expect(tokenize("\"aa\"\"bb\"\n", maximumFieldLength: 5).rows == [Row(fields: ["aa\"bb"], line: 1)])
        }

        @Test func oversizedMarkDoesNotCarryToTheNextRecord() {
            #expect(tokenize("abcdef\nab\n", maximumFieldLength: 4).rows == [
                Row(fields: ["abcd"], line: 1, oversized: 0),
                Row(fields: ["ab"], line: 2),
            ])
        }

        // MARK: Against a plain splitter, and whole against chunked

        @Test(arguments: wellFormedInputs)
        func agreesWithReferenceSplitter(input: String) {
            #expect(tokenize(input).rows == referenceSplit(input))
            let semicolons = String(input.map { $0 == "," ? ";" : $0 })
        #expect(tokenize(semicolons, delimiter: ";").rows == referenceSplit(semicolons, delimiter: ";"))
        }

        @Test(arguments: wellFormedInputs + leniencyInputs)
        func everyChunkSizeGivesTheRecordsOfTheWholeInput(input: String) {
            let whole = tokenize(input)
            for size in 1...max(1, input.utf8.count) {
                #expect(tokenize(input, chunkSize: size) == whole, "chunk size \(size)")
            }
        }

        @Test func crlfSplitAcrossChunksIsOneLineEnd() {
            // The CR ends the first chunk, the LF starts the second.
            #expect(tokenize("a\r\nb\r\n", chunkSize: 2).rows == [Row(fields: ["a"], line: 1), Row(fields: ["b"], line: 2)])
        }

        @Test func doubledQuoteSplitAcrossChunksIsOneQuote() {
            #expect(tokenize("\"x\"\"y\"\n", chunkSize: 3).rows == [Row(fields: ["x\"y"], line: 1)])
        }
    }
}
