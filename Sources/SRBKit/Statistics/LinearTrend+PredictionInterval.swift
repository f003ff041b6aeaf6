extension LinearTrend {
    /// A prediction interval for one new observation at x₀ from a weighted
    /// least-squares line: where the next year's value should fall, not
    /// only the line.
    public struct PredictionInterval: Sendable, Equatable {
        /// The line's value at x₀, ŷ₀.
        public let center: Double
        public let lower: Double
        public let upper: Double

        /// Fits `points` (weight 0 or less left out, as `LinearTrend` does) and
        /// gives the level-`confidence` interval for a new observation at `x`
        /// of weight `newWeight`, by default the mean weight of the points used.
        ///
        /// The weights are inverse variances up to a common scale:
        /// Var(yᵢ) = σ²/wᵢ. With x̄ and ȳ the weighted means, Sxx = Σwᵢ(xᵢ − x̄)²,
        /// s² = Σwᵢ(yᵢ − ŷᵢ)²/(n − 2) and w₀ the new weight,
        /// ŷ₀ ± t(n−2, 1 − α/2)·s·√(1/w₀ + 1/Σwᵢ + (x₀ − x̄)²/Sxx), α = 1 − confidence:
        /// the new observation's own variance σ²/w₀ plus the line's at x₀
        /// (the prediction interval of statsmodels' WLS
        /// `get_prediction(exog, weights=w₀)`, `obs_ci_lower`/`obs_ci_upper`).
        /// With births as weights the default w₀ treats the new year as one of
        /// average size; with all weights 1 it is the ordinary least-squares
        /// interval. Nil with fewer than three points used (no degree of
        /// freedom left for s), when their x are all equal, or when
        /// `newWeight` is not positive. Requires 0 < confidence < 1. O(n).
        public init?(fitting points: [Point], at x: Double, confidence: Double, newWeight: Double? = nil) {
            precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
            let used = points.filter { $0.weight > 0 }
            guard used.count >= 3, let line = LinearTrend(fitting: used) else { return nil }
            let totalWeight = used.reduce(0) { $0 + $1.weight }
            let weight = newWeight ?? totalWeight / Double(used.count)
            guard weight > 0 else { return nil }

            var residualSquares = 0.0
            var spreadX = 0.0
            for point in used {
                let residual = point.y - line.value(at: point.x)
                let dx = point.x - line.centerX
                residualSquares += point.weight * residual * residual
                spreadX += point.weight * dx * dx
            }
            let degreesOfFreedom = Double(used.count - 2)
            let scale = residualSquares / degreesOfFreedom
            let distance = x - line.centerX
            let variance = scale * (1 / weight + 1 / totalWeight + distance * distance / spreadX)
            // t of 1 − α/2 as −t of α/2, so 1 − α/2 is not rounded.
            let t = -StudentTDistribution.quantile((1 - confidence) / 2, degreesOfFreedom: degreesOfFreedom)
            let halfWidth = t * variance.squareRoot()
            center = line.value(at: x)
            lower = center - halfWidth
            upper = center + halfWidth
        }
    }
}
