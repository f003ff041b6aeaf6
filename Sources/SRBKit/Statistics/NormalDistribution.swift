import Foundation

/// The standard normal distribution.
public enum NormalDistribution {
    /// The z with Φ(z) = p: the p-quantile of the standard normal.
    ///
    /// Wichura's algorithm AS 241 (PPND16), Applied Statistics 37 (1988)
    /// 477–484: three rational approximations (|p − ½| ≤ 0.425, then
    /// r = √−ln min(p, 1−p) ≤ 5, then beyond), relative error about 1e−16.
    /// p = 0 gives −∞, p = 1 gives +∞, p outside [0, 1] or NaN gives NaN.
    /// `quantile(p) == -quantile(1 - p)` exactly when 1 − p is exact; for the
    /// z of 1 − α/2, `-quantile(α/2)` avoids rounding 1 − α/2.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }

        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * central.numerator(r) / central.denominator(r)
        }

        var r = (q < 0 ? p : 1 - p)
        r = (-log(r)).squareRoot()
        let z: Double
        if r <= 5 {
            r -= 1.6
            z = intermediate.numerator(r) / intermediate.denominator(r)
        } else {
            r -= 5
            z = tail.numerator(r) / tail.denominator(r)
        }
        return q < 0 ? -z : z
    }

    /// A ratio of two degree-7 polynomials, coefficients lowest power first;
    /// the denominator's constant term is 1.
    private struct RationalApproximation {
        let numeratorCoefficients: [Double]
        let denominatorCoefficients: [Double]

        func numerator(_ r: Double) -> Double {
            Self.horner(numeratorCoefficients, r)
        }

        func denominator(_ r: Double) -> Double {
            Self.horner(denominatorCoefficients, r)
        }

        private static func horner(_ coefficients: [Double], _ r: Double) -> Double {
            coefficients.reversed().reduce(0) { $0 * r + $1 }
        }
    }

    /// |p − ½| ≤ 0.425, in r = 0.180625 − (p − ½)².
    private static let central = RationalApproximation(
        numeratorCoefficients: [
            3.3871328727963666080e0, 1.3314166789178437745e+2,
            1.9715909503065514427e+3, 1.3731693765509461125e+4,
            4.5921953931549871457e+4, 6.7265770927008700853e+4,
            3.3430575583588128105e+4, 2.5090809287301226727e+3,
        ],
        denominatorCoefficients: [
            1, 4.2313330701600911252e+1,
            6.8718700749205790830e+2, 5.3941960214247511077e+3,
            2.1213794301586595867e+4, 3.9307895800092710610e+4,
            2.8729085735721942674e+4, 5.2264952788528545610e+3,
        ]
    )

    /// √−ln min(p, 1−p) ≤ 5, in r − 1.6.
    private static let intermediate = RationalApproximation(
        numeratorCoefficients: [
            1.42343711074968357734e0, 4.63033784615654529590e0,
            5.76949722146069140550e0, 3.64784832476320460504e0,
            1.27045825245236838258e0, 2.41780725177450611770e-1,
            2.27238449892691845833e-2, 7.74545014278341407640e-4,
        ],
        denominatorCoefficients: [
            1, 2.05319162663775882187e0,
            1.67638483018380384940e0, 6.89767334985100004550e-1,
            1.48103976427480074590e-1, 1.51986665636164571966e-2,
            5.47593808499534494600e-4, 1.05075007164441684324e-9,
        ]
    )

    /// √−ln min(p, 1−p) > 5, in r − 5.
    private static let tail = RationalApproximation(
        numeratorCoefficients: [
            6.65790464350110377720e0, 5.46378491116411436990e0,
            1.78482653991729133580e0, 2.96560571828504891230e-1,
            2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7,
        ],
        denominatorCoefficients: [
            1, 5.99832206555887937690e-1,
            1.36929880922735805310e-1, 1.48753612908506148525e-2,
            7.86869131145613259100e-4, 1.84631831751005468180e-5,
            1.42151175831644588870e-7, 2.04426310338993978564e-15,
        ]
    )
}
