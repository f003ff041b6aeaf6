/// Locale-free number formatting, so that output bytes never depend on the machine.
enum NumberFormatting {
    /// `value` rounded half away from zero to `places` decimals: `112.84` → `"112.8"`.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
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
