import Testing
@testable import SRBKit

extension GenerateTests {
    @Suite struct SplitMix64Tests {
        /// The first outputs for seed 0 of the reference C code (Vigna,
        /// prng.di.unimi.it/splitmix64.c).
        @Test func seedZeroGivesTheReferenceSequence() {
            var random = SplitMix64(seed: 0)
            #expect(random.next() == 0xE220_A839_7B1D_CDAF)
            #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
            #expect(random.next() == 0x06C4_5D18_8009_454F)
        }

        @Test func belowStaysInItsRange() {
            var random = SplitMix64(seed: 42)
            var seen = Set<Int>()
            for _ in 0..<10_000 { seen.insert(random.below(366)) }
            #expect(seen == Set(0..<366))
        }
    }
}
