/// How a unit name written in a register is matched and shown.
enum UnitName {
    /// Longest unit cell read, in bytes (trimmed); a longer one is no ward's name.
    static let maximumBytes = 256
    /// Most combining marks in a row (Vietnamese needs two: a vowel mark and a
    /// tone); more is no name, and would make normalisation quadratic.
    static let maximumCombiningMarks = 30

    /// True for a cell that names a total rather than a unit: `Tổng cộng`,
    /// `Tổng số`, `Cộng`, `Toàn quận`, `Toàn huyện`, `Total`, whatever the case
    /// and spacing, in NFC or not (and a trailing colon).
    ///
    /// Diacritics count: `Công`, `Cổng` and `Cong` are wards, not `Cộng`. Only
    /// the multi-word totals are also taken fully unaccented (`Tong cong`,
    /// `Tong so`, `Toan quan`, `Toan huyen`, as typed without a Vietnamese
    /// keyboard), which names no ward.
    static func isTotal(_ text: String) -> Bool {
        var folded = TextFolding.tidy(text.lowercased())
        while folded.hasSuffix(":") { folded.removeLast() }
        return totalNames.contains(TextFolding.tidy(folded))
    }

    /// The totals, lowercased in NFC, and the multi-word ones without diacritics.
    private static let totalNames: Set<String> = [
        "tổng cộng", "tổng số", "cộng", "toàn quận", "toàn huyện", "total",
        "tong cong", "tong so", "toan quan", "toan huyen",
    ]

    /// The length of the longest run of combining marks (Unicode categories
    /// Mn, Mc, Me) in `text`. O(n).
    static func longestRunOfCombiningMarks(in text: String) -> Int {
        var longest = 0, run = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                run += 1
                longest = max(longest, run)
            default:
                run = 0
            }
        }
        return longest
    }

    /// The matching key: NFC, trimmed, runs of space folded, lowercased, and a
    /// leading `Phường`, `P.`, `Xã`, `X.`, `Thị trấn` or `TT.` dropped (the words
    /// only before a space or the end). Empty when nothing is left, as for a
    /// unit written only `Phường`.
    static func key(_ text: String) -> String {
        let folded = TextFolding.tidy(text.lowercased())
        for word in ["phường", "xã", "thị trấn"] where folded == word || folded.hasPrefix(word + " ") {
            return TextFolding.tidy(String(folded.dropFirst(word.count)))
        }
        for abbreviation in ["p.", "x.", "tt."] where folded.hasPrefix(abbreviation) {
            return TextFolding.tidy(String(folded.dropFirst(abbreviation.count)))
        }
        return folded
    }

    /// The spelling shown: NFC, trimmed, runs of space folded; case and prefix kept.
    static func display(_ text: String) -> String {
        TextFolding.tidy(text)
    }
}
