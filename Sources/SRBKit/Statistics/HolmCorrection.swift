/// Holm's step-down correction of m p-values for multiple testing
/// (Holm, Scandinavian Journal of Statistics 6 (1979) 65–70), as statsmodels'
/// `multipletests(p, alpha, method='holm')` computes it.
public enum HolmCorrection {
    /// The adjusted p-values, in the order given.
    ///
    /// With p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, p̃₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎),
    /// each product p·(m − j + 1) in floating point as statsmodels forms it,
    /// so the results are the same doubles. Tied p-values get the same
    /// adjusted value whatever their order. Requires every p in [0, 1].
    /// O(m log m).
    public static func adjustedPValues(_ pValues: [Double]) -> [Double] {
        checkArguments(pValues)
        let order = ascendingOrder(pValues)
        let count = pValues.count
        var adjusted = [Double](repeating: 0, count: count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, pValues[index] * Double(count - rank))
            adjusted[index] = min(running, 1)
        }
        return adjusted
    }

    /// Whether each hypothesis is rejected at family-wise level `alpha`, in the order given.
    ///
    /// Step down through p₍₁₎ ≤ … ≤ p₍ₘ₎ while p₍ᵢ₎ ≤ alpha/(m − i + 1); the
    /// first that fails and all after it are kept. This compares p with
    /// alpha/(m − i + 1), as statsmodels does, not p̃ with alpha: they differ
    /// in the last bit at p = 0.05/11 with m = 11 (rejected, though
    /// 11·(0.05/11) = 0.05000000000000001). Requires every p in [0, 1].
    /// O(m log m).
    public static func rejections(_ pValues: [Double], alpha: Double) -> [Bool] {
        checkArguments(pValues)
        let order = ascendingOrder(pValues)
        let count = pValues.count
        var rejected = [Bool](repeating: false, count: count)
        for (rank, index) in order.enumerated() {
            if pValues[index] > alpha / Double(count - rank) { break }
            rejected[index] = true
        }
        return rejected
    }

    /// Indices of `pValues` from the smallest p to the largest; ties in index order.
    private static func ascendingOrder(_ pValues: [Double]) -> [Int] {
        pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
    }

    /// Stops on p-values no caller should pass.
    private static func checkArguments(_ pValues: [Double]) {
        precondition(pValues.allSatisfy { $0 >= 0 && $0 <= 1 }, "p-values must be in [0, 1]")
    }
}
