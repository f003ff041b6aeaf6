/// A straight line fitted by least squares, ordinary or weighted.
///
/// Kept as its centre (the weighted means of x and y, which the line passes
/// through) and its slope, so that years near 2024 cause no cancellation:
/// `value(at: x)` = ȳ + slope·(x − x̄).
public struct LinearTrend: Sendable, Equatable {
    /// One observation; `weight` 1 for ordinary least squares.
    public struct Point: Sendable, Equatable {
        public let x: Double
        public let y: Double
        public let weight: Double

        public init(x: Double, y: Double, weight: Double = 1) {
            self.x = x
            self.y = y
            self.weight = weight
        }
    }

    /// Change in y per unit of x: Σw(x − x̄)(y − ȳ) / Σw(x − x̄)².
    public let slope: Double
    /// Weighted mean of x.
    public let centerX: Double
    /// Weighted mean of y.
    public let centerY: Double

    /// Fits the points; points of weight 0 or less are left out. Nil with fewer
    /// than two points left, or when their x are all equal. O(n).
    public init?(fitting points: [Point]) {
        let used = points.filter { $0.weight > 0 }
        guard used.count >= 2 else { return nil }
        let totalWeight = used.reduce(0) { $0 + $1.weight }
        let meanX = used.reduce(0) { $0 + $1.weight * $1.x } / totalWeight
        let meanY = used.reduce(0) { $0 + $1.weight * $1.y } / totalWeight
        var sumXY = 0.0, sumXX = 0.0
        for point in used {
            let dx = point.x - meanX
            sumXY += point.weight * dx * (point.y - meanY)
            sumXX += point.weight * dx * dx
        }
        guard sumXX > 0 else { return nil }
        slope = sumXY / sumXX
        centerX = meanX
        centerY = meanY
    }

    /// The line's value at `x`.
    public func value(at x: Double) -> Double {
        centerY + slope * (x - centerX)
    }
}
