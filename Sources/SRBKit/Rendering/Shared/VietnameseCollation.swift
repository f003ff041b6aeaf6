/// The order a Vietnamese reader looks for names in (dictionary order): letter
/// by letter in the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u
/// ư v x y (f j w z where Latin puts them), case aside; names that differ only
/// in tones then by their tones, syllable by syllable, in the order ngang,
/// huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ). Digits come before letters, and
/// numbers compare by value (Phường 2 before Phường 10).
///
/// JSON and CSV keep SPEC's NFC code-point order; tables people read use this.
enum VietnameseCollation {
    /// `items` sorted by `name` in this order (stable: equal names keep their order).
    static func sorted<Item>(_ items: [Item], by name: (Item) -> String) -> [Item] {
        let keyed = items.enumerated().map { (key: key(name($0.element)), index: $0.offset, item: $0.element) }
        return keyed.sorted { lhs, rhs in
            lhs.key == rhs.key ? lhs.index < rhs.index : lhs.key.lexicographicallyPrecedes(rhs.key)
        }.map(\.item)
    }

    /// The sort key, word by word (a syllable in Vietnamese): its letters'
    /// ranks, then a separator and its tones, then the next word.
    static func key(_ name: String) -> [Int] {
        var key: [Int] = []
        for word in name.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            if !key.isEmpty { key.append(1) }
            key += wordKey(String(word))
        }
        return key
    }

    private static func wordKey(_ word: String) -> [Int] {
        var letters: [Int] = [], tones: [Int] = []
        var pendingDigits: [Int] = []
        func flushDigits() {
            guard !pendingDigits.isEmpty else { return }
            // A number: its digit count first, so that 2 sorts before 10.
            let significant = pendingDigits.drop { $0 == 0 }
            letters.append(300 + significant.count)
            letters.append(contentsOf: significant.map { 200 + $0 })
            pendingDigits.removeAll()
        }
        for character in word.decomposedStringWithCanonicalMapping {
            var base: Unicode.Scalar?
            var modifier: Unicode.Scalar?
            var tone = 0
            for scalar in character.unicodeScalars {
                switch scalar.value {
                case 0x0306, 0x0302, 0x031B: modifier = scalar
                case 0x0300: tone = 1
                case 0x0309: tone = 2
                case 0x0303: tone = 3
                case 0x0301: tone = 4
                case 0x0323: tone = 5
                default: if base == nil { base = scalar }
                }
            }
            guard let base else { continue }
            if base.isASCII, let digit = Int(String(base)) {
                pendingDigits.append(digit)
                continue
            }
            flushDigits()
            letters.append(rank(base, modifier))
            tones.append(tone)
        }
        flushDigits()
        return letters + [0] + tones
    }

    /// The alphabet, with the letters that carry a mark of their own.
    private static let alphabet: [String] = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k",
                                             "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w",
                                             "x", "y", "z"]
    private static let rankOfLetter: [String: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map {
        ($1, 1_000 + $0)
    })

    /// Punctuation first (2–129), digits next (200–399, in `wordKey`), then
    /// the alphabet (1 000 on), then anything else.
    private static func rank(_ base: Unicode.Scalar, _ modifier: Unicode.Scalar?) -> Int {
        var letter = String(base)
        if base == "\u{0111}" { letter = "đ" }
        if let modifier {
            switch (base, modifier.value) {
            case ("a", 0x0306): letter = "ă"
            case ("a", 0x0302): letter = "â"
            case ("e", 0x0302): letter = "ê"
            case ("o", 0x0302): letter = "ô"
            case ("o", 0x031B): letter = "ơ"
            case ("u", 0x031B): letter = "ư"
            default: break
            }
        }
        if let rank = rankOfLetter[letter] { return rank }
        if base.isASCII { return 2 + Int(base.value) }
        return 10_000 + Int(base.value)
    }
}

extension ProgressReport {
    /// The units in the order of the tables people read.
    var unitsInReadingOrder: [UnitProgress] { VietnameseCollation.sorted(units) { $0.unit.name } }
}

extension Validation {
    /// The units in the order of the tables people read.
    var unitsInReadingOrder: [UnitMonths] { VietnameseCollation.sorted(units) { $0.unit.name } }
}
