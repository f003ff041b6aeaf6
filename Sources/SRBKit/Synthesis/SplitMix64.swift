/// A seeded pseudo-random generator: SplitMix64 (Steele, Lea and Flood 2014),
/// as in swift-argument-parser `Examples/roll/SplitMix64.swift`. The same seed
/// gives the same sequence on every platform and Swift version, which the
/// system generator does not promise.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` from the high 32 bits of one draw (multiply and
    /// shift); its bias is below `bound / 2³²`, nothing for days of a year.
    /// `bound` must be in `1...2³²`.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: ((next() >> 32) &* UInt64(bound)) >> 32)
    }
}
