/// Locale-free number formatting, so that output bytes never depend on the machine.
enum NumberFormatting {
    /// `value` rounded half away from zero to `places` decimals, as its shortest
    /// decimal form reads: `112.85` → `"112.9"` (the JSON shows 112.85, so the
    /// table must not show 112.8 because the binary value is 112.8499…). Never
    /// in exponent notation: `2.5e-06` → `"0.0"`, `1e+20` → `"100000000000000000000.0"`.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let shortest = exact(abs(value))
        guard let dot = shortest.firstIndex(of: ".") else { return shortest }
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

    /// A confidence level as a percentage people write: 0.95 → `95`, 0.55 → `55`
    /// (not 55.00000000000001), 0.975 → `97.5`.
    static func percent(_ fraction: Double) -> String {
        plain((fraction * 100 * 1e9).rounded() / 1e9)
    }

    /// The shortest digits that read back as exactly `value` (Swift's own
    /// round-trip digits, which no locale affects), written plainly, never in
    /// exponent notation (SPEC Output: "numbers are written plainly"): `109.0`,
    /// `0.95`, `131.41025641025641`, `0.0000025317782987002327` (not
    /// `2.5317782987002327e-06`), `10000000000000000.0` (not `1e+16`). A whole
    /// number keeps `.0`, as Swift writes those below 2⁵³. Not-a-number and
    /// the infinities are written as Swift writes them (`nan`, `inf`).
    static func exact(_ value: Double) -> String {
        let shortest = value.description
        guard value.isFinite, let mark = shortest.firstIndex(of: "e"),
              let exponent = Int(shortest[shortest.index(after: mark)...]) else { return shortest }
        var mantissa = shortest[..<mark]
        let sign = mantissa.first == "-" ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        // The mantissa is d or d.ddd: its digits, and the point moved `exponent` places from after the first.
        let digits = String(mantissa.filter { $0 != "." })
        let point = 1 + exponent
        if point <= 0 {
            return sign + "0." + String(repeating: "0", count: -point) + digits
        }
        if point >= digits.count {
            return sign + digits + String(repeating: "0", count: point - digits.count) + ".0"
        }
        return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }

    /// A threshold or a confidence as people write it: `109`, `109.5`, `95`;
    /// plainly, as `exact` writes it, without the `.0` of a whole number.
    static func plain(_ value: Double) -> String {
        if value == 0 { return "0" }
        let text = exact(value)
        return value == value.rounded() && text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
