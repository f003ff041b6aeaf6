/// XML's character and entity references, and its line-end and attribute
/// white-space normalization (XML 1.0 §2.11, §3.3.3, §4.1).
enum XMLReferences {
    /// Appends `raw` to `output`, replacing `&lt;` `&gt;` `&amp;` `&quot;`
    /// `&apos;` and `&#N;` `&#xH;`, turning CR LF and lone CR into LF, and for
    /// an attribute value tab, LF and CR into a space.
    static func appendDecoded<Bytes: Collection<UInt8>>(
        _ raw: Bytes, isAttribute: Bool, to output: inout [UInt8]
    ) throws(WorkbookError.XMLProblem) where Bytes.Index == Int {
        var i = raw.startIndex
        let end = raw.endIndex
        while i < end {
            var run = i
            while run < end {
                let byte = raw[run]
                if byte == XMLByte.ampersand || byte == XMLByte.carriageReturn || (isAttribute && (byte == 0x09 || byte == 0x0A)) {
                    break
                }
                run += 1
            }
            output.append(contentsOf: raw[i..<run])
            i = run
            guard i < end else { return }
            switch raw[i] {
            case XMLByte.carriageReturn:
                output.append(isAttribute ? 0x20 : 0x0A)
                i += 1
                if i < end, raw[i] == 0x0A { i += 1 }
            case XMLByte.ampersand:
                guard let semicolon = raw[(i + 1)..<min(end, i + 12)].firstIndex(of: XMLByte.semicolon) else {
                    throw .unknownEntity
                }
                try appendReference(raw[(i + 1)..<semicolon], to: &output)
                i = semicolon + 1
            default:
                output.append(0x20)
                i += 1
            }
        }
    }

    /// Appends what the reference named by `name` (between `&` and `;`) stands for.
    private static func appendReference<Name: Collection<UInt8>>(
        _ name: Name, to output: inout [UInt8]
    ) throws(WorkbookError.XMLProblem) where Name.Index == Int {
        switch Array(name) {
        case Array("lt".utf8): output.append(UInt8(ascii: "<"))
        case Array("gt".utf8): output.append(UInt8(ascii: ">"))
        case Array("amp".utf8): output.append(UInt8(ascii: "&"))
        case Array("quot".utf8): output.append(UInt8(ascii: "\""))
        case Array("apos".utf8): output.append(UInt8(ascii: "'"))
        case let bytes where bytes.first == UInt8(ascii: "#"):
            let isHex = bytes.count > 1 && (bytes[1] | 0x20) == UInt8(ascii: "x")
            let digits = bytes.dropFirst(isHex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 8,
                  let value = UInt32(String(decoding: digits, as: UTF8.self), radix: isHex ? 16 : 10),
                  value != 0, let scalar = Unicode.Scalar(value)
            else { throw .invalidCharacterReference }
            output.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw .unknownEntity
        }
    }
}

/// Excel's escapes for characters XML cannot hold (ECMA-376 Part 1,
/// §22.9.2.19 ST_Xstring): `_xHHHH_` is the UTF-16 code unit HHHH, so
/// `_x000D_` is a carriage return and `_x005F_` a literal `_`. Only a lower-case
/// `x` counts, as in Excel and openpyxl.
enum ExcelEscapes {
    /// Replaces the escapes in `bytes[from...]`. A surrogate pair written as
    /// two escapes becomes its character; a lone surrogate becomes U+FFFD.
    static func unescape(_ bytes: inout [UInt8], from start: Int) {
        guard let first = firstEscape(bytes, from: start) else { return }
        var output = Array(bytes[start..<first])
        var i = first
        while i < bytes.count {
            guard let unit = unit(bytes, at: i) else {
                output.append(bytes[i])
                i += 1
                continue
            }
            i += 7
            if (0xD800..<0xDC00).contains(unit), let low = self.unit(bytes, at: i), (0xDC00..<0xE000).contains(low) {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                output.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
                i += 7
            } else if let scalar = Unicode.Scalar(unit) {
                output.append(contentsOf: String(Character(scalar)).utf8)
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
        }
        bytes.replaceSubrange(start..., with: output)
    }

    private static func firstEscape(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 7 <= bytes.count {
            if bytes[i] == UInt8(ascii: "_"), unit(bytes, at: i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// The code unit of an escape starting at `i`, if one does.
    private static func unit(_ bytes: [UInt8], at i: Int) -> UInt16? {
        guard i + 7 <= bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
              bytes[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for k in (i + 2)..<(i + 6) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
