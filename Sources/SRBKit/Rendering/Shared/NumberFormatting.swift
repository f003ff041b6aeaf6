/// Locale-free number formatting, so that output bytes never depend on the machine.
enum NumberFormatting {
    /// `value` rounded half away from zero to `places` decimals, as its shortest
    /// decimal form reads: `112.85` → `"112.9"` (the JSON shows 112.85, so the
    /// table must not show 112.8 because the binary value is 112.8499…).
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let shortest = abs(value).description
        guard !shortest.contains("e"), let dot = shortest.firstIndex(of: ".") else {
            return binaryRounded(value, places: places)
        }
        var digits = Array(shortest[..<dot]).map { Int($0.asciiValue! - 48) }
        let fraction = Array(shortest[shortest.index(after: dot)...]).map { Int($0.asciiValue! - 48) }
        digits += (0..<places).map { $0 < fraction.count ? fraction[$0] : 0 }
        if places < fraction.count && fraction[places] >= 5 {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] == 9 { digits[index] = 0; index -= 1 } else { digits[index] += 1; break }
            }
            if index < 0 { digits.insert(1, at: 0) }
        }
        let wholeCount = digits.count - places
        var text = digits[..<wholeCount].map(String.init).joined()
        if places > 0 { text += "." + digits[wholeCount...].map(String.init).joined() }
        let isZero = digits.allSatisfy { $0 == 0 }
        return (value < 0 && !isZero ? "-" : "") + text
    }

    private static func binaryRounded(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let whole = Int(scaled)
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        var fraction = String(whole % Int(scale))
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        return sign + String(whole / Int(scale)) + "." + fraction
    }

    /// A confidence level as a percentage people write: 0.95 → `95`, 0.55 → `55`
    /// (not 55.00000000000001), 0.975 → `97.5`.
    static func percent(_ fraction: Double) -> String {
        plain((fraction * 100 * 1e9).rounded() / 1e9)
    }

    /// The shortest text that reads back as exactly `value` (Swift's own
    /// round-trip form, which no locale affects): `109.0`, `0.95`, `131.41025641025641`.
    static func exact(_ value: Double) -> String {
        value.description
    }

    /// A threshold or a confidence as people write it: `109`, `109.5`, `95`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : value.description
    }
}
