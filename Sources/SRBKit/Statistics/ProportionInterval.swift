/// A confidence interval for a binomial proportion, 0 ≤ lower ≤ upper ≤ 1.
public struct ProportionInterval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

extension ProportionInterval {
    /// The interval for `successes` out of `trials` by `method`.
    ///
    /// Requires 0 ≤ successes ≤ trials and 0 < confidence < 1; trials = 0 gives (0, 1).
    public static func of(
        successes: Int, trials: Int, confidence: Double, method: IntervalMethod
    ) -> ProportionInterval {
        switch method {
        case .exact: clopperPearson(successes: successes, trials: trials, confidence: confidence)
        case .wilson: wilson(successes: successes, trials: trials, confidence: confidence)
        }
    }

    /// Stops on arguments no caller should pass.
    static func checkArguments(successes: Int, trials: Int, confidence: Double) {
        precondition(0 <= successes && successes <= trials, "successes must be in 0...trials")
        precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
    }
}
