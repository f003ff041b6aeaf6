/// What a cell's number format makes of a number, as far as reading text goes.
enum NumberFormat: Sendable, Hashable {
    /// Shown as a number.
    case general
    /// Shown as a date (or a date and time): read as `YYYY-MM-DD`.
    case date
    /// The text format `@`: a number under it is still shown as a number.
    case text
    /// Zeros only (`00000`): a whole number is shown with at least `digits`
    /// digits, so a ward code 115 shown as `00115` reads as `00115`.
    case zeroPadded(digits: Int)

    /// The kind of a built-in format id (ECMA-376 Part 1, §18.8.30): 14–17
    /// and 22 are dates. Time-only formats (18–21, 45–47) stay numbers, since
    /// a time of day has no date; 49 is `@`; ids for East Asian locales only
    /// (27–36, 50–58) are not known and read as numbers.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 22: .date
        case 49: .text
        default: .general
        }
    }

    /// The kind of a format code. A date when, outside quoted text, `\`-escaped
    /// and `_`/`*`-padded characters and `[…]` sections, it has a `d` or `y`, or
    /// an `m` that is a month: not right after an `h` (with only separators
    /// between) nor right before an `s`, which make it minutes. `AM/PM` and
    /// `A/P` are skipped. Text when its first section is `@` and holds no date.
    static func classify(_ code: String) -> NumberFormat {
        let firstSection = code.utf8.prefix { $0 != UInt8(ascii: ";") }
        if firstSection.count >= 2, firstSection.allSatisfy({ $0 == UInt8(ascii: "0") }) {
            return .zeroPadded(digits: firstSection.count)
        }
        var letters: [UInt8] = []
        var sawText = false
        var isFirstSection = true
        let bytes = Array(code.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "["):
                while i < bytes.count, bytes[i] != UInt8(ascii: "]") { i += 1 }
            case UInt8(ascii: ";"):
                isFirstSection = false
            case UInt8(ascii: "@"):
                if isFirstSection { sawText = true }
            default:
                let lower = byte | 0x20
                if lower == UInt8(ascii: "a"), let skip = amPMLength(bytes, at: i) {
                    i += skip
                    continue
                }
                if [UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "y"), UInt8(ascii: "h"), UInt8(ascii: "s")].contains(lower),
                   byte >= 0x41 {
                    if letters.last != lower || (i > 0 && bytes[i - 1] | 0x20 != lower) { letters.append(lower) }
                }
            }
            i += 1
        }
        for (index, letter) in letters.enumerated() {
            switch letter {
            case UInt8(ascii: "d"), UInt8(ascii: "y"):
                return .date
            case UInt8(ascii: "m"):
                let afterHour = index > 0 && letters[index - 1] == UInt8(ascii: "h")
                let beforeSecond = index + 1 < letters.count && letters[index + 1] == UInt8(ascii: "s")
                if !afterHour, !beforeSecond { return .date }
            default:
                break
            }
        }
        return sawText ? .text : .general
    }

    /// The length of `AM/PM` or `A/P` (any case) at `i`, if one is there.
    private static func amPMLength(_ bytes: [UInt8], at i: Int) -> Int? {
        for marker in ["am/pm", "a/p"] {
            let length = marker.utf8.count
            if i + length <= bytes.count, bytes[i..<(i + length)].map({ $0 | 0x20 }).elementsEqual(marker.utf8.map { $0 | 0x20 }) {
                return length
            }
        }
        return nil
    }
}
