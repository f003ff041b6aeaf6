/// The chi-squared distribution with k degrees of freedom, through the
/// regularized incomplete gamma function: χ²ₖ is Gamma(k/2, scale 2).
public enum ChiSquaredDistribution {
    /// P(X ≤ x) = P(k/2, x/2) (scipy's `chi2.cdf`).
    ///
    /// x ≤ 0 gives 0; k not positive and finite, or x NaN, gives NaN.
    public static func cdf(_ x: Double, degreesOfFreedom k: Double) -> Double {
        IncompleteGamma.regularizedLower(a: k / 2, x: x / 2)
    }

    /// P(X > x) = Q(k/2, x/2) (scipy's `chi2.sf`), computed as the tail
    /// itself: survival(100, 1) ≈ 1.5e−23 keeps its digits.
    ///
    /// x ≤ 0 gives 1; bad k or NaN x gives NaN.
    public static func survival(_ x: Double, degreesOfFreedom k: Double) -> Double {
        IncompleteGamma.regularizedUpper(a: k / 2, x: x / 2)
    }

    /// The x with P(X ≤ x) = p (scipy's `chi2.ppf`): 2·P⁻¹(k/2, p).
    ///
    /// p ≤ 0 gives 0, p ≥ 1 gives +∞; bad k or NaN p gives NaN. For p near 1,
    /// `upperQuantile(1 − p)` with the exact upper tail is the better call.
    public static func quantile(_ p: Double, degreesOfFreedom k: Double) -> Double {
        2 * IncompleteGamma.inverseLower(probability: p, a: k / 2)
    }

    /// The x with P(X > x) = q (scipy's `chi2.isf`): 2·Q⁻¹(k/2, q).
    ///
    /// q ≥ 1 gives 0, q ≤ 0 gives +∞; bad k or NaN q gives NaN.
    public static func upperQuantile(_ q: Double, degreesOfFreedom k: Double) -> Double {
        2 * IncompleteGamma.inverseUpper(probability: q, a: k / 2)
    }
}
