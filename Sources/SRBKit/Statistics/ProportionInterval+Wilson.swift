extension ProportionInterval {
    /// The Wilson score interval: the p with |x − np| ≤ z·√(np(1−p)).
    ///
    /// z = Φ⁻¹(1 − α/2), α = 1 − confidence (Wilson, JASA 22 (1927) 209–212).
    /// The textbook lower bound (x + z²/2 − z·s)/(n + z²), s = √(x(n−x)/n + z²/4),
    /// is computed as x² / (n(x + z²/2 + z·s)), the same value without the
    /// cancellation (and exactly 0 when x = 0); the upper bound
    /// (x + z²/2 + z·s)/(n + z²) has none, and is set to exactly 1 when x = n.
    /// Requires 0 ≤ successes ≤ trials and 0 < confidence < 1; trials = 0
    /// gives (0, 1).
    public static func wilson(successes: Int, trials: Int, confidence: Double) -> ProportionInterval {
        checkArguments(successes: successes, trials: trials, confidence: confidence)
        guard trials > 0 else { return ProportionInterval(lower: 0, upper: 1) }
        let z = -NormalDistribution.quantile((1 - confidence) / 2)
        let n = Double(trials)
        let x = Double(successes)
        let z2 = z * z
        let s = (x * (n - x) / n + z2 / 4).squareRoot()
        let lower = x * x / (n * (x + z2 / 2 + z * s))
        let upper = successes == trials ? 1 : min(1, (x + z2 / 2 + z * s) / (n + z2))
        return ProportionInterval(lower: lower, upper: upper)
    }
}
