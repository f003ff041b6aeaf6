// A note for the next person: the chi-squared quantiles behind exact Poisson
// limits need P(a, x) for a up to a million with x within a few √a of a,
// and tails down to 1e−300. Two choices keep the digits:
// - the factor xᵃe⁻ˣ / Γ(a) is computed for a ≥ 8 as
//   √(a/2π)·exp(−a·r(t) − δ(a)), t = (x − a)/a, r(t) = t − ln(1 + t), so the
//   terms of size a·ln x cancel algebraically (the same device as TOMS 708's
//   `brcomp` in IncompleteBeta+PowerTerm.swift, whose r and δ are reused);
// - each of P and Q comes from its own series or fraction, on the side where
//   it is the smaller, so a tail of 1e−23 is not 1 minus something.
// The series and the fraction need about √(2a·37) terms when x ≈ a
// (8 600 at a = 10⁶); with the series compensated, their rounding stays
// near 1e−14 there, so Temme's uniform expansion was not needed.

import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
public enum IncompleteGamma {
    /// P(a, x) = (1/Γ(a)) ∫₀ˣ tᵃ⁻¹e⁻ᵗ dt, the Gamma(a, 1) distribution function.
    ///
    /// Relative error against mpmath for 0.5 ≤ a ≤ 10⁶: below 1.2e−14 where
    /// P > 1e−20, up to about |ln P|·1e−15 deeper in the tail (5e−13 at
    /// 1e−300), where the exponent of xᵃe⁻ˣ is large. x ≤ 0 gives 0,
    /// x = +∞ gives 1; a not positive and finite, or x NaN, gives NaN.
    /// Cost: a few dozen terms away from x ≈ a, about 8.6·√a next to it
    /// (8 600 at a = 10⁶).
    public static func regularizedLower(a: Double, x: Double) -> Double {
        guard isValid(a: a), !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if x == .infinity { return 1 }
        return evaluate(a: a, x: x).lower
    }

    /// Q(a, x) = (1/Γ(a)) ∫ₓ^∞ tᵃ⁻¹e⁻ᵗ dt = 1 − P(a, x), the upper tail.
    ///
    /// Keeps its relative accuracy where it is tiny (Q(0.5, 50) ≈ 1.5e−23).
    /// x ≤ 0 gives 1, x = +∞ gives 0; bad a or NaN x gives NaN.
    public static func regularizedUpper(a: Double, x: Double) -> Double {
        guard isValid(a: a), !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        return evaluate(a: a, x: x).upper
    }

    /// Whether a is a usable shape parameter.
    static func isValid(a: Double) -> Bool {
        a > 0 && a.isFinite
    }

    /// P(a, x), Q(a, x) and the Gamma(a, 1) density xᵃ⁻¹e⁻ˣ / Γ(a), at 0 < x < ∞.
    ///
    /// Below x = a + 1 the series gives P and Q = 1 − P (then Q ≥ 0.08 for a ≥ ½);
    /// above, the continued fraction gives Q and P = 1 − Q.
    static func evaluate(a: Double, x: Double) -> (lower: Double, upper: Double, density: Double) {
        let term = powerTerm(a: a, x: x)
        let density = term / x
        if x < a + 1 {
            let lower = min(1, term / a * series(a: a, x: x))
            return (lower, 1 - lower, density)
        }
        let upper = min(1, term * continuedFraction(a: a, x: x))
        return (1 - upper, upper, density)
    }

    /// xᵃe⁻ˣ / Γ(a).
    ///
    /// For a ≥ 8, √(a/2π)·exp(−a·r(t) − δ(a)) with t = (x − a)/a,
    /// r(t) = t − ln(1 + t) and δ the Stirling correction of ln Γ: from
    /// ln Γ(a) = (a − ½)ln a − a + ½ln 2π + δ(a), since a·ln(x/a) + a − x = −a·r(t).
    /// Below, exp(a·ln x − ln Γ(a))·e⁻ˣ: x is exact, so e⁻ˣ is good to an ulp,
    /// where rounding a·ln x − x would cost x ulps (Q(½, 289) = erfc(17)
    /// keeps 15 digits). Past x = 700, where e⁻ˣ nears underflow, the one exponent.
    static func powerTerm(a: Double, x: Double) -> Double {
        if a >= 8 {
            let t = (x - a) / a
            let excess = IncompleteBeta.excessOverLogOnePlus(t, onePlus: x / a)
            let exponent = -a * excess - IncompleteBeta.stirlingCorrection(a)
            return (a / (2 * Double.pi)).squareRoot() * exp(exponent)
        }
        if x <= 700 {
            return exp(a * log(x) - lgamma(a)) * exp(-x)
        }
        return exp(a * log(x) - x - lgamma(a))
    }

    /// Σₙ xⁿ / ((a+1)(a+2)…(a+n)), n ≥ 0: P(a, x) = xᵃe⁻ˣ/Γ(a+1) times this.
    ///
    /// Abramowitz and Stegun 6.5.29. For x < a + 1 the terms fall from the
    /// first, by a ratio r = x/(a+n) that falls too, so what is left after a
    /// term t is below t·r/(1 − r); the loop stops when that is below a
    /// quarter ulp of the sum. The sum is compensated (Neumaier): next to the
    /// mean at a = 10⁶ it has 8 600 terms, and the small ones would otherwise
    /// round away, all in the same direction (1e−14 low).
    static func series(a: Double, x: Double) -> Double {
        var denominator = a
        var term = 1.0
        var sum = 1.0
        var compensation = 0.0
        for _ in 0..<maximumTerms(a: a) {
            denominator += 1
            let ratio = x / denominator
            term *= ratio
            let next = sum + term
            compensation += (sum - next) + term  // sum ≥ term: the part of term lost in next
            sum = next
            if term * ratio <= (1 - ratio) * sum * Double.ulpOfOne / 4 { break }
        }
        return sum + compensation
    }

    /// The continued fraction whose value times xᵃe⁻ˣ / Γ(a) is Q(a, x), for x ≥ a + 1.
    ///
    /// Legendre's fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …)))
    /// (Abramowitz and Stegun 6.5.31 in its even form), evaluated by the
    /// modified Lentz method (Numerical Recipes §5.2, §6.2). Its partial
    /// denominators grow by 2 and its numerators −n(n−a) stay negative
    /// beyond n = a, so it converges in about √(2a·37) steps next to the
    /// mean and in a few dozen far from it.
    static func continuedFraction(a: Double, x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        var n = 0.0
        for _ in 0..<maximumTerms(a: a) {
            n += 1
            let numerator = -n * (n - a)
            b += 2
            d = numerator * d + b
            if abs(d) < tiny { d = tiny }
            c = b + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let factor = d * c
            fraction *= factor
            if abs(factor - 1) <= Double.ulpOfOne { break }
        }
        return fraction
    }

    /// A cap on terms far above need: 9 000 suffice next to the mean at a = 10⁶.
    private static func maximumTerms(a: Double) -> Int {
        1_000 + Int(20 * a.squareRoot())
    }
}
