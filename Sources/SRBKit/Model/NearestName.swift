/// Finds the candidate closest to a misspelled name, to suggest it, never to
/// silently use it.
public enum NearestName {
    /// The candidate with the smallest edit distance to `name` (ties: the first),
    /// or nil when even the best needs more than `maximumDistance` edits (default:
    /// a third of the longer word, at least 2).
    public static func closest(to name: String, among candidates: [String], maximumDistance: Int? = nil) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(name, candidate)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = maximumDistance ?? max(2, max(name.count, best.candidate.count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance over characters (insertions, deletions, substitutions).
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        guard !left.isEmpty else { return right.count }
        guard !right.isEmpty else { return left.count }
        var previous = Array(0...right.count)
        var current = previous
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
