/// SRB of one unit and its interval, on the SRB scale (boys per 100 girls).
public struct SexRatioEstimate: Sendable, Equatable {
    public let boys: Int
    public let girls: Int
    public var births: Int { boys + girls }
    /// 100·B/G computed in that order (so 1090/1000 gives exactly 109); nil when G = 0.
    public let srb: Double?
    /// Lower bound: the proportion interval's lower p mapped by 100·p/(1−p);
    /// 0 when that p is 0, nil when N = 0.
    public let ciLow: Double?
    /// Upper bound, mapped the same way; nil when N = 0 and when the upper p
    /// reaches 1 (always so when G = 0).
    public let ciHigh: Double?

    /// Estimates from counts; requires boys, girls ≥ 0 and 0 < confidence < 1.
    public init(boys: Int, girls: Int, confidence: Double, method: IntervalMethod) {
        precondition(boys >= 0 && girls >= 0, "counts must not be negative")
        self.boys = boys
        self.girls = girls
        srb = girls == 0 ? nil : Self.ratio(boys: boys, girls: girls)

        let births = boys + girls
        guard births > 0 else {
            ciLow = nil
            ciHigh = nil
            return
        }
        let interval = ProportionInterval.of(
            successes: boys, trials: births, confidence: confidence, method: method)
        ciLow = Self.srbScale(interval.lower)
        ciHigh = interval.upper < 1 ? Self.srbScale(interval.upper) : nil
    }

    /// 100·B/G: 100·B in integers (exact below 2⁵³) and one correctly rounded
    /// division, so a whole-number quotient such as 109 comes out exact;
    /// 100·B in floating point only if it overflows Int.
    static func ratio(boys: Int, girls: Int) -> Double {
        let (hundredBoys, overflow) = boys.multipliedReportingOverflow(by: 100)
        let numerator = overflow ? 100 * Double(boys) : Double(hundredBoys)
        return numerator / Double(girls)
    }

    /// A male proportion p < 1 on the SRB scale: 100·p/(1−p).
    static func srbScale(_ p: Double) -> Double {
        100 * p / (1 - p)
    }
}
