import Foundation

extension IncompleteBeta {
    /// xᵃ·yᵇ / B(a, b) for 0 < x < 1 and y = 1 − x, both passed so that
    /// the exact one of the two is used.
    ///
    /// When a, b ≥ 8: TOMS 708's `brcomp` (DiDonato and Morris, ACM TOMS 18
    /// (1992) 360–373). With x₀ = a/(a+b), λ = a − (a+b)x,
    /// xᵃyᵇ / B(a, b) = √(ab / (2π(a+b))) · exp(−a·r(−λ/a) − b·r(λ/b) − Δ),
    /// where r(t) = t − ln(1+t) and Δ = δ(a) + δ(b) − δ(a+b) the Stirling correction:
    /// the terms of size a·ln x cancel before rounding, which a difference of
    /// `lgamma`s near 10⁷ would not do (it loses 8 digits). Otherwise
    /// a·ln x + b·ln y − ln B(a, b), with the large-argument part of ln B from
    /// `logGammaRatio`.
    static func powerTerm(x: Double, y: Double, a: Double, b: Double) -> Double {
        if min(a, b) >= 8 {
            let lambda = lambda(x: x, y: y, a: a, b: b)
            // x/x₀ = 1 − λ/a and y/y₀ = 1 + λ/b; far from 1, take their logs
            // directly (1 − λ/a rounds to 0 once x < x₀·ulp).
            let exponent = a * excessOverLogOnePlus(-lambda / a, onePlus: x * (a + b) / a)
                + b * excessOverLogOnePlus(lambda / b, onePlus: y * (a + b) / b)
            let correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b)
            let scale = (a / (a + b) * b / (2 * Double.pi)).squareRoot()
            return scale * exp(-exponent - correction)
        }
        let logX = x <= 0.5 ? log(x) : log1p(-y)
        let logY = x <= 0.5 ? log1p(-x) : log(y)
        return exp(a * logX + b * logY - logBeta(a, b))
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b), for min(a, b) < 8.
    ///
    /// When the larger argument is ≥ 8, ln Γ(large) − ln Γ(small + large) comes
    /// from `logGammaRatio` rather than from two nearly equal `lgamma`s.
    private static func logBeta(_ a: Double, _ b: Double) -> Double {
        let (small, large) = (min(a, b), max(a, b))
        if large < 8 {
            return lgamma(small) + lgamma(large) - lgamma(small + large)
        }
        return lgamma(small) + logGammaRatio(small, large)
    }

    /// ln(Γ(b) / Γ(a+b)) for b ≥ 8: TOMS 708's `algdiv`,
    /// δ(b) − δ(a+b) − a(ln b − 1) − (a + b − ½)·ln(1 + a/b), δ the Stirling correction.
    private static func logGammaRatio(_ a: Double, _ b: Double) -> Double {
        stirlingCorrection(b) - stirlingCorrection(a + b)
            - a * (log(b) - 1) - (a + b - 0.5) * log1p(a / b)
    }

    /// δ(x) = ln Γ(x) − (x − ½) ln x + x − ½ ln 2π, for x ≥ 8.
    ///
    /// Stirling's series Σ B₂ₖ / (2k(2k−1) x²ᵏ⁻¹) to k = 8; the first omitted
    /// term is below 1e−16 at x = 8.
    static func stirlingCorrection(_ x: Double) -> Double {
        let inverseSquare = 1 / (x * x)
        return stirlingCoefficients.reversed().reduce(0) { $0 * inverseSquare + $1 } / x
    }

    /// B₂ₖ / (2k(2k−1)) for k = 1…8.
    private static let stirlingCoefficients: [Double] = [
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680,
        1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
    ]

    /// r(t) = t − ln(1 + t) for t > −1, free of the cancellation near 0;
    /// `onePlus` is 1 + t computed another way (x/x₀ or y/y₀), used only when
    /// |t| > ½, where 1 + t itself may have rounded to 0.
    ///
    /// For |t| ≤ ½, with s = t/(2+t): r(t) = s·t − 2(s³/3 + s⁵/5 + …), every
    /// term small against the first (|s| ≤ ⅓). Beyond, t − ln(onePlus).
    static func excessOverLogOnePlus(_ t: Double, onePlus: Double) -> Double {
        guard abs(t) <= 0.5 else { return t - log(onePlus) }
        let s = t / (2 + t)
        let s2 = s * s
        var power = s * s2
        var series = 0.0
        var denominator = 3.0
        while true {
            let term = power / denominator
            series += term
            if abs(term) <= abs(series) * Double.ulpOfOne / 2 { break }
            power *= s2
            denominator += 2
        }
        return s * t - 2 * series
    }
}
