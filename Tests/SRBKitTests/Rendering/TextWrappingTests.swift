import Testing
@testable import SRBKit

extension RenderingTests {
    /// The one word-wrapper of the terminal tables and notes.
    @Suite struct TextWrappingTests {
        @Test func linesBreakAtSpacesWithinTheWidthCountingDisplayColumns() {
            // "Phường" is six columns: its combining marks take none.
            #expect(TextWrapping.lines("Phường Bồ Đề và Phúc Đồng", width: 12) == ["Phường Bồ Đề", "và Phúc Đồng"])
        }

        @Test func continuedLinesStartWithTheIndent() {
            #expect(TextWrapping.lines("one two three four", width: 9, indent: "  ") == ["one two", "  three", "  four"])
        }

        @Test func aWordWiderThanTheLineIsCut() {
            #expect(TextWrapping.lines("ab Trungtamylongbien.vn", width: 8) == ["ab", "Trungtam", "ylongbie", "n.vn"])
        }

        @Test func aNoteThatFitsStaysOneLineElseEachItemGetsItsOwn() {
            let note = "▲ over the threshold.  △ over, within chance."
            #expect(TextWrapping.noteLines(note, width: nil) == [note])
            #expect(TextWrapping.noteLines(note, width: 80) == [note])
            #expect(TextWrapping.noteLines(note, width: 24) == ["▲ over the threshold.", "△ over, within chance."])
            #expect(TextWrapping.itemLines(note, width: 16) == ["▲ over the", "  threshold.", "△ over, within", "  chance."])
        }
    }
}
