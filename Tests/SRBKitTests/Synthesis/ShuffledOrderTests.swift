import Testing
@testable import SRBKit

extension GenerateTests {
    /// `--order shuffled` (SPEC "Synthetic registers"): the same births as in
    /// date order, each year's rows in a seeded random order.
    @Suite struct ShuffledOrderTests {
        private func bytes(order: GeneratorSettings.Order, seed: UInt64 = 3, shape: GeneratorSettings.Shape = .births,
                           includesIDs: Bool = true, chunkSize: Int = RegisterGenerator.defaultChunkSize) throws -> [UInt8] {
            var settings = try GeneratorSettings(registry: GeneratorSettings.numberedWards(7), sexRatio: 112,
                                                 years: 2022...2024, birthsPerYear: 900, seed: seed,
                                                 shape: shape, includesIDs: includesIDs)
            settings.order = order
            var all: [UInt8] = []
            RegisterGenerator(settings: settings).generate(chunkSize: chunkSize) { chunk in all += chunk }
            return all
        }

        private func lines(_ bytes: [UInt8]) -> [String] {
            String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        /// Drops the id column (the first) of a births row.
        private func withoutID(_ line: String) -> String {
            String(line[line.index(after: line.firstIndex(of: ",")!)...])
        }

        /// The year a births row's date (`DD/MM/YYYY`, third column without id) falls in.
        private func year(_ line: String) -> Substring {
            line.split(separator: ",")[2].suffix(4)
        }

        @Test func shuffledRowsAreTheDateOrderedRowsInAnotherOrder() throws {
            let dated = lines(try bytes(order: .date, includesIDs: false))
            let shuffled = lines(try bytes(order: .shuffled, includesIDs: false))
            #expect(dated.first == shuffled.first)  // the header
            #expect(shuffled.count == 1 + 900 * 3)
            #expect(dated.dropFirst().sorted() == shuffled.dropFirst().sorted())
            #expect(Array(dated.dropFirst()) != Array(shuffled.dropFirst()))
        }

        @Test func yearsFollowEachOtherAndRowsWithinAYearAreNotByWardOrDate() throws {
            let rows = lines(try bytes(order: .shuffled, includesIDs: false)).dropFirst()
            let years = rows.map(year)
            #expect(years == years.sorted())
            let firstYear = rows.prefix(900)
            #expect(Set(firstYear.map(year)) == ["2022"])
            // 900 births over 7 wards in random order: the ward changes on most rows, and the dates do not ascend.
            let wards = firstYear.map { $0.split(separator: ",")[0] }
            let changes = zip(wards, wards.dropFirst()).filter { $0 != $1 }.count
            #expect(changes > 600)
            let dates = firstYear.map { $0.split(separator: ",")[2] }
            #expect(dates.map { $0.split(separator: "/").reversed().joined() } != dates.map { $0.split(separator: "/").reversed().joined() }.sorted())
        }

        @Test func idsCountUpInTheOrderRowsAreWritten() throws {
            let rows = lines(try bytes(order: .shuffled)).dropFirst()
            #expect(rows.map { Int($0.split(separator: ",")[0])! } == Array(1...2700))
            let withoutIDs = lines(try bytes(order: .shuffled, includesIDs: false)).dropFirst()
            #expect(rows.map(withoutID) == Array(withoutIDs))
        }

        @Test func sameSeedSameBytesAndChunkSizeDoesNotMatter() throws {
            let first = try bytes(order: .shuffled)
            #expect(first == (try bytes(order: .shuffled)))
            #expect(first == (try bytes(order: .shuffled, chunkSize: 97)))
            #expect(first != (try bytes(order: .shuffled, seed: 4)))
        }

        @Test func shuffledCountRowsAreTheDateOrderedOnesInAnotherOrder() throws {
            let dated = lines(try bytes(order: .date, shape: .counts))
            let shuffled = lines(try bytes(order: .shuffled, shape: .counts))
            #expect(shuffled.count == 1 + 7 * 12 * 3)
            #expect(dated.sorted() == shuffled.sorted())
            #expect(dated != shuffled)
        }

        /// Expected values from scripts/shuffle-reference.py (SplitMix64 and
        /// Fisher–Yates written from their papers in Python): seed 5 gives the
        /// shuffling seed 0xf7ea95ef795dc094 and the permutation below of 0…9.
        @Test func shuffleIsFisherYatesOnSplitMix64() {
            #expect(RegisterGenerator.shuffleSeed(5) == 0xF7EA_95EF_795D_C094)
            var random = SplitMix64(seed: 0xF7EA_95EF_795D_C094)
            var rows: [UInt64] = Array(0..<10)
            RegisterGenerator.shuffle(&rows, with: &random)
            #expect(rows == [6, 0, 3, 5, 2, 1, 7, 8, 4, 9])
        }
    }
}
