import Testing
@testable import SRBKit

private func id(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The set takes ids in place (views of the read buffer); this hands it test bytes.
private extension IdentifierSet {
    mutating func insert(_ id: [UInt8], file: Int, line: Int) -> Sighting? {
        id.withUnsafeBufferPointer { insert($0, file: file, line: line) }
    }
}

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

        @Test func idInsideALargerBufferIsKeptByItsBytes() {
            // Rows hand the set views of the read buffer, which is then overwritten.
            var ids = IdentifierSet()
            var row = Array("x,A17,y".utf8)
            let first = row.withUnsafeBufferPointer { ids.insert(UnsafeBufferPointer(rebasing: $0[2..<5]), file: 0, line: 2) }
            #expect(first == nil)
            row.replaceSubrange(2..<5, with: Array("B99".utf8))
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
    
        @Test func packedAndRawIdsNeverMeet() {
            // Digits and - / . _ are packed four bits each; other bytes are escaped or kept raw.
            var ids = IdentifierSet()
            let written = ["5", "05", "5 ", "1A", "1B", "LB-2024-000123", "LB-2024-000124", "lb-2024-000123",
                           "2024/01.5_7", "2024/01.5_8", "Mã-01", "Mã-1", ""]
            for (line, text) in written.enumerated() { #expect(ids.insert(id(text), file: 0, line: line) == nil, "\(text)") }
            for (line, text) in written.enumerated() {
                #expect(ids.insert(id(text), file: 1, line: 99) == IdentifierSet.Sighting(file: 0, line: line), "\(text)")
            }
            #expect(ids.count == written.count)
        }

        @Test(.timeLimit(.minutes(1)))
        func twoHundredThousandIdsSpreadOverTheTable() {
            // Regression: a mis-parenthesised slot reduction sent every id to slot 0 and made
            // inserting quadratic (15 million ids never finished); this would take hours then.
            var ids = IdentifierSet()
            for number in 0..<200_000 { _ = ids.insert(id("VN-2024-\(number)"), file: 0, line: number + 2) }
            #expect(ids.count == 200_000)
            #expect(ids.insert(id("VN-2024-123456"), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: 123_458))
        }

        @Test func sightingsKeepLargeFileAndLineNumbers() {
            var ids = IdentifierSet()
            #expect(ids.insert(id("x"), file: 70_000, line: 15_000_001) == nil)
            #expect(ids.insert(id("x"), file: 0, line: 1) == IdentifierSet.Sighting(file: 70_000, line: 15_000_001))
        }

        @Test func idsWithMoreThanThirteenDigitsAfterTheLastLetterStillPackIntoSlots() {
            // `VN-2015-10000000` has 14 packable characters after `VN`: the prefix
            // becomes `VN-`, so the id needs no arena bytes; a 19-digit number too.
            var ids = IdentifierSet()
            let written = (0..<1_000).map { "VN-2015-\(10_000_000 + $0)" } + (0..<1_000).map { "\(2_015_000_012_345_678_000 + $0)" }
                + (0..<1_000).map { "VN-2015-\(1_000_000 + $0)" }
            for (line, text) in written.enumerated() { #expect(ids.insert(id(text), file: 0, line: line + 2) == nil, "\(text)") }
            #expect(ids.count == 3_000)
            #expect(ids.arenaBytes == 0)
            #expect(ids.insert(id("VN-2015-10000999"), file: 1, line: 9) == IdentifierSet.Sighting(file: 0, line: 1_001))
            #expect(ids.insert(id("2015000012345678000"), file: 1, line: 9) == IdentifierSet.Sighting(file: 0, line: 1_002))
            #expect(ids.insert(id("VN-2015-1000000"), file: 1, line: 9) == IdentifierSet.Sighting(file: 0, line: 2_002))
            // Same characters, split differently: different ids.
            #expect(ids.insert(id("VN-20151-0000000"), file: 1, line: 10) == nil)
            #expect(ids.insert(id("VN-2015-01000000"), file: 1, line: 11) == nil)
            #expect(ids.insert(id("VN-2015-100000000"), file: 1, line: 12) == nil)
            #expect(ids.count == 3_003)
        }

        @Test func probesStartWhereTheHashPointsInThePartition() {
            // Multiply-shift of hash bits 16…47 by the size, worked by hand:
            // 0x8000_0000 · 1000 / 2³² = 500, 0x4000_0000 · 1000 / 2³² = 250,
            // 0xFFFF_FFFF · 1000 / 2³² = 999.99… → 999; the other bits pick the partition.
            // (An operator-precedence slip once made every probe start at slot 0:
            // correct answers, but 15 million ids took hours.)
            #expect(IDPartition.start(0x8000_0000 << 16, in: 1000) == 500)
            #expect(IDPartition.start(0x4000_0000 << 16, in: 1000) == 250)
            #expect(IDPartition.start(0xFFFF_FFFF << 16, in: 1000) == 999)
            #expect(IDPartition.start(0xFF00_0000_0000_FFFF, in: 1000) == 0)
        }

        @Test func aHashThatCollidesForEveryIdStillCallsOnlyEqualIdsDuplicates() {
            // Weak hashing sends every id to a few slots: only byte equality may decide.
            // (Without number pages, or the numbered ids here would never be hashed.)
            var ids = IdentifierSet(hashing: .weak, usesNumberPages: false)
            let written = (0..<600).map { "VN-2015-\($0 % 300)" } + (0..<100).map { "Mã-\($0)-" + String(repeating: "x", count: $0 % 7) }
                + (0..<200).map { "VN-2015-\(10_000_000 + $0 % 100)" } + (0..<200).map { "\(100_000_000_000_000 + $0 % 100)" }
            var firstLine: [String: Int] = [:]
            for (line, text) in written.enumerated() {
                let expected = firstLine[text].map { IdentifierSet.Sighting(file: 0, line: $0) }
                if firstLine[text] == nil { firstLine[text] = line + 2 }
                #expect(ids.insert(id(text), file: 0, line: line + 2) == expected, "\(text)")
            }
            #expect(ids.count == firstLine.count)
            var other = IdentifierSet(hashing: .weak, usesNumberPages: false)
            #expect(other.insert(id("VN-2015-300"), file: 0, line: 5) == nil)
            #expect(!ids.sharesAnID(with: other))
            ids.absorb(&other, lineOffset: 1000)
            #expect(ids.insert(id("VN-2015-300"), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: 1005))
        }

        /// Ids of every way the set keeps them: plain numbers, packed ids with
        /// prefixes, ids too long to pack, and prefixes past the table's 4,094.
        private static func mixedIDs(_ tag: String, prefixesFirst: Int) -> [String] {
            (0..<prefixesFirst).map { "K\($0)\(tag)Z-1" }
                + (0..<300).map { "\(tag == "a" ? 1_000_000 : 2_000_000 + $0)\($0)" }
                + (0..<300).map { "VN\(tag)-2015-\($0)" }
                + (0..<50).map { "Mã-hồ-sơ-\(tag)-" + String(repeating: "dài", count: 25) + "-\($0)" }
                + (0..<50).map { "LATE\(tag)\($0 % 5)-\($0)" }
        }

        @Test(arguments: [IdentifierSet.Hashing.standard, .weak], [
            "", "7777777", "VN-2015-0000042", "Mã-hồ-sơ-" + String(repeating: "dài", count: 25) + "-42", "LATE-7", "K17Z-1",
        ])
        func twoSetsShareAnIdExactlyWhenTheirIdListsIntersect(hashing: IdentifierSet.Hashing, shared: String) {
            // The first set fills its prefix table (4,200 prefixes), so its later
            // prefixes go to the arena; the second numbers them as words. Without
            // number pages, for the hash table to hold the numbered ids as well.
            var first = IdentifierSet(hashing: hashing, usesNumberPages: false)
            var second = IdentifierSet(hashing: hashing, usesNumberPages: false)
            var firstIDs = Self.mixedIDs("a", prefixesFirst: 4_200), secondIDs = Self.mixedIDs("b", prefixesFirst: 10).reversed().map { $0 }
            if !shared.isEmpty {
                firstIDs.insert(shared, at: firstIDs.count - 3)
                secondIDs.insert(shared, at: 5)
            }
            for (line, text) in firstIDs.enumerated() { #expect(first.insert(id(text), file: 0, line: line + 2) == nil, "\(text)") }
            for (line, text) in secondIDs.enumerated() { #expect(second.insert(id(text), file: 0, line: line + 2) == nil, "\(text)") }
            let expected = !Set(firstIDs).isDisjoint(with: Set(secondIDs))
            #expect(expected == !shared.isEmpty)  // the lists meet only in `shared`
            #expect(first.sharesAnID(with: second) == expected)
            #expect(second.sharesAnID(with: first) == expected)
            #expect(first.sharesAnID(with: second, parallelFrom: 0) == expected)  // halves on two threads
            #expect(second.sharesAnID(with: first, parallelFrom: 0) == expected)
        }

        @Test(arguments: ["K4150aZ-1", "K17aZ-1", "LATE-7"])
        func anIdOneSetKeepsByNumberAndTheOtherByHashIsStillFoundShared(shared: String) {
            // The first set numbers 4,094 stems (K0aZ- … K4093aZ-), a page each,
            // which the ids it expects allow; the ids of its later stems go to
            // its hash table, while the second set keeps the same id by number.
            var first = IdentifierSet(), second = IdentifierSet()
            first.reserve(14_000_000)  // 1¼ · 14,000,000 numbers: 4,272 pages
            let firstIDs = (0..<4_200).map { "K\($0)aZ-1" } + ["LATE-7"], secondIDs = ["B-1", "B-2", shared]
            for (line, text) in firstIDs.enumerated() { _ = first.insert(id(text), file: 0, line: line + 2) }
            for (line, text) in secondIDs.enumerated() { _ = second.insert(id(text), file: 0, line: line + 2) }
            let kept = (first.countKeptByNumber, second.countKeptByNumber)
            #expect(kept == (4_094, 3))  // K0aZ-1 … K4093aZ-1; K4094aZ-1 … and LATE-7 hashed
            let found = (first.sharesAnID(with: second), second.sharesAnID(with: first))
            #expect(found == (true, true))
            var unshared = IdentifierSet()
            for (line, text) in ["B-1", "B-2", "K9999aZ-1"].enumerated() { _ = unshared.insert(id(text), file: 0, line: line + 2) }
            let notFound = (first.sharesAnID(with: unshared), unshared.sharesAnID(with: first))
            #expect(notFound == (false, false))
        }

        @Test func theOverlapCheckOnTwoThreadsFindsTheSharedIdInWhicheverHalfItHashesTo() {
            // 64 shared ids, one per pair of sets: each lands in the lower or the
            // upper half of the partitions (all in one half: chance 2^-63).
            let firstIDs = (0..<2_000).map { "A-\($0)" }, secondIDs = (0..<2_000).map { "B-\($0)" }
            var first = IdentifierSet(), second = IdentifierSet()
            for (line, text) in firstIDs.enumerated() { _ = first.insert(id(text), file: 0, line: line + 2) }
            for (line, text) in secondIDs.enumerated() { _ = second.insert(id(text), file: 0, line: line + 2) }
            #expect(!first.sharesAnID(with: second, parallelFrom: 0))
            for number in 0..<64 {
                var firstWithShared = first, secondWithShared = second
                _ = firstWithShared.insert(id("S-\(number)"), file: 0, line: 9_000)
                _ = secondWithShared.insert(id("S-\(number)"), file: 0, line: 9_000)
                #expect(firstWithShared.sharesAnID(with: secondWithShared, parallelFrom: 0), "S-\(number)")
                #expect(!firstWithShared.sharesAnID(with: second, parallelFrom: 0), "S-\(number)")
            }
        }

        // MARK: Ids kept by number

        /// Ids as registers hold them, with repeats: numbers in order, year
        /// stems, leading zeros, 12-digit personal numbers, ids ending in a
        /// letter, Vietnamese stems, numbers too long for a page.
        private static func registerIDs(count: Int, seed: UInt64, randomShare: UInt64) -> [String] {
            var random = SplitMix64(seed: seed), written: [String] = []  // seeded: a failure replays
            for row in 0..<count {
                let pick = random.next() % 100
                if pick < randomShare {
                    written.append(String(100_000_000_000 + random.next() % 900_000_000_000))
                } else if pick < randomShare + 3, !written.isEmpty {
                    written.append(written[Int(random.next() % UInt64(written.count))])  // a repeat
                } else {
                    switch row % 7 {
                    case 0: written.append("\(row)")
                    case 1: written.append("KS-2024-" + String(repeating: "0", count: 8 - String(row).count) + "\(row)")
                    case 2: written.append("0\(row)")
                    case 3: written.append("Mã-hồ-sơ-\(row % 50)")
                    case 4: written.append("HS\(row)B")
                    case 5: written.append("\(row)" + String(repeating: "9", count: 15))  // 18 digits or more
                    default: written.append("KS-2025-\(row / 7)")
                    }
                }
            }
            return written
        }

        @Test(arguments: [0, 40], [true, false])
        func everyIdIsFoundAgainAtItsFirstSightingWhicheverWayItIsKept(randomShare: Int, usesNumberPages: Bool) {
            // A dictionary of first lines is the second method; a share of random
            // 12-digit ids makes the pages too sparse, so they move to the hash table.
            let written = Self.registerIDs(count: 30_000, seed: 42, randomShare: UInt64(randomShare))
            var ids = IdentifierSet(usesNumberPages: usesNumberPages), firstLine: [String: Int] = [:]
            var mismatches: [String] = []
            for (row, text) in written.enumerated() {
                let expected = firstLine[text].map { IdentifierSet.Sighting(file: 0, line: $0) }
                if firstLine[text] == nil { firstLine[text] = row + 2 }
                if ids.insert(id(text), file: 0, line: row + 2) != expected { mismatches.append(text) }
            }
            #expect(mismatches.count == 0, "first: \(mismatches.prefix(5))")
            #expect(ids.count == firstLine.count)
            for (text, line) in firstLine.sorted(by: { $0.value < $1.value }) where ids.insert(id(text), file: 3, line: 1) != IdentifierSet.Sighting(file: 0, line: line) {
                mismatches.append(text)
            }
            #expect(mismatches.count == 0, "first: \(mismatches.prefix(5))")
            let keptByNumber = ids.countKeptByNumber
            if !usesNumberPages || randomShare == 40 {
                #expect(keptByNumber == 0)  // none, or all moved to the hash table
            } else {
                #expect(keptByNumber > firstLine.count / 3)
            }
        }

        @Test func idsThatDifferOnlyInLeadingZerosOrStemAreDifferentIds() {
            var ids = IdentifierSet()
            let written = ["12", "012", "0012", "KS-12", "KS-012", "KS12", "ks-12", "KS-2024-12", "KS-2025-12", "0", "00", "Mã-12", "Ma-12"]
            for (line, text) in written.enumerated() { #expect(ids.insert(id(text), file: 0, line: line + 2) == nil, "\(text)") }
            #expect(ids.countKeptByNumber == written.count)
            for (line, text) in written.enumerated() {
                #expect(ids.insert(id(text), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: line + 2), "\(text)")
            }
            #expect(ids.count == written.count)
        }

        @Test func numbersInOrderFillWholePagesAndKeepEveryIdByNumber() {
            // 100,000 ids in order from KS-2024-00000001 span 25 pages of 4,096
            // numbers (0…102,399); the density rule allows them all.
            var ids = IdentifierSet()
            for number in 1...100_000 {
                _ = ids.insert(id("KS-2024-" + String(repeating: "0", count: 8 - String(number).count) + "\(number)"),
                               file: 0, line: number + 1)
            }
            #expect(ids.countKeptByNumber == 100_000)
            #expect(ids.insert(id("KS-2024-00065536"), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: 65_537))
            #expect(ids.insert(id("KS-2024-0065536"), file: 1, line: 2) == nil)  // seven digits: another id
        }

        @Test func scatteredNumbersMoveToTheHashTableOnceTheyWouldTakeMoreThanThreeSlotsAnId() {
            // Ids 4,096 apart each need a page of their own: 1,024 pages are spare,
            // the 1,025th would hold 1,025 · 4,096 numbers for 1,025 ids: refused.
            #expect(NumberedIDPages.sparePages == 1_024)
            var ids = IdentifierSet()
            for page in 0..<1_024 { _ = ids.insert(id("\(page * 4_096 + 7)"), file: 0, line: page + 2) }
            #expect(ids.countKeptByNumber == 1_024)
            #expect(ids.insert(id("\(1_024 * 4_096 + 7)"), file: 0, line: 1_026) == nil)
            #expect(ids.countKeptByNumber == 0)
            #expect(ids.count == 1_025)
            for page in 0...1_024 {
                #expect(ids.insert(id("\(page * 4_096 + 7)"), file: 2, line: 1) == IdentifierSet.Sighting(file: 0, line: page + 2))
            }
            #expect(ids.insert(id("8"), file: 0, line: 70) == nil)
        }

        /// A set holding `written`, lines from 2, moved to its hash table first when `moved`.
        private static func set(of written: [String], moved: Bool) -> IdentifierSet {
            var ids = IdentifierSet()
            if moved { for page in 0...NumberedIDPages.sparePages { _ = ids.insert(id("99\(page * 4_096)"), file: 9, line: page + 1) } }
            for (line, text) in written.enumerated() { _ = ids.insert(id(text), file: 0, line: line + 2) }
            #expect(ids.countKeptByNumber == (moved ? 0 : written.count))
            return ids
        }

        @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
        func setsKeptByNumberOrByHashShareAnIdExactlyWhenTheyHoldOne(firstMoved: Bool, secondMoved: Bool) {
            let firstIDs = (0..<5_000).map { "KS-\($0)" }, secondIDs = (5_000..<10_000).map { "KS-\($0)" }
            let first = Self.set(of: firstIDs, moved: firstMoved), second = Self.set(of: secondIDs, moved: secondMoved)
            // The moved sets share their scattered ids ("99…"): compare only sets where at most one moved.
            guard !(firstMoved && secondMoved) else {
                #expect(first.sharesAnID(with: second))
                return
            }
            #expect(!first.sharesAnID(with: second))
            #expect(!second.sharesAnID(with: first))
            for shared in ["KS-4999", "KS-5000"] {
                let withShared = Self.set(of: firstIDs + (shared == "KS-5000" ? [shared] : []), moved: firstMoved)
                let otherWithShared = Self.set(of: secondIDs + (shared == "KS-4999" ? [shared] : []), moved: secondMoved)
                #expect(withShared.sharesAnID(with: otherWithShared), "\(shared)")
                #expect(otherWithShared.sharesAnID(with: withShared), "\(shared)")
                #expect(withShared.sharesAnID(with: otherWithShared, parallelFrom: 0), "\(shared)")
            }
        }

        @Test(arguments: [(false, false), (false, true), (true, false)])
        func absorbedIdsKeepTheirSightingsMovedDownByTheLineOffset(hereMoved: Bool, thereMoved: Bool) {
            let hereIDs = (0..<3_000).map { "KS-2024-\($0)" }, thereIDs = (0..<3_000).map { "KS-2025-\($0)" } + ["LATE-\(7)", "12345"]
            var here = Self.set(of: hereIDs, moved: hereMoved), there = Self.set(of: thereIDs, moved: thereMoved)
            if thereMoved && !hereMoved {  // `there`'s scattered ids would be shared with nothing here: fine
                #expect(!here.sharesAnID(with: there))
            }
            here.absorb(&there, lineOffset: 10_000)
            #expect(there.count == 0)
            for (line, text) in hereIDs.enumerated() {
                #expect(here.insert(id(text), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: line + 2), "\(text)")
            }
            for (line, text) in thereIDs.enumerated() {
                #expect(here.insert(id(text), file: 1, line: 1) == IdentifierSet.Sighting(file: 0, line: line + 10_002), "\(text)")
            }
            #expect(here.insert(id("KS-2026-1"), file: 1, line: 1) == nil)
        }

        @Test func idsExpectedByTheReaderLetNumbersOutOfOrderStayOnPages() {
            // 6,000,000 ids expected allow 1¼ · 6,000,000 numbers, 1,831 pages:
            // 1,500 ids 4,096 apart (a page each) stay, though past the 1,024
            // spare pages they take far more than 3 numbers an id.
            var expected = IdentifierSet(), unexpected = IdentifierSet()
            expected.reserve(6_000_000)
            for number in 0..<1_500 {
                _ = expected.insert(id("KS-\(10_000_000 + number * 4_096)"), file: 0, line: number + 2)
                _ = unexpected.insert(id("KS-\(10_000_000 + number * 4_096)"), file: 0, line: number + 2)
            }
            #expect(expected.countKeptByNumber == 1_500)
            #expect(unexpected.countKeptByNumber == 0)  // moved at the 1,025th page
            for number in stride(from: 0, to: 1_500, by: 97) {
                let sighting = IdentifierSet.Sighting(file: 0, line: number + 2)
                #expect(expected.insert(id("KS-\(10_000_000 + number * 4_096)"), file: 1, line: 1) == sighting)
                #expect(unexpected.insert(id("KS-\(10_000_000 + number * 4_096)"), file: 1, line: 1) == sighting)
            }
        }
    }
}
