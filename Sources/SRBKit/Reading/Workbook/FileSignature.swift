/// What a file's first bytes say it is, for telling a workbook from a CSV
/// before reading it: cheap, and never wrong about a CSV (no text file starts
/// with these bytes).
public enum FileSignature: Sendable, Hashable {
    /// A ZIP archive (`PK\3\4`, or `PK\5\6` for an empty one): `.xlsx`, `.ods`, other.
    case zipArchive
    /// An OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`): a legacy `.xls` or an encrypted workbook.
    case compoundFile
    /// Anything else, text included.
    case unrecognized

    /// Bytes `sniff` looks at; fewer are enough for a file that short.
    public static let length = 8

    /// Tells the kind from the first bytes of a file (at least `length` of them
    /// when the file has that many).
    public static func sniff<Bytes: Collection<UInt8>>(_ prefix: Bytes) -> FileSignature {
        let head = Array(prefix.prefix(length))
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B,
           (head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8) {
            return .zipArchive
        }
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .compoundFile }
        return .unrecognized
    }
}
