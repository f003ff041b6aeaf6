import Foundation

/// Which way the male proportion moved over the last five years with births,
/// spelled as SPEC's `trend_test.direction`.
public enum TrendDirection: String, Sendable, CaseIterable {
    case increasing
    case decreasing
    case noSignificantChange = "no_significant_change"
    case cannotCalculate = "cannot_calculate"
}

/// The chi-squared test for trend in the male proportion (Armitage's test),
/// as SPEC's `trend_test` and OHID Fingertips' trend marker define it.
public enum TrendTest {
    /// One year's counts; `year` orders the years and is the x of the logit slope.
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let boys: Int
        public let births: Int

        public init(year: Int, boys: Int, births: Int) {
            self.year = year
            self.boys = boys
            self.births = births
        }
    }

    /// The statistic, its p-value and the direction; the first two nil with
    /// `cannotCalculate`, and when every birth was a boy or every one a girl.
    public struct Result: Sendable, Equatable {
        public let chiSquared: Double?
        public let pValue: Double?
        public let direction: TrendDirection

        public init(chiSquared: Double?, pValue: Double?, direction: TrendDirection) {
            self.chiSquared = chiSquared
            self.pValue = pValue
            self.direction = direction
        }
    }

    /// χ²₁ must exceed this for a direction: SPEC's 99.8% point, 9.5495
    /// (scipy 1.17.1: `chi2.ppf(0.998, 1)` = 9.54953570608…; SPEC's rounding is kept).
    public static let criticalValue = 9.5495

    /// The number of years the test looks at: the last five with births.
    public static let yearCount = 5

    /// The test over the last five years with births among `years` (any
    /// order; years with no births are skipped; each year at most once).
    ///
    /// With t = 1…5 in year order, boys rᵢ, births nᵢ, N = Σnᵢ, R = Σrᵢ:
    /// χ² = N·(N·Σrᵢtᵢ − R·Σnᵢtᵢ)² / [R·(N−R)·(N·Σnᵢtᵢ² − (Σnᵢtᵢ)²)]
    /// (Armitage, Biometrics 11 (1955) 375–386), computed in integers with
    /// t centred on 3 (both brackets are unchanged by the shift), so the
    /// differences are exact; p = P(χ²₁ > χ²), from the upper tail itself
    /// (`ChiSquaredDistribution.survival`, more accurate than
    /// erfc(√(χ²/2)), whose argument's rounding is magnified χ²-fold).
    /// The direction is `increasing` or `decreasing`, the sign of the
    /// least-squares slope of logit(rᵢ/nᵢ) on the calendar year, when
    /// χ² > `criticalValue` and the slope keeps that sign, strictly, when each
    /// of the five years in turn is left out; else `noSignificantChange`.
    ///
    /// Null cases: fewer than five years with births give `cannotCalculate`
    /// with nil χ² and p. When R = 0 or R = N (all girls, or all boys, in all
    /// five years) the proportion never moves and χ² is 0/0 (the last bracket
    /// is positive, the years being distinct): nil χ² and p, and
    /// `noSignificantChange`, since there is no change to find. A year whose
    /// proportion is 0 or 1 has an infinite logit; that year's logit alone
    /// takes the empirical form ln((r + ½)/(n − r + ½)) (Cox, The Analysis of
    /// Binary Data, 1970, §3.2), the others stay plain. Requires
    /// 0 ≤ boys ≤ births; exact integer sums while N < 2³⁰. Cost: O(n log n)
    /// for n years given, then constant.
    public static func armitage(_ years: [Year]) -> Result {
        precondition(years.allSatisfy { 0 <= $0.boys && $0.boys <= $0.births }, "boys must be in 0...births")
        let ordered = years.filter { $0.births > 0 }.sorted { $0.year < $1.year }
        precondition(zip(ordered, ordered.dropFirst()).allSatisfy { $0.year < $1.year }, "a year is given twice")
        guard ordered.count >= yearCount else {
            return Result(chiSquared: nil, pValue: nil, direction: .cannotCalculate)
        }
        let last = Array(ordered.suffix(yearCount))
        let total = last.reduce(0) { $0 + $1.births }
        let boys = last.reduce(0) { $0 + $1.boys }
        guard boys > 0 && boys < total else {
            return Result(chiSquared: nil, pValue: nil, direction: .noSignificantChange)
        }

        // Scores u = t − 3 ∈ −2…2: |N·Σru|, |N·Σnu²| ≤ 4N² < 2⁶² stay exact while
        // N < 2³⁰; larger totals (count sheets of whole countries) go through doubles.
        var boysByScore = 0, birthsByScore = 0, birthsBySquare = 0
        for (index, year) in last.enumerated() {
            let u = index - 2
            boysByScore += year.boys * u
            birthsByScore += year.births * u
            birthsBySquare += year.births * u * u
        }
        let isExact = total < 1 << 30
        let numerator = isExact ? Double(total * boysByScore - boys * birthsByScore)
            : Double(total) * Double(boysByScore) - Double(boys) * Double(birthsByScore)
        let spread = isExact ? Double(total * birthsBySquare - birthsByScore * birthsByScore)
            : Double(total) * Double(birthsBySquare) - Double(birthsByScore) * Double(birthsByScore)
        let chiSquared = Double(total) * numerator * numerator
            / (Double(boys) * Double(total - boys) * spread)
        let pValue = ChiSquaredDistribution.survival(chiSquared, degreesOfFreedom: 1)
        let direction = chiSquared > criticalValue ? robustDirection(last) : .noSignificantChange
        return Result(chiSquared: chiSquared, pValue: pValue, direction: direction)
    }

    /// The sign of the logit slope over the five years, if each four-year
    /// refit has the same sign; else `noSignificantChange`.
    static func robustDirection(_ years: [Year]) -> TrendDirection {
        guard let full = logitSlope(years), full != 0 else { return .noSignificantChange }
        for left in years.indices {
            var rest = years
            rest.remove(at: left)
            guard let slope = logitSlope(rest), slope.sign == full.sign, slope != 0 else {
                return .noSignificantChange
            }
        }
        return full > 0 ? .increasing : .decreasing
    }

    /// The ordinary least-squares slope of logit(boys/births) on the year.
    static func logitSlope(_ years: [Year]) -> Double? {
        LinearTrend(fitting: years.map { LinearTrend.Point(x: Double($0.year), y: logit($0)) })?.slope
    }

    /// ln(r/(n − r)), or ln((r + ½)/(n − r + ½)) when r = 0 or r = n.
    static func logit(_ year: Year) -> Double {
        let boys = Double(year.boys)
        let girls = Double(year.births - year.boys)
        if year.boys == 0 || year.boys == year.births {
            return log((boys + 0.5) / (girls + 0.5))
        }
        return log(boys / girls)
    }
}
