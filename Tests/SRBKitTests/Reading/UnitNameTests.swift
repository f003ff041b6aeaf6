import Testing
@testable import SRBKit

extension Reading {
    @Suite struct UnitNameTests {
        @Test(arguments: [
            ("Ngọc Lâm", "ngọc lâm"),
            ("NGỌC LÂM", "ngọc lâm"),
            ("  Ngọc   Lâm  ", "ngọc lâm"),
            ("Ngọc\tLâm", "ngọc lâm"),
            ("Ngo\u{0323}c La\u{0302}m", "ngọc lâm"),
            ("Phường Ngọc Lâm", "ngọc lâm"),
            ("PHƯỜNG NGỌC LÂM", "ngọc lâm"),
            ("phường  ngọc lâm", "ngọc lâm"),
            ("Phu\u{031B}o\u{031B}\u{0300}ng Ngo\u{0323}c La\u{0302}m", "ngọc lâm"),
            ("P. Ngọc Lâm", "ngọc lâm"),
            ("P.Ngọc Lâm", "ngọc lâm"),
            ("p.  ngọc lâm", "ngọc lâm"),
            ("Phường 12", "12"),
            ("P.12", "12"),
            ("Xã Bát Tràng", "bát tràng"),
            ("XÃ Bát Tràng", "bát tràng"),
            ("X. Bát Tràng", "bát tràng"),
            ("X.Bát Tràng", "bát tràng"),
            ("Thị trấn Trâu Quỳ", "trâu quỳ"),
            ("THỊ TRẤN Trâu Quỳ", "trâu quỳ"),
            ("Thị  trấn  Trâu Quỳ", "trâu quỳ"),
            ("TT. Trâu Quỳ", "trâu quỳ"),
            ("TT.Trâu Quỳ", "trâu quỳ"),
            ("tt. trâu quỳ", "trâu quỳ"),
            ("Phúc Đồng", "phúc đồng"),
            ("Thạch Bàn", "thạch bàn"),
            ("Ngoc Lam", "ngoc lam"),
            ("Phường", ""),
            ("Thị trấn", ""),
            ("", ""),
            ("   ", ""),
        ])
        func keyFoldsCaseSpacesAndNormalFormAndDropsPrefix(name: String, key: String) {
            #expect(UnitName.key(name) == key)
        }

        @Test func keyKeepsDiacriticsApart() {
            // SPEC folds case and spacing, not diacritics: Ngọc Lâm and Ngoc Lam are two wards.
            #expect(UnitName.key("Ngọc Lâm") != UnitName.key("Ngoc Lam"))
        }

        @Test func nfcAndNfdSpellingsShareOneKey() {
            let composed = "Phường Đức Giang"
            let decomposed = "Phu\u{031B}o\u{031B}\u{0300}ng \u{0110}u\u{031B}\u{0301}c Giang"
            #expect(Array(composed.unicodeScalars) != Array(decomposed.unicodeScalars))
            #expect(UnitName.key(composed) == UnitName.key(decomposed))
            #expect(UnitName.key(decomposed) == "đức giang")
        }

        @Test(arguments: [
            ("Phường Ngọc Lâm", "Phường Ngọc Lâm"),
            ("  Phường   Ngọc  Lâm ", "Phường Ngọc Lâm"),
            ("P. Ngọc Lâm", "P. Ngọc Lâm"),
            ("NGỌC LÂM", "NGỌC LÂM"),
            ("Ngọc\t Lâm", "Ngọc Lâm"),
        ])
        func displayTidiesSpacingButKeepsCaseAndPrefix(name: String, shown: String) {
            #expect(UnitName.display(name) == shown)
        }

        @Test func displayIsNFC() {
            let shown = UnitName.display("Ngo\u{0323}c La\u{0302}m")
            #expect(Array(shown.unicodeScalars) == Array("Ng\u{1ECD}c L\u{00E2}m".unicodeScalars))
        }
    }
}
