import Testing
@testable import SRBKit

extension Model {
    /// `TextFolding.headerKey`: how headers are matched whatever their case,
    /// spacing, underscores and diacritics.
    @Suite struct TextFoldingTests {
        @Test(arguments: [
            ("Ngày sinh", "ngaysinh"), ("ngay_sinh", "ngaysinh"), ("NGÀY  SINH", "ngaysinh"),
            ("Birth_Date", "birthdate"), (" Quận/Huyện ", "quan/huyen"), ("Đơn vị", "donvi"),
            ("Mã\u{200B}trẻ", "matre"), ("\tSex\r\n", "sex"), ("", ""),
        ])
        func foldsCaseSpacingUnderscoresAndMarks(header: String, key: String) {
            #expect(TextFolding.headerKey(header) == key)
        }

        /// The byte-by-byte path for ASCII headers (every line the header search
        /// tries) gives what the Unicode path gives, on every ASCII byte.
        @Test func asciiPathAgreesWithTheUnicodePath() {
            var random = SplitMix64(seed: 7)
            for length in 0..<200 {
                let text = String(decoding: (0..<(length % 24)).map { _ in UInt8(random.next() % 128) }, as: UTF8.self)
                #expect(TextFolding.asciiHeaderKey(text) == TextFolding.unicodeHeaderKey(text), "\(Array(text.utf8))")
            }
            let everyByte = String(decoding: Array(0..<128 as Range<UInt8>), as: UTF8.self)
            #expect(TextFolding.asciiHeaderKey(everyByte) == TextFolding.unicodeHeaderKey(everyByte))
            #expect(TextFolding.asciiHeaderKey("Ngày") == nil)
        }
    }
}
