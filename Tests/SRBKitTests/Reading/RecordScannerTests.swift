import Testing
@testable import SRBKit

/// A record as compared here: every field's bytes, where it starts, and its marks.
private struct Row: Equatable, CustomStringConvertible {
    var fields: [[UInt8]]
    var fieldCount: Int
    var line: Int
    var oversized: Int?
    var pastRecordLimit: Int?
    var givenUp: GivenUpRecord?

    var description: String { "\(line): \(fields.map { String(decoding: $0, as: UTF8.self) }) of \(fieldCount)" }

    init(_ view: RecordView) {
        fields = (0..<view.fieldCount).map { Array(view.field($0)) }
        fieldCount = view.fieldCount
        line = view.line
        oversized = view.firstOversizedField
        pastRecordLimit = view.firstFieldPastRecordLimit
        givenUp = view.givenUp
    }

    init(_ record: CSVRecord) {
        var bounds: [Int] = []
        self = record.withView(bounds: &bounds) { Row($0) }
    }
}

private struct Collecting: RecordSink {
    var rows: [Row] = []
    /// The header's field count the scanner is told (nil: none).
    var expectedFieldCount: Int?
    mutating func take(_ record: RecordView) -> Bool {
        rows.append(Row(record))
        return true
    }
}

/// What the scanner gives for `bytes` cut at `cuts` (offsets, ascending).
private func scan(
    _ bytes: [UInt8], cuts: [Int], maximumFieldLength: Int, expectedFieldCount: Int? = nil
) -> (rows: [Row], notUTF8: Int?) {
    var scanner = RecordScanner(delimiter: UInt8(ascii: ","), maximumFieldLength: maximumFieldLength, validatesUTF8: true)
    var sink = Collecting(expectedFieldCount: expectedFieldCount)
    bytes.withUnsafeBufferPointer { whole in
        var start = 0
        for end in cuts + [whole.count] where end >= start {
            _ = scanner.consume(UnsafeBufferPointer(rebasing: whole[start..<end]), into: &sink)
            start = end
        }
    }
    scanner.finish(into: &sink)
    return (sink.rows, scanner.firstNonUTF8Line)
}

/// What the tokenizer alone gives for the whole of `bytes`.
private func tokenize(_ bytes: [UInt8], maximumFieldLength: Int, expectedFieldCount: Int? = nil) -> [Row] {
    var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","), maximumFieldLength: maximumFieldLength)
    tokenizer.expectedFieldCount = expectedFieldCount
    var rows: [Row] = []
    // The scanner hands on no blank record (spaces, tabs and delimiters only): a blank line.
    let keep = { (record: CSVRecord) in
        var bounds: [Int] = []
        if !record.withView(bounds: &bounds, { $0.isBlank }) { rows.append(Row(record)) }
    }
    bytes.withUnsafeBufferPointer { tokenizer.consume($0, emit: keep) }
    tokenizer.finish(emit: keep)
    return rows
}

/// The scanner's records as the give-up reference shows them; fields left out
/// where either side cut one (the reference knows the field limit, not the record limit).
private func comparable(_ rows: [Row], to reference: [ReferenceRecord]) -> [ReferenceRecord] {
    rows.enumerated().map { index, row in
        guard row.givenUp == nil else { return ReferenceRecord(line: row.line, fieldCount: 0, isGivenUp: true, fields: nil) }
        let isCut = row.oversized != nil || row.pastRecordLimit != nil
        let referenceHasFields = index < reference.count && reference[index].fields != nil
        return ReferenceRecord(line: row.line, fieldCount: row.fieldCount, isGivenUp: false,
                               fields: isCut || !referenceHasFields ? nil : row.fields)
    }
}

/// Pieces the random inputs are made of: plain text, Vietnamese, the bytes the
/// scanner stops at, a byte that is not UTF-8 and a cut sequence.
private let pieces: [[UInt8]] = [
    Array("ab".utf8), Array("Nữ".utf8), Array("7".utf8), Array(",".utf8), Array(",".utf8), Array("\"".utf8),
    Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(" ".utf8), [0xD2], [0xE1, 0xBB],
]

/// Each record's guess at fields 0, 1 and 2 of the line after it.
private struct GuessingNextLine: RecordSink {
    var guesses: [Int: [String?]] = [:]
    var expectedFieldCount: Int? { nil }
    mutating func take(_ record: RecordView) -> Bool {
        guesses[record.line] = (0..<3).map { column in record.fieldOfNextLine(column).map { String(decoding: $0, as: UTF8.self) } }
        return true
    }
}

extension Reading {
    @Suite struct RecordScannerTests {
        @Test func aRecordGuessesTheFieldsOfTheNextLineInItsBuffer() {
            // For prefetching the next row's id: a plain next line is split by the
            // delimiter; a quote, a missing field or the buffer's end give nothing.
            let bytes = Array("id,ward\r\nA1,Hà Nội\r\n\r\nB2,Mỹ\n\"C3\",Kim\nD4,Ba\nE5,x".utf8)
            var scanner = RecordScanner(delimiter: UInt8(ascii: ","), maximumFieldLength: 100, validatesUTF8: true)
            var sink = GuessingNextLine()
            _ = bytes.withUnsafeBufferPointer { scanner.consume($0, into: &sink) }
            #expect(sink.guesses[1] == ["A1", "Hà Nội", nil])
            #expect(sink.guesses[2] == ["B2", "Mỹ", nil])  // past the blank line
            #expect(sink.guesses[4] == [nil, nil, nil])  // the next line opens with a quote
            #expect(sink.guesses[6] == ["E5", nil, nil])  // the buffer ends inside x
        }

        @Test func givesTheTokenizersRecordsOnRandomInputsInRandomChunks() {
            var random = SplitMix64(seed: 20_261_124)
            for trial in 0..<3_000 {
                var bytes: [UInt8] = []
                for _ in 0..<Int.random(in: 0..<40, using: &random) {
                    bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)]
                }
                let cuts = (0..<Int.random(in: 0..<5, using: &random)).map { _ in
                    Int.random(in: 0...bytes.count, using: &random)
                }.sorted()
                let limit = [2, 4, 8, 1_000][Int.random(in: 0..<4, using: &random)]
                let fieldCount = [nil, 1, 2, 3][Int.random(in: 0..<4, using: &random)]
                let scanned = scan(bytes, cuts: cuts, maximumFieldLength: limit, expectedFieldCount: fieldCount)
                let expected = tokenize(bytes, maximumFieldLength: limit, expectedFieldCount: fieldCount)
                #expect(scanned.rows == expected, "trial \(trial): \(bytes) cut at \(cuts), limit \(limit), fields \(String(describing: fieldCount))")
                #expect(scanned.notUTF8 == referenceFirstLineNotUTF8(bytes), "trial \(trial): \(bytes) cut at \(cuts)")
                let reference = referenceRecords(bytes, limit: limit, expectedFieldCount: fieldCount)
                #expect(comparable(scanned.rows, to: reference) == reference,
                        "trial \(trial): \(bytes), limit \(limit), fields \(String(describing: fieldCount))")
            }
        }

        @Test func plainRecordsAreViewsWithTheirLines() {
            let rows = scan(Array("a,b\r\n\nc,\r".utf8) + Array("d\n".utf8), cuts: [5], maximumFieldLength: 100).rows
            #expect(rows.map(\.fields) == [[Array("a".utf8), Array("b".utf8)], [Array("c".utf8), []], [Array("d".utf8)]])
            #expect(rows.map(\.line) == [1, 3, 4])
        }

        @Test func quotedRecordAfterPlainOnesKeepsTheLineCount() {
            // The quoted record holds two line breaks; the record after it is on line 5.
            let rows = scan(Array("x\n\"a\r\nb\nc\",d\r\ne\n".utf8), cuts: [], maximumFieldLength: 100).rows
            #expect(rows.map(\.line) == [1, 2, 5])
            #expect(rows[1].fields == [Array("a\r\nb\nc".utf8), Array("d".utf8)])
        }

        @Test func wideRecordsGiveTheTokenizersRecordsWhileTheScannerMakesRoom() {
            // 300, then 5,000 fields: more than the scanner notes at first, so the
            // tokenizer reads them, and later wide rows are read in place.
            func row(_ fields: Int, _ tag: String) -> String { (0..<fields).map { "\(tag)\($0)" }.joined(separator: ",") }
            var text = "a,b\n" + row(300, "x") + "\n"
            for index in 0..<8 { text += row(index % 2 == 0 ? 5_000 : 3, "r\(index)-") + "\r\n" }
            let bytes = Array(text.utf8)
            let cuts = stride(from: 4_096, to: bytes.count, by: 4_096).map { $0 }
            #expect(scan(bytes, cuts: cuts, maximumFieldLength: 100).rows == tokenize(bytes, maximumFieldLength: 100))
            #expect(scan(bytes, cuts: [], maximumFieldLength: 100).rows.map(\.fieldCount) == [2, 300, 5_000, 3, 5_000, 3, 5_000, 3, 5_000, 3])
        }

        @Test func recordOverTheFieldLimitIsMarkedAsTheTokenizerMarksIt() {
            let rows = scan(Array("ok\nabcdef,g\n".utf8), cuts: [], maximumFieldLength: 4).rows
            #expect(rows.map(\.oversized) == [nil, 0])
            #expect(rows[1].fields == [Array("abcd".utf8), Array("g".utf8)])
        }
    }
}
