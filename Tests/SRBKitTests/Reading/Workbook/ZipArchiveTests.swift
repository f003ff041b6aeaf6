import Testing
@testable import SRBKit

/// Every entry of an archive: name and inflated bytes, in directory order.
private func entries(_ file: String) throws(WorkbookError) -> [(name: String, bytes: [UInt8])] {
    let archive = try ZipArchive(file: ArchiveFile(path: workbookFixture(file)))
    var result: [(String, [UInt8])] = []
    for entry in archive.entries {
        result.append((entry.name, try archive.contents(of: entry, maximumSize: .max, limits: WorkbookLimits())))
    }
    return result
}

extension WorkbookTests {
    @Suite struct ZipArchiveTests {
        /// The fixture script writes the same parts into each of these containers.
        @Test(arguments: ["zip64.xlsx", "zip64-local-headers.xlsx", "data-descriptors.xlsx", "archive-comment.xlsx"])
        func containerVariantHoldsTheSamePartsAsAPlainArchive(_ file: String) throws {
            let plain = try entries("stored-entries.xlsx")
            let variant = try entries(file)
            #expect(variant.map(\.name) == plain.map(\.name))
            #expect(variant.map(\.bytes) == plain.map(\.bytes))
        }

        @Test func zip64FieldsAreReadFromTheExtraFieldAndEndRecord() throws {
            let archive = try ZipArchive(file: ArchiveFile(path: workbookFixture("zip64.xlsx")))
            #expect(archive.entries.count == 8)  // content types, two relationships, workbook, two sheets, strings, styles
            #expect(archive.entries.allSatisfy { $0.method == ZipEntry.deflated && $0.uncompressedSize > 0 })
            #expect(archive.entries.first?.localHeaderOffset == 0)
        }

        @Test func entriesAreFoundIgnoringCaseAndALeadingSlash() throws {
            let archive = try ZipArchive(file: ArchiveFile(path: workbookFixture("stored-entries.xlsx")))
            #expect(archive.entry(named: "/xl/workbook.xml")?.name == "xl/workbook.xml")
            #expect(archive.entry(named: "XL/Workbook.XML")?.name == "xl/workbook.xml")
            #expect(archive.entry(named: "xl/nothing.xml") == nil)
        }

        @Test func stoppingEarlySkipsTheChecks() throws {
            let archive = try ZipArchive(file: ArchiveFile(path: workbookFixture("error-bad-crc.xlsx")))
            let sheet = archive.entry(named: "xl/worksheets/sheet1.xml")!
            let finished = try archive.read(sheet, maximumSize: .max, limits: WorkbookLimits()) { _ in false }
            #expect(!finished)
        }

        @Test func everyCutOfAnArchiveIsAnErrorNotACrash() {
            let bytes = workbookFixtureBytes("register-vietnamese.xlsx")
            for cut in stride(from: 0, to: bytes.count, by: 97) {
                let file = ArchiveFile(bytes: Array(bytes[..<cut]), name: "cut.xlsx")
                #expect(throws: WorkbookError.self, "cut at \(cut)") {
                    let workbook = try Workbook(file: file)
                    for number in workbook.sheetNames.indices {
                        try workbook.readRows(inSheet: .number(number + 1)) { _ in true }
                    }
                }
            }
        }

        @Test func everyDamagedByteGivesRowsOrAnErrorNeverACrash() {
            let bytes = workbookFixtureBytes("rich-and-typed-cells.xlsx")
            for index in stride(from: 0, to: bytes.count, by: 11) {
                var damaged = bytes
                damaged[index] ^= 0x5A
                let file = ArchiveFile(bytes: damaged, name: "damaged.xlsx")
                do {
                    let workbook = try Workbook(file: file)
                    try workbook.readRows(inSheet: .first) { _ in true }
                } catch {}
            }
        }
    }

    @Suite struct FileSignatureTests {
        @Test func zipAndCompoundFilesAreToldByTheirFirstBytes() {
            #expect(FileSignature.sniff(workbookFixtureBytes("register-vietnamese.xlsx")) == .zipArchive)
            #expect(FileSignature.sniff(workbookFixtureBytes("error-legacy.xls")) == .compoundFile)
            #expect(FileSignature.sniff(workbookFixtureBytes("error-encrypted.xlsx")) == .compoundFile)
            #expect(FileSignature.sniff(workbookFixtureBytes("error-not-a-workbook.csv")) == .unrecognized)
            #expect(FileSignature.sniff([0x50, 0x4B, 0x05, 0x06]) == .zipArchive)
            #expect(FileSignature.sniff([0x50, 0x4B]) == .unrecognized)
            #expect(FileSignature.sniff([UInt8]()) == .unrecognized)
            #expect(FileSignature.sniff(Array("PK,phường\n".utf8)) == .unrecognized)
        }

        @Test func compoundFileStreamNamesAreRead() throws {
            let encrypted = try CompoundFile.streamNames(ArchiveFile(path: workbookFixture("error-encrypted.xlsx")))
            #expect(encrypted.contains("EncryptionInfo") && encrypted.contains("EncryptedPackage"))
            let legacy = try CompoundFile.streamNames(ArchiveFile(path: workbookFixture("error-legacy.xls")))
            #expect(legacy.contains("Workbook"))
        }
    }
}
