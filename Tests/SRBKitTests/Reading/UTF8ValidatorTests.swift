import Testing
@testable import SRBKit

/// Runs `bytes` through the record scanner (which keeps the line count the
/// validator is given) in chunks of `chunkSize` (whole when nil).
private func firstInvalidLine(_ bytes: [UInt8], chunkSize: Int? = nil) -> Int? {
    struct Discarding: RecordSink {
        mutating func take(_ record: RecordView) -> Bool { true }
    }
    var scanner = RecordScanner(delimiter: UInt8(ascii: ","), maximumFieldLength: 1_000, validatesUTF8: true)
    var sink = Discarding()
    let size = max(1, chunkSize ?? bytes.count)
    bytes.withUnsafeBufferPointer { whole in
        var start = 0
        while start < whole.count {
            let end = min(start + size, whole.count)
            _ = scanner.consume(UnsafeBufferPointer(rebasing: whole[start..<end]), into: &sink)
            start = end
        }
    }
    scanner.finish(into: &sink)
    return scanner.firstNonUTF8Line
}

private let cases: [(name: String, bytes: [UInt8])] = [
    ("ascii and Vietnamese", Array("ward,dob\r\nNgọc Lâm,1\nĐức Giang 😀\r".utf8)),
    ("Windows-1258 Đ on line 3", Array("a\r\nb\rc".utf8) + [0xD0] + Array("x\n".utf8)),
    ("overlong two-byte NUL on line 2", Array("a\n".utf8) + [0xC0, 0x80]),
    ("overlong three-byte", [0xE0, 0x80, 0x80]),
    ("UTF-16 surrogate encoded", Array("ok\n\n".utf8) + [0xED, 0xA0, 0x80]),
    ("beyond U+10FFFF", Array("x\r\n".utf8) + [0xF4, 0x90, 0x80, 0x80]),
    ("F5 lead byte", [0x61, 0xF5, 0x80]),
    ("lone continuation", Array("a\nb\nc".utf8) + [0x80]),
    ("sequence cut by a line end", Array("a\n".utf8) + [0xE1, 0x0A, 0x62]),
    ("sequence cut by the end", Array("abc\n".utf8) + [0xE1, 0xBB]),
    ("byte-order mark is valid", [0xEF, 0xBB, 0xBF] + Array("a\n".utf8)),
    ("CR CR LF are two line ends", Array("a\r\r\nb\n".utf8) + [0xFF]),
    ("quoted line breaks count", Array("\"a\r\n\r\nb\",c\r\n".utf8) + [0xC3]),
    ("invalid inside quotes", Array("x\n\"a\rb".utf8) + [0xFE] + Array("\"\n".utf8)),
]

extension Reading {
    @Suite struct UTF8ValidatorTests {
        @Test func validTextHasNoInvalidLine() {
            #expect(firstInvalidLine(Array("Phường;Ngày sinh\r\nĐức Giang;01/02/2024\n".utf8)) == nil)
            #expect(firstInvalidLine([]) == nil)
        }

        @Test func windows1258ByteIsFoundOnItsLine() {
            // "Khỏe" in Windows-1258: o + 0xD2 (combining hook above), on line 3.
            let bytes = Array("ward\nNgọc Lâm\nKho".utf8) + [0xD2, 0x65, 0x0A]
            #expect(firstInvalidLine(bytes) == 3)
        }

        @Test(arguments: cases.map(\.bytes))
        func agreesWithStandardLibraryInEveryChunkSize(bytes: [UInt8]) {
            let expected = referenceFirstLineNotUTF8(bytes)
            for size in 1...max(1, bytes.count) {
                #expect(firstInvalidLine(bytes, chunkSize: size) == expected, "chunk size \(size)")
            }
        }

        @Test func expectedLinesOfTheCaseTable() {
            // By hand, so that the reference splitter is checked too.
            #expect(cases.map { referenceFirstLineNotUTF8($0.bytes) } == [nil, 3, 2, 1, 3, 2, 1, 3, 2, 2, nil, 4, 4, 3])
        }
    }
}
