import Foundation

extension FisherExactTest {
    /// The 2×2 tables with given margins, indexed by their top-left cell x,
    /// and their hypergeometric probabilities n₁!n₂!n!m! / (N!·a!b!c!d!) in logs.
    ///
    /// Loader's saddle-point form (Loader, "Fast and accurate computation of
    /// binomial probabilities", 2000), written for the whole table: with
    /// Eₖ = row·column/N the expected count of cell k, D(k, E) = k·ln(k/E) + E − k
    /// and s the Stirling correction of ln k!,
    /// ln P = C + Σ_cells h(k, E), h(k, E) = −D(k, E) − s(k) − ½ln(2πk), h(0, E) = −E,
    /// C = Σ_margins s(M) − s(N) + ½ln((2π)³n₁n₂nm/N).
    /// No term is a difference of large logs: D is computed as k·r((E − k)/k),
    /// r(t) = t − ln(1 + t), from exact integer numerators, so ln P keeps an
    /// absolute error near 1e−16·|ln P|. The four cell terms are added as
    /// (a + b) + (c + d): tables that mirror each other when n₁ = n₂ or n = m
    /// get bit-identical logs, so scipy's tolerance treats them as the ties they are.
    /// All four margins must be positive.
    struct Margins {
        let firstRow: Int
        let secondRow: Int
        let firstColumn: Int
        var secondColumn: Int { total - firstColumn }
        var total: Int { firstRow + secondRow }

        /// The smallest and largest top-left cell the margins allow.
        var lowest: Int { max(0, firstColumn - secondRow) }
        var highest: Int { min(firstColumn, firstRow) }

        /// scipy's mode, int((n + 1)(n₁ + 1) / (N + 2)) in floating point.
        var mode: Int {
            Int(Double((firstColumn + 1) * (firstRow + 1)) / Double(total + 2))
        }

        /// C, the part of ln P shared by every table with these margins.
        var logConstant: Double {
            let margins = [firstRow, secondRow, firstColumn, secondColumn]
            let corrections = margins.reduce(0) { $0 + Self.stirlingCorrection($1) } - Self.stirlingCorrection(total)
            let logs = margins.reduce(0) { $0 + log(Double($1)) } - log(Double(total))
            return corrections + (3 * log(2 * Double.pi) + logs) / 2
        }

        /// ln P(X = x) − C for lowest ≤ x ≤ highest.
        func logWeight(_ x: Int) -> Double {
            let (a, b, c, d) = cells(x)
            return (cellTerm(a, row: firstRow, column: firstColumn) + cellTerm(b, row: firstRow, column: secondColumn))
                + (cellTerm(c, row: secondRow, column: firstColumn) + cellTerm(d, row: secondRow, column: secondColumn))
        }

        /// ln Σ (P(X = x) / e^C) over x from `start` (in the support, on the
        /// far side of the mode from the sum's direction) outward by `step` (±1)
        /// to the end of the support.
        ///
        /// Each term is the last times P(x ± 1)/P(x) = bc/((a+1)(d+1)) or
        /// ad/((b+1)(c+1)); the ratios fall outward (P is log-concave), so what
        /// is left after a term t with ratio r is below t·r/(1 − r), and the loop
        /// stops when that is below a quarter ulp of the sum.
        func logTail(from start: Int, step: Int) -> Double {
            let end = step > 0 ? highest : lowest
            var x = start
            var term = 1.0
            var sum = 1.0
            while x != end {
                let (a, b, c, d) = cells(x)
                let ratio = step > 0
                    ? Double(b) * Double(c) / (Double(a + 1) * Double(d + 1))
                    : Double(a) * Double(d) / (Double(b + 1) * Double(c + 1))
                term *= ratio
                sum += term
                x += step
                if ratio < 1 && term * ratio <= (1 - ratio) * sum * Double.ulpOfOne / 4 { break }
            }
            return logWeight(start) + log(sum)
        }

        /// The x nearest `mode`, going by `step` (±1) to the end of the
        /// support, with P(X = x) below P(X = observed)·(1 + tolerance) (or
        /// equal to it, unless `isStrict`); nil when there is none. The logs
        /// are compared by their difference, so a tie (difference 0) meets the
        /// tolerance even where 1e−14 is below an ulp of ln P. Binary search,
        /// as the weights fall away from the mode.
        func firstFallingBelow(
            _ observed: Int, tolerance: Double, from mode: Int, step: Int, isStrict: Bool
        ) -> Int? {
            let reference = logWeight(observed)
            let logTolerance = log1p(tolerance)
            func isBelow(_ x: Int) -> Bool {
                let excess = logWeight(x) - reference
                return isStrict ? excess < logTolerance : excess <= logTolerance
            }
            let end = step > 0 ? highest : lowest
            guard isBelow(end) else { return nil }
            var near = 0
            var far = abs(end - mode)
            while near < far {
                let middle = near + (far - near) / 2
                if isBelow(mode + step * middle) { far = middle } else { near = middle + 1 }
            }
            return mode + step * near
        }

        /// The cells (a, b, c, d) of the table [[a, b], [c, d]] with a = x.
        private func cells(_ x: Int) -> (Int, Int, Int, Int) {
            (x, firstRow - x, firstColumn - x, secondRow - firstColumn + x)
        }

        /// h(k, E) for cell count k, E = row·column/N.
        private func cellTerm(_ k: Int, row: Int, column: Int) -> Double {
            let expectedTimesTotal = row * column
            if k == 0 { return -Double(expectedTimesTotal) / Double(total) }
            let kTimesTotal = k * total
            let t = Double(expectedTimesTotal - kTimesTotal) / Double(kTimesTotal)
            let onePlus = Double(expectedTimesTotal) / Double(kTimesTotal)
            let deviance = Double(k) * IncompleteBeta.excessOverLogOnePlus(t, onePlus: onePlus)
            return -(deviance + Self.stirlingCorrection(k) + (log(2 * Double.pi) + log(Double(k))) / 2)
        }

        /// s(k) = ln k! − (k + ½)ln k + k − ½ln 2π for k ≥ 1: the table below
        /// 8, Stirling's series (IncompleteBeta's) from 8 on.
        private static func stirlingCorrection(_ k: Int) -> Double {
            k < 8 ? smallStirlingCorrections[k] : IncompleteBeta.stirlingCorrection(Double(k))
        }

        /// s(0) (unused) … s(7); mpmath 1.3.0 at 40 digits:
        /// loggamma(k+1) − (k+½)·log(k) + k − log(2π)/2.
        private static let smallStirlingCorrections: [Double] = [
            0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834,
            0.020790672103765093, 0.016644691189821193, 0.013876128823070748, 0.01189670994589177,
        ]
    }
}
