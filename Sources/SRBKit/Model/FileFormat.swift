/// What a file that is not a delimited text table turned out to be, told
/// from its first bytes; `srb` names it rather than read it as text.
public enum FileFormat: String, Sendable, Hashable, CaseIterable {
    /// A ZIP archive (an `.xlsx` workbook is one).
    case zip
    /// A gzip-compressed file.
    case gzip
    /// An OLE2 compound file: a legacy `.xls` workbook, or an encrypted `.xlsx`.
    case compoundFile
    /// UTF-32 text (with its byte-order mark).
    case utf32
    /// UTF-16 text without a byte-order mark (many zero bytes, one in two).
    case utf16WithoutMark

    /// Bytes looked at: enough for every signature and for the pattern of zeros of UTF-16.
    static let sniffedBytes = 512

    /// The format of a file starting with `bytes` (its first `sniffedBytes`, or
    /// all of a shorter file); nil for text to read as a table. BOM-less UTF-16
    /// is only looked for when `looksForUTF16` (not with a forced encoding).
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, looksForUTF16: Bool) -> FileFormat? {
        func starts(with signature: [UInt8]) -> Bool {
            bytes.count >= signature.count && Swift.zip(bytes, signature).allSatisfy { $0 == $1 }
        }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) || starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if starts(with: [0x1F, 0x8B]) { return .gzip }
        if starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if starts(with: [0xFF, 0xFE, 0x00, 0x00]) || starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
        if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) || starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        guard looksForUTF16, bytes.count >= 4 else { return nil }
        // ASCII in UTF-16 is a zero every other byte: count zeros at even and odd offsets.
        let pairs = bytes.count / 2
        var zerosAtEven = 0, zerosAtOdd = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { zerosAtEven += 1 }
            if bytes[2 * pair + 1] == 0 { zerosAtOdd += 1 }
        }
        let mostly = max(zerosAtEven, zerosAtOdd), rarely = min(zerosAtEven, zerosAtOdd)
        return mostly * 3 >= pairs && rarely * 10 <= mostly ? .utf16WithoutMark : nil
    }
}
