/// How a unit name written in a register is matched and shown.
enum UnitName {
    /// The matching key: NFC, trimmed, runs of space folded, lowercased, and a
    /// leading `Phường`, `P.`, `Xã`, `X.`, `Thị trấn` or `TT.` dropped. Empty when
    /// nothing is left.
    static func key(_ text: String) -> String {
        let folded = TextFolding.tidy(text.lowercased())
        for prefix in ["phường ", "xã ", "thị trấn ", "p.", "x.", "tt."] where folded.hasPrefix(prefix) {
            let rest = TextFolding.tidy(String(folded.dropFirst(prefix.count)))
            if !rest.isEmpty { return rest }
        }
        return folded
    }

    /// The spelling shown: NFC, trimmed, runs of space folded; case and prefix kept.
    static func display(_ text: String) -> String {
        TextFolding.tidy(text)
    }
}
