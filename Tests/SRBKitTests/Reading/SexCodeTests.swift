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

        @Test func aShortSpellingsWordIsItsBytesAndLengthSoOnlyEqualBytesShareIt() {
            // The reader remembers the last two sex spellings by this word.
            func word(_ bytes: [UInt8]) -> UInt64? { bytes.withUnsafeBufferPointer { ScanState.shortWord($0) } }
            let nam = Array("Nam".utf8)  // 4E 61 6D
            #expect(word(nam) == 3 << 56 | 0x6D << 16 | 0x61 << 8 | 0x4E)
            let others = [Array("Na".utf8), nam + [0], [0] + nam, Array("nam".utf8), Array("Nữ".utf8), []]
            #expect(Set(others.map(word)).count == others.count && !others.map(word).contains(word(nam)))
            #expect(word(Array("1234567".utf8)) != nil && word(Array("12345678".utf8)) == nil)
        }

        @Test func rowsAlternatingAmongSpellingsAreEachReadAndCountedAsTheirOwn() throws {
            // More than two spellings in turn, so that the two remembered ones keep changing.
            let spellings = ["Nam", "Nữ", "nam", "NỮ", "2", "Nam", "x", "Nữ", "1", "Nam"]
            let register = "ward,date,sex\n" + spellings.map { "A,2024-01-02,\($0)\n" }.joined()
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "r.csv", bytes: Array(register.utf8))])
            // Boys: Nam ×3, nam, 1 = 5; girls: Nữ ×2, NỮ, 2 = 4; x rejected for sex.
            let tally = scan.cells.values.reduce(Tally()) { $0 + $1.tally.total }
            #expect(tally.boys == 5 && tally.girls == 4 && scan.rowsRejected == 1)
            let rows = Dictionary(uniqueKeysWithValues: scan.sexSpellings.map { ($0.spelling, $0.rows) })
            #expect(rows["Nam"] == 3 && rows["Nữ"] == 2 && rows["nam"] == 1 && rows["x"] == 1)
        }
    }
}
