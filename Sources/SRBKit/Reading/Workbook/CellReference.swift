/// A cell's place in a sheet, as Excel names it: `C7` is column 3, row 7.
public struct CellReference: Sendable, Hashable {
    /// 1-based column (1 = A).
    public let column: Int
    /// 1-based row.
    public let row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C7`, `xfd1048576` (letters in either case, then digits). Nil for
    /// anything else, and for a column past XFD or a row past 1 048 576.
    public init?(_ text: String) {
        guard let parsed = CellReference.parse(Array(text.utf8)[...]),
              let row = parsed.row, parsed.column <= WorkbookLimits.maximumColumns,
              row <= WorkbookLimits.maximumRows
        else { return nil }
        self.init(column: parsed.column, row: row)
    }

    /// `C7`.
    public var text: String { CellReference.columnLetters(column) + String(row) }

    /// `Sheet1!C7`; a sheet name other than letters, digits, `_` and `.` (or one
    /// starting with a digit) is quoted as Excel quotes it, `'Biểu 1'!C7`, with
    /// `'` doubled inside.
    public func location(inSheet sheet: String) -> String {
        CellReference.quotedSheetName(sheet) + "!" + text
    }

    /// The letters of a 1-based column: 1 → `A`, 27 → `AA`, 16 384 → `XFD`.
    /// Empty for a column below 1.
    public static func columnLetters(_ column: Int) -> String {
        var letters: [UInt8] = []
        var rest = column
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    static func quotedSheetName(_ sheet: String) -> String {
        let isPlain = !sheet.isEmpty && !sheet.first!.isNumber
            && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        if isPlain { return sheet }
        return "'" + sheet.replacing("'", with: "''") + "'"
    }

    /// Column letters and an optional row number from `bytes`: nil when the
    /// letters are missing or more than three, the row has more than seven
    /// digits or starts with 0, or anything else follows. The column is not
    /// checked against XFD (three letters reach 18 278).
    static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (column: Int, row: Int?)? where Bytes.Index == Int {
        var index = bytes.startIndex
        var column = 0
        while index < bytes.endIndex, index - bytes.startIndex < 4 {
            let letter = bytes[index] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(letter - UInt8(ascii: "a")) + 1
            index += 1
        }
        let letterCount = index - bytes.startIndex
        guard letterCount > 0, letterCount <= 3 else { return nil }
        if index == bytes.endIndex { return (column, nil) }
        guard bytes[index] != UInt8(ascii: "0"), bytes.endIndex - index <= 7 else { return nil }
        var row = 0
        while index < bytes.endIndex {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            index += 1
        }
        return (column, row)
    }
}
