import Foundation

extension IncompleteBeta {
    /// The x in [0, 1] with I_x(a, b) = p: the p-quantile of Beta(a, b).
    ///
    /// Halley steps from the starting value of AS 109 (Cran, Martin and
    /// Thomas, Applied Statistics 26 (1977) 111–114) with the normal quantile
    /// of AS 241, kept inside a bracket that every evaluation narrows and
    /// replaced by bisection whenever a step leaves it or fails to halve the
    /// step before last (rtsafe, Numerical Recipes §9.4). So the result never
    /// leaves [0, 1] and the loop ends: it stops when a step is within 8 ulps
    /// of x or the bracket cannot be split, after 2–7 evaluations for the
    /// Clopper–Pearson bounds of 1 to 10⁷ births. p ≤ 0 gives 0, p ≥ 1 gives 1;
    /// a or b not positive and finite, or p NaN, gives NaN.
    public static func inverse(probability p: Double, a: Double, b: Double) -> Double {
        inverse(lower: p, upper: 1 - p, a: a, b: b)
    }

    /// The root of I_x(a, b) = lower, equivalently 1 − I_x(a, b) = upper, for a
    /// caller that holds the upper tail exactly (Student's t quantile): the
    /// iteration solves on whichever of the two is at most ½. lower ≤ 0 gives
    /// 0, upper ≤ 0 gives 1; bad shapes or NaN give NaN.
    static func inverse(lower p: Double, upper complement: Double, a: Double, b: Double) -> Double {
        guard isValid(a: a, b: b), !p.isNaN, !complement.isNaN else { return .nan }
        if p <= 0 { return 0 }
        if complement <= 0 { return 1 }

        let isLowerTail = p <= complement
        var low = 0.0
        var high = 1.0
        var x = startingValue(lower: p, upper: complement, a: a, b: b)
        var step = 1.0
        var stepBeforeLast = 1.0
        for _ in 0..<1_100 {
            let (lower, upper, density) = evaluate(x: x, a: a, b: b)
            // f(x) = I_x(a, b) − p, taken from the smaller tail: (1−p) − (1−I_x) when p > ½.
            let error = isLowerTail ? lower - p : complement - upper
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }

            let proposal = halleyStep(error: error, density: density, x: x, a: a, b: b)
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

    /// The point that halves [low, high]: in ratio when the bracket spans more
    /// than a factor of 4 in x, or in 1 − x above ½ (so a root near 0 or 1 is
    /// reached in as many steps as its exponent has bits), else in length.
    private static func splitPoint(_ low: Double, _ high: Double) -> Double {
        if low > 0 && high > 4 * low {
            return low.squareRoot() * high.squareRoot()
        }
        if low >= 0.5 && high < 1 && 1 - low > 4 * (1 - high) {
            return 1 - (1 - low).squareRoot() * (1 - high).squareRoot()
        }
        return low + (high - low) / 2
    }

    /// Halley's step for f(x) = I_x(a, b) − p: with Newton's u = f/f′ and
    /// f″/f′ = (a−1)/x − (b−1)/(1−x), the step is u / (1 − u·f″/(2f′)), the
    /// correction limited so the step keeps Newton's sign and at most doubles.
    private static func halleyStep(error: Double, density: Double, x: Double, a: Double, b: Double) -> Double {
        guard density > 0, density.isFinite else { return .nan }
        let newton = error / density
        let curvature = (a - 1) / x - (b - 1) / (1 - x)
        let correction = min(max(newton * curvature / 2, -1), 0.5)
        return newton / (1 - correction)
    }

    /// A first x for the iteration, strictly inside (0, 1).
    ///
    /// For a, b ≥ 1, AS 109's normal-based guess: with z the upper p-point of
    /// the standard normal, h = 2/(1/(2a−1) + 1/(2b−1)), λ = (z² − 3)/6,
    /// w = z√(h+λ)/h − (1/(2b−1) − 1/(2a−1))(λ + 5/6 − 2/(3h)), x = a/(a + b·e²ʷ).
    /// Otherwise the power-law tails near 0 and 1 (Numerical Recipes §6.14).
    private static func startingValue(lower p: Double, upper complement: Double, a: Double, b: Double) -> Double {
        var x: Double
        if a >= 1 && b >= 1 {
            // The upper p-point, from the smaller tail.
            let z = p <= complement ? -NormalDistribution.quantile(p) : NormalDistribution.quantile(complement)
            let lambda = (z * z - 3) / 6
            let inverseA = 1 / (2 * a - 1)
            let inverseB = 1 / (2 * b - 1)
            let h = 2 / (inverseA + inverseB)
            let w = z * (h + lambda).squareRoot() / h
                - (inverseB - inverseA) * (lambda + 5.0 / 6 - 2 / (3 * h))
            x = a / (a + b * exp(2 * w))
        } else {
            let logA = log(a / (a + b))
            let logB = log(b / (a + b))
            let nearZero = exp(a * logA) / a
            let nearOne = exp(b * logB) / b
            let total = nearZero + nearOne
            if p < nearZero / total {
                x = pow(a * total * p, 1 / a)
            } else {
                x = 1 - pow(b * total * complement, 1 / b)
            }
        }
        if !(x > 0 && x < 1) {
            x = a / (a + b)
        }
        return x
    }
}
