/// The binomial distribution Bin(n, p): its distribution function and quantiles,
/// through the regularized incomplete beta function.
public enum BinomialDistribution {
    /// P(X ≤ k) for X ~ Bin(n, p) = I_{1−p}(n − k, k + 1) (k < n); 0 below 0, 1 from n on.
    ///
    /// `q` is 1 − p, passed by the caller when it can be formed exactly
    /// (100/(100 + T) rather than 1 − T/(100 + T)).
    public static func cdf(_ k: Int, trials n: Int, failure q: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        return IncompleteBeta.regularized(x: q, a: Double(n - k), b: Double(k + 1))
    }

    /// The smallest k with P(X ≤ k) ≥ `probability` (scipy's `binom.ppf`), 0 ≤ k ≤ n.
    ///
    /// Bisection on k: about log₂ n evaluations of the incomplete beta.
    public static func quantile(_ probability: Double, trials n: Int, failure q: Double) -> Int {
        var low = 0, high = n
        while low < high {
            let middle = low + (high - low) / 2
            if cdf(middle, trials: n, failure: q) >= probability { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The quantile as a proportion made continuous in n by interpolating
    /// within the step (Spiegelhalter, Statistics in Medicine 24 (2005) 1185,
    /// appendix A.1.1): (k − α)/n with α = (F(k) − P)/(F(k) − F(k − 1)).
    public static func interpolatedProportion(_ probability: Double, trials n: Int, failure q: Double) -> Double {
        let k = quantile(probability, trials: n, failure: q)
        let atK = cdf(k, trials: n, failure: q)
        let below = cdf(k - 1, trials: n, failure: q)
        let alpha = atK > below ? (atK - probability) / (atK - below) : 0
        return max(0, (Double(k) - alpha) / Double(n))
    }
}
