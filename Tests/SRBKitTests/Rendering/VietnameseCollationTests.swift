import Testing
@testable import SRBKit

extension RenderingTests {
    /// Vietnamese dictionary order, as a Vietnamese reader looks names up.
    @Suite struct VietnameseCollationTests {
        private func sorted(_ names: [String]) -> [String] { VietnameseCollation.sorted(names) { $0 } }

        @Test func dComesBeforeĐAndĐBeforeE() {
            // Code-point order puts Đ (U+0110) after every Latin letter.
            #expect(sorted(["Đức Giang", "Việt Hưng", "Bồ Đề", "Dương Nội", "Ễ", "Giang Biên"])
                    == ["Bồ Đề", "Dương Nội", "Đức Giang", "Ễ", "Giang Biên", "Việt Hưng"])
        }

        @Test func lettersWithMarksOfTheirOwnFollowTheirBase() {
            #expect(sorted(["ơ", "o", "ô", "ư", "u", "â", "ă", "a"]) == ["a", "ă", "â", "o", "ô", "ơ", "u", "ư"])
        }

        @Test func tonesSortAfterTheBaseLetterInDictionaryOrder() {
            // ngang, huyền, hỏi, ngã, sắc, nặng.
            #expect(sorted(["má", "mạ", "mà", "ma", "mã", "mả"]) == ["ma", "mà", "mả", "mã", "má", "mạ"])
            // Letters decide first; tones only between names of the same letters.
            #expect(sorted(["Phúc Lợi", "Phúc Đồng", "Phục"]) == ["Phúc Đồng", "Phúc Lợi", "Phục"])
        }

        @Test func caseDoesNotMatterAndNumbersCompareByValue() {
            #expect(sorted(["phường 10", "Phường 2", "PHƯỜNG 1"]) == ["PHƯỜNG 1", "Phường 2", "phường 10"])
        }

        @Test func longBienWardsInTheOrderOfItsPlan() {
            // Code-point order: … Thượng Thanh, Thạch Bàn, Việt Hưng, Đức Giang.
            let codePoint = ["Bồ Đề", "Cự Khối", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm", "Ngọc Thụy", "Phúc Lợi",
                             "Phúc Đồng", "Sài Đồng", "Thượng Thanh", "Thạch Bàn", "Việt Hưng", "Đức Giang"]
            #expect(sorted(codePoint) == ["Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm",
                                          "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh",
                                          "Việt Hưng"])
        }
    }
}
