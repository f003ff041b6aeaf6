import Testing
@testable import SRBKit

private func id(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

extension Reading {
    @Suite struct IdentifierSetTests {
        @Test func newIdIsInserted() {
            var ids = IdentifierSet()
            #expect(ids.insert(id("T001"), file: 0, line: 2) == nil)
            #expect(ids.count == 1)
        }

        @Test func repeatedIdReturnsWhereItWasFirstSeen() {
            var ids = IdentifierSet()
            #expect(ids.insert(id("T001"), file: 0, line: 2) == nil)
            #expect(ids.insert(id("T002"), file: 0, line: 3) == nil)
            #expect(ids.insert(id("T001"), file: 1, line: 9) == IdentifierSet.Sighting(file: 0, line: 2))
            // A third sighting still points at the first.
            #expect(ids.insert(id("T001"), file: 2, line: 4) == IdentifierSet.Sighting(file: 0, line: 2))
            #expect(ids.count == 2)
        }

        @Test func idsThatArePrefixesOfEachOtherAreDistinct() {
            var ids = IdentifierSet()
            #expect(ids.insert(id("12"), file: 0, line: 2) == nil)
            #expect(ids.insert(id("123"), file: 0, line: 3) == nil)
            #expect(ids.insert(id("1"), file: 0, line: 4) == nil)
            #expect(ids.insert(id("Mã-ĐG-01"), file: 0, line: 5) == nil)
            #expect(ids.insert(id("Mã-ĐG-01"), file: 0, line: 6) == IdentifierSet.Sighting(file: 0, line: 5))
            #expect(ids.count == 4)
        }

        @Test(.timeLimit(.minutes(1)))
        func tenThousandIdsGrowPastTheFirstTableAndAreAllFoundAgain() {
            var ids = IdentifierSet()
            for number in 0..<10_000 {
                #expect(ids.insert(id("HN-\(number)"), file: number % 3, line: number + 2) == nil)
            }
            #expect(ids.count == 10_000)
            var misses = 0
            for number in 0..<10_000
            where ids.insert(id("HN-\(number)"), file: 7, line: 1) != IdentifierSet.Sighting(file: number % 3, line: number + 2) {
                misses += 1
            }
            #expect(misses == 0)
            #expect(ids.count == 10_000)
            #expect(ids.insert(id("HN-10000"), file: 0, line: 1) == nil)
        }

        @Test func sliceOfALargerBufferIsMatchedByItsBytes() {
            // Rows hand the set slices whose indices do not start at 0.
            var ids = IdentifierSet()
            let row = Array("x,A17,y".utf8)
            #expect(ids.insert(row[2..<5], file: 0, line: 2) == nil)
            #expect(ids.insert(id("A17"), file: 0, line: 3) == IdentifierSet.Sighting(file: 0, line: 2))
        }

        @Test func longIdsDifferingOnlyAfterByte255AreDistinct() {
            // SPEC: a row is a duplicate when its id "was already seen"; two different ids never are.
            var ids = IdentifierSet()
            let common = String(repeating: "7", count: 300)
            #expect(ids.insert(id(common + "A"), file: 0, line: 2) == nil)
            #expect(ids.insert(id(common + "B"), file: 0, line: 3) == nil)
            #expect(ids.count == 2)
        }
    }
}
