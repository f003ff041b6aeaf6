/// The one way text is broken into lines for a terminal.
enum TextWrapping {
    /// `text` as lines of at most `width` display columns, broken at spaces
    /// (a line break is never made inside a word that fits; a word wider than
    /// `width` is cut where it must be). Lines after the first start with
    /// `indent`. Always at least one line.
    static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            let prefix = lines.isEmpty && current.isEmpty ? "" : indent
            let room = max(1, width - DisplayWidth.of(prefix))
            while DisplayWidth.of(word) > room {
                if !current.isEmpty { lines.append(current); current = "" }
                var head = ""
                for character in word {
                    guard DisplayWidth.of(head + String(character)) <= room else { break }
                    head.append(character)
                }
                if head.isEmpty { head = String(word.first!) }
                lines.append((lines.isEmpty ? "" : indent) + head)
                word = String(word.dropFirst(head.count))
            }
            if current.isEmpty {
                current = (lines.isEmpty ? "" : indent) + word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// A note of items separated by two spaces (a legend) on one line when it
    /// fits in `width` (or there is no width), else as `itemLines`.
    static func noteLines(_ note: String, width: Int?) -> [String] {
        guard let width, DisplayWidth.of(note) > width else { return [note] }
        return itemLines(note, width: width)
    }

    /// Each item of a note (items are separated by two spaces) on lines of its
    /// own, broken at `width` and continued two spaces in.
    static func itemLines(_ note: String, width: Int) -> [String] {
        note.components(separatedBy: "  ").filter { !$0.isEmpty }.flatMap { lines($0, width: width, indent: "  ") }
    }
}
