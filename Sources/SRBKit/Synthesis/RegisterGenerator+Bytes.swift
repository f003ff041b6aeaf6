/// The byte tables and small draws behind `RegisterGenerator`.
extension RegisterGenerator {
    /// Birth order and mother's age drawn from one 64-bit number.
    struct Traits {
        /// 1...5.
        let order: Int
        /// 19...43 years.
        var motherAge: Int

        init(_ bits: UInt64) {
            let percent = Int((bits & 0xFFFF) % 100)
            order = percent < 45 ? 1 : percent < 83 ? 2 : percent < 95 ? 3 : percent < 99 ? 4 : 5
            let first = Int((bits >> 16) & 0xFFFF) % 9, second = Int((bits >> 32) & 0xFFFF) % 9
            motherAge = 19 + first + second + 2 * (order - 1)
        }

        static let orders = 5
        /// Ages the suffix table holds: 15...49 (19...43 drawn here; every
        /// five-year group with `--tfr`).
        static let firstAge = 15
        static let ages = 35
    }

    /// `⌊p·2⁵³⌋` for p = SRB / (100 + SRB): a 53-bit uniform below it is a boy.
    /// The double's rounding moves p by at most 2⁻⁵³ relative.
    static func boyThreshold(sexRatio: Double) -> UInt64 {
        let probability = sexRatio / (100 + sexRatio)
        return UInt64(min(probability * 9_007_199_254_740_992, 9_007_199_254_740_992))
    }

    /// Index into `suffixes(year:)`.
    static func suffixIndex(isBoy: Bool, traits: Traits) -> Int {
        ((isBoy ? 1 : 0) * Traits.orders + traits.order - 1) * Traits.ages + traits.motherAge - Traits.firstAge
    }

    /// `,Nam,2,1992\n` for every sex, order and mother's age of `year`.
    static func suffixes(year: Int) -> [[UInt8]] {
        var table: [[UInt8]] = []
        for sex in ["Nữ", "Nam"] {
            for order in 1...Traits.orders {
                for age in Traits.firstAge..<(Traits.firstAge + Traits.ages) {
                    table.append(Array(",\(sex),\(order),\(year - age)\n".utf8))
                }
            }
        }
        return table
    }

    /// `DD/MM/YYYY,` for each day of `year`, day-first as Vietnamese registers write.
    static func dayTexts(year: Int) -> [[UInt8]] {
        var texts: [[UInt8]] = []
        for month in 1...12 {
            for day in 1...CalendarDay.daysIn(month: month, year: year) {
                var bytes: [UInt8] = []
                appendDecimal(day, minimumDigits: 2, to: &bytes)
                bytes.append(UInt8(ascii: "/"))
                appendDecimal(month, minimumDigits: 2, to: &bytes)
                bytes.append(UInt8(ascii: "/"))
                appendDecimal(year, minimumDigits: 4, to: &bytes)
                texts.append(bytes)
            }
        }
        return texts
    }

    /// The 0-based month of each 0-based day of `year`.
    static func monthOfDay(year: Int) -> [Int] {
        (1...12).flatMap { month in Array(repeating: month - 1, count: CalendarDay.daysIn(month: month, year: year)) }
    }

    /// A CSV field: quoted (RFC 4180) when it holds a comma, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Appends `value` (≥ 0) in decimal, zero-padded to `minimumDigits`.
    static func appendDecimal(_ value: Int, minimumDigits: Int = 1, to bytes: inout [UInt8]) {
        var divisor = 1, digitCount = 1
        while divisor <= value / 10 {
            divisor *= 10
            digitCount += 1
        }
        for _ in digitCount..<max(digitCount, minimumDigits) { bytes.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// A decimal number kept as ASCII digits, counted up in place.
    struct DecimalCounter {
        private(set) var digits: [UInt8] = [UInt8(ascii: "0")]

        mutating func increment() {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] != UInt8(ascii: "9") {
                    digits[index] += 1
                    return
                }
                digits[index] = UInt8(ascii: "0")
                index -= 1
            }
            digits.insert(UInt8(ascii: "1"), at: 0)
        }
    }
}
