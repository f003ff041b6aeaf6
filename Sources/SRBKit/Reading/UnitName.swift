/// How a unit name written in a register is matched and shown.
enum UnitName {
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
