import Testing
@testable import SRBKit

extension RenderingTests {
    /// Locale-free numbers. `fixed` rounds half away from zero the value people read:
    /// 2257 boys per 2000 girls is SRB 112.85 exactly, which the JSON writes as
    /// `112.85`; with one decimal it is 112.9, even though the nearest double,
    /// 112.849999999999994315658113919198513031005859375, lies just below the half.
    @Suite struct NumberFormattingTests {
        @Test(arguments: [
            (112.85, "112.9"),  // 100·2257/2000
            (108.95, "109.0"),  // 100·2179/2000
            (112.84, "112.8"),
            (112.86, "112.9"),
            (109.0, "109.0"),
            (99.96, "100.0"),
            (0.0, "0.0"),
            (0.05, "0.1"),
            (0.04, "0.0"),
            (1234.25, "1234.3"),
        ])
        func fixedRoundsHalfAwayFromZeroToOneDecimal(value: Double, expected: String) {
            #expect(NumberFormatting.fixed(value, places: 1) == expected)
        }

        @Test func srbOfCountsEndingInAHalfRoundsUp() {
            let estimate = SexRatioEstimate(boys: 2257, girls: 2000, confidence: 0.95, method: .exact)
            #expect(estimate.srb == 112.85)
            #expect(NumberFormatting.fixed(estimate.srb!, places: 1) == "112.9")
        }

        @Test(arguments: [
            (1.005, "1.01"),
            (0.145, "0.15"),
            (2.675, "2.68"),
            (1.004, "1.00"),
            (109.0, "109.00"),
        ])
        func fixedRoundsHalfAwayFromZeroToTwoDecimals(value: Double, expected: String) {
            #expect(NumberFormatting.fixed(value, places: 2) == expected)
        }

        @Test func fixedWithNoDecimals() {
            #expect(NumberFormatting.fixed(108.5, places: 0) == "109")
            #expect(NumberFormatting.fixed(108.49, places: 0) == "108")
        }

        @Test(arguments: [109.0, 0.95, 131.41025641025641, 118.7, 1e-7, 123_456_789.125, 91.63558573154597])
        func exactReadsBackAsTheSameDouble(value: Double) {
            let text = NumberFormatting.exact(value)
            #expect(Double(text) == value)
            #expect(!text.contains(","))
        }

        /// What Swift's description writes with an exponent, moved by hand to plain decimals.
        @Test(arguments: [
            (2.5317782987002327e-06, "0.0000025317782987002327"),
            (1e-5, "0.00001"),
            (-1e-7, "-0.0000001"),
            (1.5e-10, "0.00000000015"),
            (1e16, "10000000000000000.0"),
            (1.2345e20, "123450000000000000000.0"),
            (-9.007199254740993e15, "-9007199254740992.0"),  // the nearest double is 2⁵³
            (1.0000000000000002e16, "10000000000000002.0"),
            (Double.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),  // 5e-324
        ])
        func exactWritesNoExponent(value: Double, expected: String) {
            #expect(NumberFormatting.exact(value) == expected)
            #expect(Double(expected) == value)
        }

        @Test(arguments: [1e-4, 9.999999999999999e-5, 1.7976931348623157e308, 2.2250738585072014e-308, 123_456_789.125e12,
                          1.0 / 3.0 * 1e-9, 9_007_199_254_740_993.0 * 3])
        func exactIsPlainAndReadsBackAtEveryMagnitude(value: Double) {
            let text = NumberFormatting.exact(value)
            #expect(!text.contains("e") && !text.contains("E"))
            #expect(Double(text) == value)
            #expect(Double("-" + text) == -value)
        }

        @Test func fixedAndPlainHaveNoExponentEither() {
            #expect(NumberFormatting.fixed(2.5317782987002327e-06, places: 1) == "0.0")
            #expect(NumberFormatting.fixed(0.00005, places: 4) == "0.0001")  // half of the shortest decimal, up
            #expect(NumberFormatting.fixed(1e20, places: 1) == "100000000000000000000.0")
            #expect(NumberFormatting.fixed(-1.5e16, places: 2) == "-15000000000000000.00")
            #expect(NumberFormatting.plain(1e20) == "100000000000000000000")
            #expect(NumberFormatting.plain(1e-5) == "0.00001")
            #expect(NumberFormatting.plain(-0.0) == "0")
        }

        @Test(arguments: [(109.0, "109"), (109.5, "109.5"), (95.0, "95"), (110.0, "110")])
        func plainWritesWholeNumbersWithoutDecimals(value: Double, expected: String) {
            #expect(NumberFormatting.plain(value) == expected)
        }
    }
}
