extension ProportionInterval {
    /// The Clopper–Pearson ("exact") interval: the proportions not rejected by
    /// either one-sided binomial test at level α/2, α = 1 − confidence.
    ///
    /// lower = B⁻¹(α/2; x, n−x+1), 0 when x = 0; upper = B⁻¹(1−α/2; x+1, n−x),
    /// 1 when x = n (Clopper and Pearson, Biometrika 26 (1934) 404–413), with
    /// B⁻¹ the Beta quantile. Requires 0 ≤ successes ≤ trials and
    /// 0 < confidence < 1; trials = 0 gives (0, 1). Cost: two Beta quantiles
    /// of 2–9 evaluations each, about 25 µs at 10⁷ births in a release build.
    public static func clopperPearson(successes: Int, trials: Int, confidence: Double) -> ProportionInterval {
        checkArguments(successes: successes, trials: trials, confidence: confidence)
        let alpha = 1 - confidence
        let x = Double(successes)
        let n = Double(trials)
        let lower = successes == 0
            ? 0 : IncompleteBeta.inverse(probability: alpha / 2, a: x, b: n - x + 1)
        let upper = successes == trials
            ? 1 : IncompleteBeta.inverse(probability: 1 - alpha / 2, a: x + 1, b: n - x)
        return ProportionInterval(lower: lower, upper: upper)
    }
}
