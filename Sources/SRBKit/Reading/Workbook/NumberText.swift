/// Numbers of a sheet as text: the shortest digits that read back as the same
/// double, written as JavaScript writes numbers (ECMA-262 Number::toString).
///
/// Plain notation from 1e-7 up to below 1e21 (`12`, not `12.0`; `1e20` as
/// `100000000000000000000`; `0.000001`), exponent notation outside (`1e-7`,
/// `1.5e+21`). Negative zero is `0`.
enum NumberText {
    /// Appends the text of `value`, which must be finite.
    static func append(_ value: Double, to output: inout [UInt8]) {
        if value == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = Swift.abs(value)
        if magnitude < 9_007_199_254_740_992, magnitude == magnitude.rounded(.towardZero) {
            output.append(contentsOf: String(Int64(magnitude)).utf8)
            return
        }
        // Swift's description holds the shortest round-trip digits; take them and the exponent.
        var digits: [UInt8] = []
        var exponent = 0
        var pointSeen = false
        var description = Array(magnitude.description.utf8)
        if let e = description.firstIndex(of: UInt8(ascii: "e")) {
            exponent = Int(String(decoding: description[(e + 1)...], as: UTF8.self))!
            description.removeSubrange(e...)
        }
        var digitsBeforePoint = 0
        for byte in description {
            if byte == UInt8(ascii: ".") {
                pointSeen = true
                continue
            }
            if digits.isEmpty, byte == UInt8(ascii: "0") {
                if pointSeen { exponent -= 1 }
                continue
            }
            digits.append(byte)
            if !pointSeen { digitsBeforePoint += 1 }
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        // The value is 0.d₁d₂…dₖ × 10ⁿ.
        let k = digits.count
        let n = exponent + digitsBeforePoint
        if k <= n, n <= 21 {
            output.append(contentsOf: digits)
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: n - k))
        } else if 0 < n, n <= 21 {
            output.append(contentsOf: digits[..<n])
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[n...])
        } else if -6 < n, n <= 0 {
            output.append(contentsOf: Array("0.".utf8))
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            output.append(contentsOf: digits)
        } else {
            output.append(digits[0])
            if k > 1 {
                output.append(UInt8(ascii: "."))
                output.append(contentsOf: digits[1...])
            }
            output.append(UInt8(ascii: "e"))
            output.append(UInt8(ascii: n - 1 < 0 ? "-" : "+"))
            output.append(contentsOf: String(Swift.abs(n - 1)).utf8)
        }
    }

    /// The number a cell's `<v>` holds: a decimal with an optional sign, point
    /// and exponent (no hex, `inf` or `nan`), finite.
    static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 400 else { return nil }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default:
                return nil
            }
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Whether `bytes` is already written as `append` would write it: an
    /// optional `-`, then 1 to 15 digits without a leading zero (or `0` alone).
    static func isCanonicalInteger<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, digits.count <= 15 else { return false }
        if first == UInt8(ascii: "0") { return digits.count == 1 && bytes.count == 1 }
        return digits.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }
}
