extension Delimiter {
    /// The candidate that occurs most often outside quotes in `headerLine`
    /// (comma on a tie or when none occurs: a one-column file).
    static func detect(headerLine: some Sequence<UInt8>) -> Delimiter {
        var counts: [Delimiter: Int] = [:]
        var insideQuotes = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") { insideQuotes.toggle(); continue }
            if insideQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if let candidate = allCases.first(where: { $0.byte == byte }) { counts[candidate, default: 0] += 1 }
        }
        var best = Delimiter.comma
        for candidate in allCases where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}
