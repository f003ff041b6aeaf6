// A note for the next person: the interval bounds of a ward with a million
// births lie where I_x(a, b) goes from 0 to 1 within a few thousandths of x,
// with a and b near 500 000, so digits are easy to lose. Three choices keep
// them, each checked against mpmath at 60 digits:
// - the factor xᵃ(1−x)ᵇ / B(a, b) is computed in TOMS 708's form, where the
//   terms of size a·ln x cancel algebraically, not in floating point (see
//   IncompleteBeta+PowerTerm.swift);
// - the continued fraction is TOMS 708's `bfrac`, written in λ = a − (a+b)x,
//   rather than the textbook one evaluated by Lentz's method, whose terms
//   1 − (a+m)(a+b+m)x/… lose eps/(1−x) each when x is near 1 (1e−10 for
//   a = 3·10⁶, b < 1);
// - λ is computed from whichever of x and 1 − x is exact, and the inverse
//   solves on the smaller tail, so p near 1 keeps its digits.
// What remains is the conditioning of the problem itself.

import Foundation

/// The regularized incomplete beta function I_x(a, b) and its inverse in x.
public enum IncompleteBeta {
    /// I_x(a, b) = (1 / B(a, b)) ∫₀ˣ tᵃ⁻¹ (1−t)ᵇ⁻¹ dt, the Beta(a, b) distribution function.
    ///
    /// A continued fraction for x ≤ a/(a+b); above the mean,
    /// I_x(a, b) = 1 − I_{1−x}(b, a). Relative error against mpmath: about
    /// 1e−15 for small a, b, 1e−12 for a, b in the millions (shapes from 0.001
    /// up were checked). x ≤ 0 gives 0, x ≥ 1 gives 1; a or b not positive and
    /// finite, or x NaN, gives NaN. Cost: a few dozen terms, up to about 1 000
    /// near the mean when a + b = 10⁷ (the count grows like (a+b)^⅓).
    public static func regularized(x: Double, a: Double, b: Double) -> Double {
        guard isValid(a: a, b: b), !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return evaluate(x: x, a: a, b: b).lower
    }

    /// Whether a and b are usable shape parameters.
    static func isValid(a: Double, b: Double) -> Bool {
        a > 0 && b > 0 && a.isFinite && b.isFinite
    }

    /// I_x(a, b), its complement 1 − I_x(a, b) = I_{1−x}(b, a), and the Beta(a, b)
    /// density xᵃ⁻¹(1−x)ᵇ⁻¹ / B(a, b), at 0 < x < 1.
    ///
    /// The continued fraction gives the tail on the side of x away from the
    /// mean a/(a+b) (λ ≥ 0 after reflecting), and the other is 1 minus it, so
    /// the smaller of the two keeps its relative accuracy. The density shares
    /// the power term (the inverse's Halley steps need it).
    static func evaluate(x: Double, a: Double, b: Double)
        -> (lower: Double, upper: Double, density: Double)
    {
        let y = 1 - x
        let isReflected = lambda(x: x, y: y, a: a, b: b) < 0
        // Reflected, the arguments are (1−x, x, b, a); the power term is symmetric.
        let (u, v, p, q) = isReflected ? (y, x, b, a) : (x, y, a, b)
        let term = powerTerm(x: u, y: v, a: p, b: q)
        let tail = min(1, term * continuedFraction(x: u, y: v, a: p, b: q))
        let density = term / (x * y)
        return isReflected ? (1 - tail, tail, density) : (tail, 1 - tail, density)
    }

    /// λ = a − (a+b)x, from whichever of x and y = 1 − x is ≤ ½ (that one is
    /// the caller's exact value; the other was rounded in 1 − x).
    static func lambda(x: Double, y: Double, a: Double, b: Double) -> Double {
        x <= 0.5 ? a - (a + b) * x : (a + b) * y - b
    }

    /// The continued fraction whose value times xᵃyᵇ / B(a, b) is I_x(a, b), for λ ≥ 0.
    ///
    /// TOMS 708's `bfrac` (DiDonato and Morris, ACM TOMS 18 (1992) 360–373),
    /// written in λ and y so that no term is 1 − x in disguise, evaluated by
    /// the three-term recurrence, rescaled at every step. The cap on terms
    /// is far above need (950 suffice near the mean at a + b = 10⁷).
    static func continuedFraction(x: Double, y: Double, a: Double, b: Double) -> Double {
        let c = lambda(x: x, y: y, a: a, b: b) + 1
        let c0 = b / a
        let c1 = 1 / a + 1
        let yPlusOne = y + 1
        var p = 1.0
        var s = a + 1
        var (previousNumerator, previousDenominator) = (0.0, 1.0)
        var (numerator, denominator) = (1.0, c / c1)
        var ratio = c1 / c
        let maximumTerms = 1_000 + Int(20 * max(a, b).squareRoot())
        for n in 1...maximumTerms {
            let n = Double(n)
            let t = n / a
            let w = n * (b - n) * x
            var e = a / s
            let alpha = p * (p + c0) * e * e * (w * x)
            e = (t + 1) / (c1 + t + t)
            let beta = n + w / s + e * (c + n * yPlusOne)
            p = t + 1
            s += 2
            (previousNumerator, numerator) = (numerator, alpha * previousNumerator + beta * numerator)
            (previousDenominator, denominator) = (denominator, alpha * previousDenominator + beta * denominator)
            let previousRatio = ratio
            ratio = numerator / denominator
            if abs(ratio - previousRatio) <= Double.ulpOfOne * ratio { break }
            previousNumerator /= denominator
            previousDenominator /= denominator
            numerator = ratio
            denominator = 1
        }
        return ratio
    }
}
