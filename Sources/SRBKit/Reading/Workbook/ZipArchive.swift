/// A ZIP archive's directory (APPNOTE 6.3: end record, ZIP64 end record and
/// locator, central directory), read once; entries are then read by streaming.
///
/// Offsets are trusted only after they are checked against the file's size.
struct ZipArchive: Sendable {
    let file: ArchiveFile
    /// Entries in central-directory order.
    let entries: [ZipEntry]
    private let indexByName: [String: Int]

    /// Largest central directory read: 64 MiB, some 500 000 entries.
    static let maximumCentralDirectory = 64 << 20

    init(file: ArchiveFile) throws(WorkbookError) {
        self.file = file
        let end = try ZipArchive.findEndRecord(in: file)
        guard end.directorySize <= ZipArchive.maximumCentralDirectory else {
            throw .corruptArchive(.centralDirectoryTooLarge(limit: ZipArchive.maximumCentralDirectory))
        }
        guard end.directoryOffset >= 0, end.directoryOffset + end.directorySize <= end.recordOffset else {
            throw .corruptArchive(.invalidCentralDirectory)
        }
        let directory = try file.bytes(at: end.directoryOffset, count: end.directorySize)
        guard directory.count == end.directorySize else { throw .corruptArchive(.invalidCentralDirectory) }
        entries = try ZipArchive.parseCentralDirectory(directory, count: end.entryCount, fileSize: file.size)
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.name] == nil {
            index[entry.name] = position
        }
        indexByName = index
    }

    /// The entry with this name (a leading `/` ignored), or failing that the
    /// first whose name matches ignoring ASCII case (OPC part names are
    /// case-insensitive).
    func entry(named name: String) -> ZipEntry? {
        let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
        if let position = indexByName[wanted] { return entries[position] }
        let folded = wanted.lowercased()
        return entries.first { $0.name.lowercased() == folded }
    }

    private static func parseCentralDirectory(_ bytes: [UInt8], count: Int, fileSize: Int) throws(WorkbookError) -> [ZipEntry] {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(min(count, bytes.count / 46))
        var offset = 0
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, bytes.uint32(at: offset) == 0x0201_4B50 else {
                throw .corruptArchive(.invalidCentralDirectory)
            }
            let flags = bytes.uint16(at: offset + 8)
            let method = bytes.uint16(at: offset + 10)
            let crc = bytes.uint32(at: offset + 16)
            var compressed = UInt64(bytes.uint32(at: offset + 20))
            var uncompressed = UInt64(bytes.uint32(at: offset + 24))
            let nameLength = Int(bytes.uint16(at: offset + 28))
            let extraLength = Int(bytes.uint16(at: offset + 30))
            let commentLength = Int(bytes.uint16(at: offset + 32))
            var localOffset = UInt64(bytes.uint32(at: offset + 42))
            let nameStart = offset + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= bytes.count else { throw .corruptArchive(.invalidCentralDirectory) }

            if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                guard let zip64 = zip64Extra(in: bytes, extraStart..<(extraStart + extraLength)) else {
                    throw .corruptArchive(.invalidCentralDirectory)
                }
                var field = zip64.startIndex
                func next64() -> UInt64? {
                    guard field + 8 <= zip64.endIndex else { return nil }
                    defer { field += 8 }
                    return bytes.uint64(at: field)
                }
                if uncompressed == 0xFFFF_FFFF { guard let value = next64() else { throw .corruptArchive(.invalidCentralDirectory) }; uncompressed = value }
                if compressed == 0xFFFF_FFFF { guard let value = next64() else { throw .corruptArchive(.invalidCentralDirectory) }; compressed = value }
                if localOffset == 0xFFFF_FFFF { guard let value = next64() else { throw .corruptArchive(.invalidCentralDirectory) }; localOffset = value }
            }
            guard compressed <= UInt64(fileSize), localOffset < UInt64(fileSize), uncompressed <= UInt64(Int.max) else {
                throw .corruptArchive(.invalidCentralDirectory)
            }
            let nameBytes = bytes[nameStart..<extraStart]
            entries.append(ZipEntry(
                name: String(decoding: nameBytes, as: UTF8.self),
                method: method, flags: flags, crc32: crc,
                compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
                localHeaderOffset: Int(localOffset)
            ))
            offset = next
        }
        return entries
    }

    /// Where the data of the ZIP64 extended-information extra field (id 1) lies
    /// among the extra fields at `extra` in `bytes`, if it is there.
    static func zip64Extra(in bytes: [UInt8], _ extra: Range<Int>) -> Range<Int>? {
        var offset = extra.lowerBound
        while offset + 4 <= extra.upperBound {
            let id = bytes.uint16(at: offset)
            let size = Int(bytes.uint16(at: offset + 2))
            let data = offset + 4
            guard data + size <= extra.upperBound else { return nil }
            if id == 1 { return data..<(data + size) }
            offset = data + size
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// The little-endian `UInt16` at `offset`; the bytes must be there.
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian `UInt32` at `offset`; the bytes must be there.
    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    /// The little-endian `UInt64` at `offset`; the bytes must be there.
    func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }
}
