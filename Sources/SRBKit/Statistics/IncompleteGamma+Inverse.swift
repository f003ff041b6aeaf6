import Foundation

extension IncompleteGamma {
    /// The x ≥ 0 with P(a, x) = p: the p-quantile of Gamma(a, 1).
    ///
    /// p ≤ 0 gives 0, p ≥ 1 gives +∞; a not positive and finite, or p NaN,
    /// gives NaN. For p > ½, 1 − p is formed here; a caller that holds the
    /// exact upper tail should call `inverseUpper(probability:a:)`.
    public static func inverseLower(probability p: Double, a: Double) -> Double {
        inverse(lower: p, upper: 1 - p, a: a)
    }

    /// The x ≥ 0 with Q(a, x) = q: the (1 − q)-quantile of Gamma(a, 1), from
    /// the upper tail itself, so q = 1e−10 keeps its digits.
    ///
    /// q ≥ 1 gives 0, q ≤ 0 gives +∞; bad a or NaN q gives NaN.
    public static func inverseUpper(probability q: Double, a: Double) -> Double {
        inverse(lower: 1 - q, upper: q, a: a)
    }

    /// The root of P(a, x) = lower, equivalently Q(a, x) = upper, solved on
    /// whichever of the two is below ½ (the other was rounded in 1 − it).
    ///
    /// Halley steps from the Wilson–Hilferty guess (or, far in a tail, the
    /// leading terms of the series or of the asymptotic expansion), kept
    /// inside a bracket that every evaluation narrows and replaced by
    /// bisection whenever a step leaves it or fails to halve the step before
    /// last (rtsafe, Numerical Recipes §9.4), as in `IncompleteBeta.inverse`. It stops when a step is within 8 ulps of x:
    /// 2–4 evaluations for the chi-squared quantiles of exact Poisson limits
    /// (tails 0.025 to 5e−4, 1 to 10⁶ events), 6–21 for tails of 1e−100.
    static func inverse(lower p: Double, upper q: Double, a: Double) -> Double {
        guard isValid(a: a), !p.isNaN, !q.isNaN else { return .nan }
        if p <= 0 { return 0 }
        if q <= 0 { return .infinity }

        let isLowerTail = p <= q
        var low = 0.0
        var high = Double.infinity
        var x = startingValue(lower: p, upper: q, a: a)
        var step = Double.infinity
        var stepBeforeLast = Double.infinity
        for _ in 0..<1_100 {
            let (lower, upper, density) = evaluate(a: a, x: x)
            // f(x) = P(a, x) − p, taken from the smaller tail: q − Q(a, x) when q < p.
            let error = isLowerTail ? lower - p : q - upper
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }

            let proposal = halleyStep(error: error, density: density, x: x, a: a)
            let candidate = x - proposal
            let isInside = proposal.isFinite && candidate > low && candidate < high
            // A step of a few ulps is rounding noise in f: x is as good as it gets.
            if abs(proposal) <= 8 * x.ulp { return isInside ? candidate : x }
            let isFastEnough = abs(2 * proposal) <= abs(stepBeforeLast)
            stepBeforeLast = step
            if isInside && isFastEnough {
                step = proposal
                x = candidate
            } else {
                let split = splitPoint(low, high)
                if split <= low || split >= high { return x }
                step = x - split
                x = split
            }
        }
        return x
    }

    /// A point inside (low, high): 4·low, or 1, while no upper bound is
    /// known; high/16 while no lower one is; the geometric mean when the
    /// bracket spans more than a factor of 4; else the midpoint.
    private static func splitPoint(_ low: Double, _ high: Double) -> Double {
        if high == .infinity { return low > 0 ? 4 * low : 1 }
        if low == 0 { return high / 16 }
        if high > 4 * low { return low.squareRoot() * high.squareRoot() }
        return low + (high - low) / 2
    }

    /// Halley's step for f(x) = P(a, x) − p: with Newton's u = f/f′ and
    /// f″/f′ = (a − 1)/x − 1, the step is u / (1 − u·f″/(2f′)), the
    /// correction limited so the step keeps Newton's sign and at most doubles.
    private static func halleyStep(error: Double, density: Double, x: Double, a: Double) -> Double {
        guard density > 0, density.isFinite else { return .nan }
        let newton = error / density
        let curvature = (a - 1) / x - 1
        let correction = min(max(newton * curvature / 2, -1), 0.5)
        return newton / (1 - correction)
    }

    /// A first x for the iteration, positive and finite.
    ///
    /// Far in the lower tail, from the series' leading terms
    /// P ≈ xᵃ/Γ(a+1)·(1 − ax/(a+1)): x₀ = (p·Γ(a+1))^(1/a), then x₀·(1 + x₀/(a+1)),
    /// used when x₀ < (a+1)/5 (or a < 1 and p < 0.3). Far in the upper tail of
    /// a < 1, from Q ≈ xᵃ⁻¹e⁻ˣ/Γ(a): x = −ln(q·Γ(a)) + (a − 1)·ln x, iterated
    /// twice. Otherwise Wilson and Hilferty's cube (PNAS 17 (1931) 684–688):
    /// x = a·(1 − 1/(9a) + z/(3√a))³, z the normal quantile of the smaller tail.
    private static func startingValue(lower p: Double, upper q: Double, a: Double) -> Double {
        var x = Double.nan
        if p <= q {
            let leading = exp((log(p) + lgamma(a + 1)) / a)
            if leading < (a + 1) / 5 || (a < 1 && p < 0.3) {
                x = leading * (1 + leading / (a + 1))
            }
        } else if a < 1 && q < 0.3 {
            let base = -log(q) - lgamma(a)
            x = max(base, 1)
            for _ in 0..<2 { x = max(base + (a - 1) * log(x), 1) }
        }
        if !(x > 0 && x.isFinite) {
            let z = p <= q ? NormalDistribution.quantile(p) : -NormalDistribution.quantile(q)
            let c = 1 / (9 * a)
            let cube = 1 - c + z * c.squareRoot()
            x = a * cube * cube * cube
        }
        if !(x > 0 && x.isFinite) {
            x = a
        }
        return max(x, Double.leastNormalMagnitude)
    }
}
