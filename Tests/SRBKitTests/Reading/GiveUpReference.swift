@testable import SRBKit

/// A record as the give-up reference sees it: where it starts, and unless it
/// was given up, how many fields it has and (when none was cut) what they hold.
struct ReferenceRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fieldCount: Int
    var isGivenUp: Bool
    var fields: [[UInt8]]?

    var description: String {
        "\(line): \(fieldCount) fields" + (isGivenUp ? " given up" : "")
            + (fields.map { " \($0.map { String(decoding: $0, as: UTF8.self) })" } ?? "")
    }
}

/// SPEC's rule for stray quotes, written for the tests from the rule alone,
/// over the whole input at once (no chunks, no states carried between calls):
/// a record is given up, and reading goes on from the line after its first line
/// end, when a quoted field that passed a line end reaches `limit` bytes, or the
/// input ends inside it, or text follows its closing quote, or the record ends
/// with another field count than `expectedFieldCount`. A quoted field that
/// reaches the limit before any line end is given up at its line's end.
/// Fields are kept only when no field reaches `limit` (then no cut is made).
/// A record of spaces, tabs and delimiters only is a blank line.
func referenceRecords(_ bytes: [UInt8], limit: Int, expectedFieldCount: Int?) -> [ReferenceRecord] {
    let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    var records: [ReferenceRecord] = []
    var index = 0, line = 1
    /// Index just after the line end at `i` (a CRLF is one line end).
    func afterLineEnd(_ i: Int) -> Int { bytes[i] == cr && i + 1 < bytes.count && bytes[i + 1] == lf ? i + 2 : i + 1 }
    while index < bytes.count {
        if bytes[index] == lf || bytes[index] == cr {  // a blank line
            index = afterLineEnd(index)
            line += 1
            continue
        }
        let startLine = line
        var fields: [[UInt8]] = [], field: [UInt8] = []
        var firstLineEndEnd: Int?  // index after the record's first line end
        var linesInside = 0
        var i = index
        var givenUp = false
        var ended = false
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        func endField() {
            fields.append(field)
            field = []
            state = .fieldStart
        }
        scanning: while i < bytes.count {
            let byte = bytes[i]
            switch state {
            case .fieldStart, .unquoted, .afterQuote:
                if byte == comma {
                    endField()
                    i += 1
                } else if byte == lf || byte == cr {
                    endField()
                    if firstLineEndEnd != nil, let expected = expectedFieldCount, fields.count != expected {
                        givenUp = true
                        break scanning
                    }
                    i = afterLineEnd(i)
                    ended = true
                    break scanning
                } else if byte == quote && state == .fieldStart {
                    state = .quoted
                    i += 1
                } else if byte == quote && state == .afterQuote {
                    field.append(quote)
                    state = .quoted
                    i += 1
                } else if state == .afterQuote && firstLineEndEnd != nil {
                    givenUp = true
                    break scanning
                } else {
                    field.append(byte)
                    state = .unquoted
                    i += 1
                }
            case .quoted:
                if byte == quote {
                    state = .afterQuote
                    i += 1
                    continue
                }
                let isLineEnd = byte == lf || byte == cr
                if field.count >= limit && (firstLineEndEnd != nil || isLineEnd) {
                    if firstLineEndEnd == nil { firstLineEndEnd = afterLineEnd(i) }
                    givenUp = true
                    break scanning
                }
                if isLineEnd {
                    let next = afterLineEnd(i)
                    field.append(contentsOf: bytes[i..<next])
                    if firstLineEndEnd == nil { firstLineEndEnd = next }
                    linesInside += 1
                    i = next
                } else {
                    field.append(byte)
                    i += 1
                }
            }
        }
        if !givenUp && !ended {  // the end of the input
            if state == .quoted {
                givenUp = true
            } else {
                endField()
                if firstLineEndEnd != nil, let expected = expectedFieldCount, fields.count != expected { givenUp = true }
            }
            i = bytes.count
        }
        if givenUp {  // its fields are what was read before: not compared
            records.append(ReferenceRecord(line: startLine, fieldCount: 0, isGivenUp: true, fields: nil))
            index = firstLineEndEnd ?? bytes.count
            line = startLine + 1
        } else {
            let cut = fields.contains { $0.count > limit }  // (a flag set in a nested func misled the compiler's dead-code warning)
            let isBlank = !cut && fields.allSatisfy { $0.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
            if !isBlank {  // a line of blanks and delimiters is a blank line
                records.append(ReferenceRecord(line: startLine, fieldCount: fields.count, isGivenUp: false, fields: cut ? nil : fields))
            }
            index = i
            line = startLine + linesInside + 1
        }
    }
    return records
}
