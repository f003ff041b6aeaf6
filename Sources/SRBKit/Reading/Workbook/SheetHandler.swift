// A note for the next person: the rules by which sheet XML becomes rows.
//
// - Rows are numbered by `r`, or one past the row before when `r` is missing;
//   a row number must grow. Rows skipped over come out as empty rows, so the
//   numbers are those of a CSV saved from the sheet. Cells are placed by
//   their `r` (its row part is not checked), or one column past the cell
//   before; columns must grow too. Nothing is allocated by position: a cell
//   at XFD costs 16 384 end offsets, a row at 1 048 576 as many empty rows.
// - Only the last non-empty cell ends a row: empty cells (no `<v>`, an empty
//   string) are never written, and those before a written cell are filled in.
// - A cell's text comes from its `<v>` (a formula's cached result included)
//   or, for `t="inlineStr"`, the `<t>` texts of its `<is>`; `<f>` and
//   phonetic runs (`<rPh>`) are left out.
// - Everything after `</sheetData>` (merged cells, page setup) is read only
//   for the ZIP entry's CRC: a merged title's text is in its first cell, the
//   others are empty, as in a CSV.

/// Turns a worksheet part's XML into rows, handing each to `emit` as it ends.
struct SheetHandler: XMLHandler {
    /// The `t` attribute of a cell.
    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    let part: String
    let sheet: String
    let strings: SharedStrings
    let styles: CellStyles
    let uses1904: Bool
    let cellLimit: Int
    /// Takes each row (valid during the call); false stops reading.
    let emit: (SheetRowBuffer) -> Bool
    private(set) var isDone = false

    private var row = SheetRowBuffer()
    private var lastRow = 0
    private var isInSheetData = false
    private var isInRow = false
    private var isInCell = false
    private var column = 0
    private var type = CellType.number
    private var style = 0
    private var value: [UInt8] = []
    private var isCollecting = false
    private var isInInlineString = false
    private var phoneticDepth = 0
    private var valueWasCut = false

    init(part: String, sheet: String, strings: SharedStrings, styles: CellStyles, uses1904: Bool,
         cellLimit: Int, emit: @escaping (SheetRowBuffer) -> Bool) {
        self.part = part
        self.sheet = sheet
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
        self.cellLimit = cellLimit
        self.emit = emit
        value.reserveCapacity(64)
    }

    private func failure(_ problem: WorkbookError.SheetProblem, column: Int? = nil) -> WorkbookError {
        .invalidSheet(sheet: sheet, row: row.number, column: column, problem)
    }

    mutating func start(_ element: XMLElement) throws(WorkbookError) {
        let name = element.name
        if isInCell {
            if name.is("v") {
                isCollecting = true
            } else if name.is("is") {
                isInInlineString = true
            } else if isInInlineString {
                if name.is("rPh") {
                    phoneticDepth += 1
                } else if name.is("t"), phoneticDepth == 0 {
                    isCollecting = true
                }
            }
        } else if name.is("c") {
            guard isInRow else { return }
            try startCell(element)
        } else if name.is("row") {
            guard isInSheetData else { return }
            try startRow(element)
        } else if name.is("sheetData") {
            isInSheetData = true
        }
    }

    mutating func end(_ name: XMLName) throws(WorkbookError) {
        if isInCell {
            if name.is("c") {
                try endCell()
            } else if name.is("v") || name.is("t") {
                isCollecting = false
            } else if name.is("rPh") {
                phoneticDepth -= 1
            } else if name.is("is") {
                isInInlineString = false
            }
        } else if name.is("row") {
            guard isInRow else { return }
            isInRow = false
            lastRow = row.number
            if !emit(row) { isDone = true }
        } else if name.is("sheetData") {
            isInSheetData = false
        }
    }

    mutating func text(_ text: XMLText) throws(WorkbookError) {
        guard isCollecting else { return }
        guard value.count <= cellLimit else {
            valueWasCut = true
            return
        }
        do throws(WorkbookError.XMLProblem) {
            try text.appendDecoded(to: &value)
        } catch {
            throw .malformedXML(part: part, offset: text.offset, error)
        }
    }

    private mutating func startRow(_ element: XMLElement) throws(WorkbookError) {
        var number = lastRow + 1
        if let r = element.attribute("r") {
            guard let parsed = StylesHandler.integer(r), parsed > 0 else {
                row.number = lastRow + 1
                throw failure(.invalidRowNumber(String(decoding: r.bytes, as: UTF8.self)))
            }
            number = parsed
        }
        row.number = number
        guard number <= WorkbookLimits.maximumRows else { throw failure(.rowOutOfRange) }
        guard number > lastRow else { throw failure(.rowOutOfOrder) }
        while lastRow + 1 < number, !isDone {
            lastRow += 1
            row.reset(number: lastRow)
            if !emit(row) { isDone = true }
        }
        row.reset(number: number)
        isInRow = true
        column = 0
    }

    private mutating func startCell(_ element: XMLElement) throws(WorkbookError) {
        var next = column + 1
        if let r = element.attribute("r") {
            guard let parsed = CellReference.parse(r.bytes) else {
                throw failure(.invalidCellReference(String(decoding: r.bytes, as: UTF8.self)), column: next)
            }
            next = parsed.column
        }
        guard next <= WorkbookLimits.maximumColumns else { throw failure(.columnOutOfRange, column: next) }
        guard next > column else { throw failure(.cellOutOfOrder, column: next) }
        column = next
        type = .number
        if let t = element.attribute("t") {
            if t.is("s") {
                type = .sharedString
            } else if t.is("str") {
                type = .formulaString
            } else if t.is("inlineStr") {
                type = .inlineString
            } else if t.is("b") {
                type = .boolean
            } else if t.is("e") {
                type = .error
            } else if t.is("d") {
                type = .isoDate
            }
        }
        style = element.attribute("s").flatMap(StylesHandler.integer) ?? 0
        if !value.isEmpty { value.removeAll(keepingCapacity: true) }
        valueWasCut = false
        isInCell = true
        isCollecting = false
        isInInlineString = false
        phoneticDepth = 0
    }

    private mutating func endCell() throws(WorkbookError) {
        isInCell = false
        isCollecting = false
        let start = row.bytes.count
        var wasCut = valueWasCut
        switch type {
        case .sharedString:
            guard !value.isEmpty else { break }
            guard let index = SheetHandler.integer(value) else {
                throw failure(.invalidSharedStringIndex(String(decoding: value, as: UTF8.self)), column: column)
            }
            guard index < strings.count else {
                throw failure(.sharedStringIndexOutOfRange(index: index, count: strings.count), column: column)
            }
            row.bytes.append(contentsOf: strings.string(index))
            wasCut = wasCut || strings.isOversized(index)
        case .inlineString, .formulaString:
            ExcelEscapes.unescape(&value, from: 0)
            row.bytes.append(contentsOf: value)
        case .boolean:
            if value == [UInt8(ascii: "1")] {
                row.bytes.append(contentsOf: "TRUE".utf8)
            } else if value == [UInt8(ascii: "0")] {
                row.bytes.append(contentsOf: "FALSE".utf8)
            } else {
                row.bytes.append(contentsOf: value)
            }
        case .error:
            row.bytes.append(contentsOf: value)
        case .isoDate:
            row.bytes.append(contentsOf: SheetHandler.isISODate(value) ? value[..<10] : value[...])
        case .number:
            appendNumber()
        }
        if row.bytes.count - start > cellLimit {
            row.bytes.removeSubrange(UTF8Text.cutIndex(row.bytes, from: start, limit: cellLimit)...)
            wasCut = true
        }
        guard row.bytes.count > start else { return }
        if wasCut, row.firstOversizedCell == nil { row.firstOversizedCell = column - 1 }
        while row.ends.count < column - 1 { row.ends.append(start) }
        row.ends.append(row.bytes.count)
    }

    /// A number as text: a date under a date format, else the shortest
    /// round-trip digits; text that is no number is kept as it is.
    private mutating func appendNumber() {
        guard !value.isEmpty else { return }
        let format = styles.format(style)
        let isInteger = NumberText.isCanonicalInteger(value)
        if case .zeroPadded(let digits) = format, isInteger, value.first != UInt8(ascii: "-") {
            let significant = value.drop { $0 == UInt8(ascii: "0") }
            row.bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, digits - significant.count)))
            row.bytes.append(contentsOf: significant)
            return
        }
        if format != .date, isInteger {
            row.bytes.append(contentsOf: value)
            return
        }
        guard let number = isInteger ? Double(SheetHandler.signedInteger(value)) : NumberText.parse(value) else {
            row.bytes.append(contentsOf: value)
            return
        }
        if format != .date || !ExcelDate.appendISODate(serial: number, uses1904: uses1904, to: &row.bytes) {
            NumberText.append(number, to: &row.bytes)
        }
    }

    /// The value of a canonical integer (`NumberText.isCanonicalInteger`).
    private static func signedInteger(_ bytes: [UInt8]) -> Int {
        var result = 0
        for byte in bytes where byte != UInt8(ascii: "-") { result = result * 10 + Int(byte - UInt8(ascii: "0")) }
        return bytes.first == UInt8(ascii: "-") ? -result : result
    }

    /// A non-negative decimal integer of at most 18 digits.
    private static func integer(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var result = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            result = result * 10 + Int(digit)
        }
        return result
    }

    /// Whether `bytes` starts with `YYYY-MM-DD` (digits and dashes; not checked as a calendar date).
    private static func isISODate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 10 else { return false }
        for index in 0..<10 {
            let isDash = index == 4 || index == 7
            if isDash != (bytes[index] == UInt8(ascii: "-")) { return false }
            if !isDash, bytes[index] &- UInt8(ascii: "0") >= 10 { return false }
        }
        return bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ")
    }
}
