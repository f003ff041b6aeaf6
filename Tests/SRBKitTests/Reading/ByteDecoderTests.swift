import Testing
@testable import SRBKit

/// Runs `bytes` through a decoder in chunks of `chunkSize` (whole when nil) and
/// returns everything it passed on.
private func decoded(_ bytes: [UInt8], forced: TextEncoding? = nil, chunkSize: Int? = nil) -> [UInt8] {
    var decoder = ByteDecoder(forced: forced)
    var output: [UInt8] = []
    let size = max(1, chunkSize ?? bytes.count)
    bytes.withUnsafeBufferPointer { whole in
        var start = 0
        while start < whole.count {
            let end = min(start + size, whole.count)
            decoder.decode(UnsafeBufferPointer(rebasing: whole[start..<end])) { output.append(contentsOf: $0) }
            start = end
        }
    }
    decoder.finish { output.append(contentsOf: $0) }
    return output
}

/// UTF-16 code units of `text` as bytes, little- or big-endian (from Swift's own
/// UTF-16 view, not the decoder under test).
private func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
    }
}

private let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]
private let littleEndianMark: [UInt8] = [0xFF, 0xFE]
private let bigEndianMark: [UInt8] = [0xFE, 0xFF]
private let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

/// Vietnamese letters with stacked marks, a tab, CRLF, and U+1F600 (a surrogate pair in UTF-16).
private let vietnameseText = "Phường\tNgày sinh\r\nĐức Giang\tNữ 😀\r\nỞ ữ Ự\n"

extension Reading {
    @Suite struct ByteDecoderTests {
        @Test func utf8ByteOrderMarkIsDropped() {
            let body = Array("ward,dob\nNgọc Lâm,1\n".utf8)
            for size in 1...(body.count + 3) {
                #expect(decoded(utf8Mark + body, chunkSize: size) == body, "chunk size \(size)")
            }
        }

        @Test func utf8ByteOrderMarkAloneGivesNothing() {
            #expect(decoded(utf8Mark) == [])
            #expect(decoded(utf8Mark, chunkSize: 1) == [])
        }

        @Test func bytesWithoutMarkPassThroughUnchanged() {
            // Windows-1258 bytes (not UTF-8) are not touched here: fields are decoded later.
            let body: [UInt8] = Array("Ph".utf8) + [0xFD, 0xF5, 0xCC] + Array("ng;x\n".utf8)
            for size in 1...body.count {
                #expect(decoded(body, chunkSize: size) == body, "chunk size \(size)")
            }
        }

        @Test func inputShorterThanAMarkPassesThrough() {
            #expect(decoded(Array("a\n".utf8)) == Array("a\n".utf8))
            #expect(decoded([0xEF, 0xBB]) == [0xEF, 0xBB])
            #expect(decoded([]) == [])
        }

        @Test(arguments: [false, true])
        func utf16WithMarkIsTranscodedToUTF8InEveryChunkSize(bigEndian: Bool) {
            let input = (bigEndian ? bigEndianMark : littleEndianMark) + utf16Bytes(vietnameseText, bigEndian: bigEndian)
            let expected = Array(vietnameseText.utf8)
            for size in 1...input.count {
                #expect(decoded(input, chunkSize: size) == expected, "chunk size \(size)")
            }
        }

        @Test func surrogatePairBecomesOneFourByteScalar() {
            // U+1F600 is D83D DE00 in UTF-16 and F0 9F 98 80 in UTF-8.
            #expect(decoded(littleEndianMark + [0x3D, 0xD8, 0x00, 0xDE]) == [0xF0, 0x9F, 0x98, 0x80])
            #expect(decoded(bigEndianMark + [0xD8, 0x3D, 0xDE, 0x00], chunkSize: 1) == [0xF0, 0x9F, 0x98, 0x80])
        }

        @Test func vietnameseLetterFromUTF16() {
            // ữ is U+1EEF: EF 1E little-endian, E1 BB AF in UTF-8.
            #expect(decoded(littleEndianMark + [0xEF, 0x1E]) == [0xE1, 0xBB, 0xAF])
        }

        @Test func oddTrailingByteBecomesReplacementCharacter() {
            let input = littleEndianMark + [0x61, 0x00, 0x62]
            for size in 1...input.count {
                #expect(decoded(input, chunkSize: size) == Array("a".utf8) + replacement, "chunk size \(size)")
            }
        }

        @Test func loneSurrogatesBecomeReplacementCharacters() {
            // A high surrogate followed by "a", then a low surrogate alone.
            let input = littleEndianMark + [0x3D, 0xD8, 0x61, 0x00, 0x00, 0xDE]
            #expect(decoded(input) == replacement + Array("a".utf8) + replacement)
            // A high surrogate at the very end.
            #expect(decoded(littleEndianMark + [0x61, 0x00, 0x3D, 0xD8]) == Array("a".utf8) + replacement)
        }

        @Test func forcedUTF16WithoutMarkIsLittleEndian() {
            let input = utf16Bytes("Nữ,1\n", bigEndian: false)
            #expect(decoded(input, forced: .utf16) == Array("Nữ,1\n".utf8))
            #expect(decoded(input, forced: .utf16, chunkSize: 1) == Array("Nữ,1\n".utf8))
        }

        @Test func forcedUTF16StillTakesEndiannessFromTheMark() {
            let input = bigEndianMark + utf16Bytes("Gái\n", bigEndian: true)
            #expect(decoded(input, forced: .utf16) == Array("Gái\n".utf8))
        }

        @Test func forcedUTF8DropsItsMarkButNeverTranscodes() {
            #expect(decoded(utf8Mark + Array("a,b".utf8), forced: .utf8, chunkSize: 1) == Array("a,b".utf8))
            let lookalike = littleEndianMark + [0x61, 0x00]
            #expect(decoded(lookalike, forced: .utf8) == lookalike)
            #expect(decoded(lookalike, forced: .cp1258) == lookalike)
        }
    }
}
