/// What an OLE2 compound file (MS-CFB) holds, told from its directory's stream
/// names: enough to say "legacy .xls" or "encrypted workbook".
///
/// Best effort and bounded: the directory chain is followed through the FAT
/// sectors the header lists (the first 109, files up to about 7 MiB of FAT
/// for 512-byte sectors), at most 1 024 directory sectors; what cannot be
/// followed is simply not looked at.
enum CompoundFile {
    /// The kind of workbook the compound file in `file` is, as far as its stream names tell.
    static func classify(_ file: ArchiveFile) -> WorkbookError.NonWorkbook {
        let names = (try? streamNames(file)) ?? []
        if names.contains("EncryptionInfo") || names.contains("EncryptedPackage") { return .encryptedWorkbook }
        if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
        return .compoundFile
    }

    /// The names in the directory, in directory order.
    static func streamNames(_ file: ArchiveFile) throws(WorkbookError) -> [String] {
        let header = try file.bytes(at: 0, count: 512)
        guard header.count == 512 else { return [] }
        let shift = Int(header.uint16(at: 0x1E))
        guard shift == 9 || shift == 12 else { return [] }
        let sectorSize = 1 << shift
        let fatSectors = (0..<109).map { header.uint32(at: 0x4C + 4 * $0) }
        let entriesPerFATSector = sectorSize / 4

        func sectorOffset(_ sector: UInt32) -> Int { (Int(sector) + 1) << shift }
        func next(after sector: UInt32) throws(WorkbookError) -> UInt32? {
            let index = Int(sector) / entriesPerFATSector
            guard index < fatSectors.count, fatSectors[index] < 0xFFFF_FFFA else { return nil }
            let entry = try file.bytes(at: sectorOffset(fatSectors[index]) + 4 * (Int(sector) % entriesPerFATSector), count: 4)
            guard entry.count == 4 else { return nil }
            let value = entry.uint32(at: 0)
            return value < 0xFFFF_FFFA ? value : nil
        }

        var names: [String] = []
        var sector: UInt32? = header.uint32(at: 0x30)
        var visited = Set<UInt32>()
        while let current = sector, current < 0xFFFF_FFFA, visited.count < 1_024, visited.insert(current).inserted {
            let bytes = try file.bytes(at: sectorOffset(current), count: sectorSize)
            guard bytes.count == sectorSize else { break }
            for entry in stride(from: 0, to: sectorSize, by: 128) {
                let length = min(Int(bytes.uint16(at: entry + 0x40)), 64)
                guard length >= 2, bytes[entry + 0x42] != 0 else { continue }
                let units = (0..<(length / 2 - 1)).map { bytes.uint16(at: entry + 2 * $0) }
                names.append(String(decoding: units, as: UTF16.self))
            }
            sector = try next(after: current)
        }
        return names
    }
}
