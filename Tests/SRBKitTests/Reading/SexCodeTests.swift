import Testing
@testable import SRBKit

extension Reading {
    @Suite struct SexCodeTests {
        /// Every spelling SPEC lists, in other case, spacing and diacritics; NFD where
        /// written with `\u{…}` combining marks.
        @Test(arguments: [
            "m", "M", " m ", "male", "Male", "MALE", "\tmale\t", "b", "B", "boy", "Boy", "BOY",
            "1", " 1 ", "nam", "Nam", "NAM", " nam", "trai", "Trai", "TRAI",
            "con trai", "Con Trai", "CON TRAI", "con  trai", " Con\tTrai ",
        ])
        func maleSpellings(spelling: String) {
            #expect(Sex(spelling: spelling) == .male)
        }

        @Test(arguments: [
            "f", "F", "female", "Female", "FEMALE", " female ", "g", "G", "girl", "Girl", "GIRL",
            "2", " 2", "nữ", "Nữ", "NỮ", " nữ ", "Nu\u{031B}\u{0303}", "NU\u{031B}\u{0303}", "nu",
            "gái", "Gái", "GÁI", "Ga\u{0301}i", "gai",
            "con gái", "Con Gái", "CON GÁI", "con   gái", "CON GA\u{0301}I", " Con\tGái ", "con gai",
        ])
        func femaleSpellings(spelling: String) {
            #expect(Sex(spelling: spelling) == .female)
        }

        @Test(arguments: [
            "", " ", "\t", "x", "X", "0", "3", "12", "?", "mm", "n", "con", "boys", "girls", "males",
            "nam nữ", "trai gái", "con trai gái", "nữ?", "m.", "khác", "không rõ", "concon trai",
        ])
        func anythingElseIsRejected(spelling: String) {
            #expect(Sex(spelling: spelling) == nil)
        }
    }
}
