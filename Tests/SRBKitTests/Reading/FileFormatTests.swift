import Testing
@testable import SRBKit

private func sniff(_ bytes: [UInt8], looksForUTF16: Bool = true) -> FileFormat? {
    bytes.withUnsafeBufferPointer { FileFormat.sniff($0, looksForUTF16: looksForUTF16) }
}

private func utf16LittleEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

extension Reading {
    @Suite struct FileFormatTests {
        @Test(arguments: [
            // Signatures from the formats' specifications (APPNOTE 4.3.7, RFC 1952, [MS-CFB] 2.2, Unicode 3.10).
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], FileFormat.zip),
            ([0x1F, 0x8B, 0x08, 0x00], .gzip),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], .compoundFile),
            ([0xFF, 0xFE, 0x00, 0x00, 0x77, 0x00, 0x00, 0x00], .utf32),
            ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x77], .utf32),
        ] as [([UInt8], FileFormat)])
        func signaturesAreTold(bytes: [UInt8], format: FileFormat) {
            #expect(sniff(bytes) == format)
        }

        @Test func utf16WithoutAMarkIsToldByItsZeros() {
            let text = "Phường,Ngày sinh,Giới tính\r\nBồ Đề,01/09/2024,Nam\r\n"
            #expect(sniff(utf16LittleEndian(text)) == .utf16WithoutMark)
            #expect(sniff(utf16LittleEndian(text).dropFirst().map { $0 } + [0]) == .utf16WithoutMark)  // big-endian
            #expect(sniff(utf16LittleEndian(text), looksForUTF16: false) == nil)
            #expect(sniff([0xFF, 0xFE] + utf16LittleEndian(text)) == nil)  // with its mark: read as UTF-16
        }

        @Test(arguments: [
            "ward,date,sex\nA,2024-01-01,M\n", "Phường;Ngày sinh;Giới tính\nBồ Đề;01/09/2024;Nữ\n", "", "a",
        ])
        func textIsNoOtherFormat(text: String) {
            #expect(sniff(Array(text.utf8)) == nil)
            #expect(sniff([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == nil)
        }

        @Test func windows1258TextIsNoOtherFormat() {
            #expect(sniff(Array("Ph".utf8) + [0xFA, 0xF2] + Array("c Đ,01/01/2024,Nam\n".utf8)) == nil)
        }

        @Test(arguments: [
            ([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 600), FileFormat.zip),
            ([0x1F, 0x8B], .gzip),
            (utf16LittleEndian("ward,date,sex\nA,2024-01-01,M\n"), .utf16WithoutMark),
        ] as [([UInt8], FileFormat)])
        func readerStopsWithTheFormatNamed(bytes: [UInt8], format: FileFormat) {
            #expect(throws: SRBError.unsupportedFormat(file: "so-sinh.csv", format: format)) {
                try RegisterReader(settings: ReadSettings()).read([.memory(name: "so-sinh.csv", bytes: bytes)])
            }
        }

        @Test func forcedUTF16ReadsAFileWithoutAMark() throws {
            let bytes = utf16LittleEndian("ward,date,sex\nBồ Đề,2024-01-01,M\n")
            let scan = try RegisterReader(settings: ReadSettings(encoding: .utf16)).read([.memory(name: "a.csv", bytes: bytes)])
            #expect(scan.rowsRead == 1)
            #expect(scan.units.map(\.name) == ["Bồ Đề"])
        }
    }
}
