/// Student's t distribution with ν degrees of freedom.
public enum StudentTDistribution {
    /// The t with P(T ≤ t) = p (scipy's `t.ppf`), through the Beta quantile.
    ///
    /// With α = 2·min(p, 1 − p), |t| solves P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½) = α
    /// (Abramowitz and Stegun 26.7.1 with 26.5.27). Whichever of
    /// x = ν/(ν+t²) and y = 1 − x is below ½ is solved for, so the other is
    /// exact: x = I⁻¹(α; ν/2, ½) gives t² = ν(1 − x)/x, and
    /// y = I⁻¹(1 − α; ½, ν/2) gives t² = νy/(1 − y); α and 1 − α = 2|p − ½|
    /// are both handed over, so the inverse solves on the smaller. The normal
    /// quantile z picks the form (|t| ≥ |z|), with one retry when a guess of
    /// y misses. The sign is that of p − ½. p = 0 gives −∞, p = 1 gives +∞,
    /// p = ½ gives 0; p outside [0, 1], NaN, or ν not positive and finite gives NaN.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard p >= 0, p <= 1, nu > 0, nu.isFinite else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }

        let alpha = 2 * min(p, 1 - p)
        let rest = 2 * abs(p - 0.5)
        let z = NormalDistribution.quantile(alpha / 2)
        var square = Double.nan
        if z * z < nu {
            let y = IncompleteBeta.inverse(lower: rest, upper: alpha, a: 0.5, b: nu / 2)
            if y < 0.5 { square = nu * (y / (1 - y)) }
        }
        if square.isNaN {
            let x = IncompleteBeta.inverse(lower: alpha, upper: rest, a: nu / 2, b: 0.5)
            square = nu * ((1 - x) / x)
        }
        let t = square.squareRoot()
        return p < 0.5 ? -t : t
    }
}
