/// One file in a ZIP archive, as its central directory describes it.
struct ZipEntry: Sendable, Hashable {
    /// The name as stored: UTF-8 when flag bit 11 says so, and also when it
    /// merely decodes as UTF-8; otherwise bytes 0x80–0xFF become U+FFFD (the
    /// names in a workbook are ASCII, so CP437 is not decoded).
    let name: String
    let method: UInt16
    /// General-purpose bit flags: bit 0 encrypted, bit 3 sizes in a data
    /// descriptor (the central directory's sizes are used then too), bit 11 UTF-8.
    let flags: UInt16
    let crc32: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    let localHeaderOffset: Int

    static let stored: UInt16 = 0
    static let deflated: UInt16 = 8

    var isEncrypted: Bool { flags & 1 != 0 }
}
