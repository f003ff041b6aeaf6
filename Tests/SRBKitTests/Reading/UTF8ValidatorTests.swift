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

        /// Every lead byte with every byte after it, then each of four third
        /// bytes and the same four fourth bytes, inside valid text long enough
        /// for the whole-sequence check: valid exactly when the standard library
        /// decodes it (on line 2 when not).
        @Test func everyLeadAndNextByteAgreeWithTheStandardLibrary() {
            let prefix = Array("ward,dob\nNgọc ".utf8), suffix = Array(" Lâm,1\n".utf8)
            var disagreements = 0
            for lead in 0x80...0xFF {
                for second in 0...0xFF {
                    for tail: [UInt8] in [[0x80, 0x80], [0xBF, 0x41], [0x41, 0x41], [0xA0, 0xC0]] {
                        let bytes = prefix + [UInt8(lead), UInt8(second)] + tail + suffix
                        let valid = String(validating: bytes, as: UTF8.self) != nil
                        let found = firstInvalidLine(bytes)
                        if found != (valid ? nil : 2) { disagreements += 1 }
                    }
                }
            }
            #expect(disagreements == 0)
        }

        /// Every lead byte with the edge values of the byte after it, at each of
        /// 32 places after 33 bytes of valid Vietnamese text: so that the pair
        /// falls in every lane of a 16-byte block checked at once, and across two
        /// blocks. Valid exactly when the standard library decodes it.
        @Test func everyLeadAgreesWithTheStandardLibraryInEveryLaneOfABlock() {
            let prefix = Array("ward,dob\nNgọc Lâm Đức Giang ".utf8), suffix = Array(" Lâm,1\nPhường Hà Đông,2\n".utf8)
            let seconds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xFF]
            var disagreements: [String] = []
            for lead in 0x80...0xFF {
                for second in seconds {
                    for tail: [UInt8] in [[0x80, 0x80], [0xBF, 0x41], [0x41, 0x41], [0xA0, 0xC0]] {
                        let sequence = [UInt8(lead), second] + tail
                        let valid = String(validating: prefix + sequence + suffix, as: UTF8.self) != nil
                        for place in 0..<32 {
                            let bytes = prefix + Array(repeating: UInt8(ascii: "a"), count: place) + sequence + suffix
                            if firstInvalidLine(bytes) != (valid ? nil : 2) {
                                disagreements.append("\(sequence) after \(place)")
                            }
                        }
                    }
                }
            }
            #expect(disagreements.count == 0, "first: \(disagreements.prefix(5))")
        }

        /// Seeded random mixes of ASCII, Vietnamese letters, four-byte emoji and
        /// stray bytes, cut in chunks of several sizes, against the reference.
        @Test func randomTextAgreesWithTheReferenceInEveryChunking() {
            let pieces: [[UInt8]] = ["a", ",", "\n", "\r\n", "ư", "Đ", "ộ", "ẫ", "😀", "x1"].map { Array($0.utf8) }
                + [[0xC3], [0xE1, 0xBB], [0x80], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]
            var state: UInt64 = 42
            for round in 0..<300 {
                var bytes: [UInt8] = []
                for _ in 0..<(40 + round % 60) {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let pick = Int(state >> 33) % 1_000
                    // Mostly valid pieces; a stray byte about one time in 150.
                    let index = pick < 993 ? pick % 10 : 10 + pick % 7
                    bytes += pieces[index]
                }
                let expected = referenceFirstLineNotUTF8(bytes)
                for size in [1, 3, 7, 64, bytes.count] {
                    #expect(firstInvalidLine(bytes, chunkSize: size) == expected, "round \(round), chunk \(size)")
                }
            }
        }

        @Test func expectedLinesOfTheCaseTable() {
            // By hand, so that the reference splitter is checked too.
            #expect(cases.map { referenceFirstLineNotUTF8($0.bytes) } == [nil, 3, 2, 1, 3, 2, 1, 3, 2, 2, nil, 4, 4, 3])
        }
    }
}
