extension ZipArchive {
    /// Where the central directory is, from the end record (and the ZIP64 end
    /// record when the locator precedes it or a field is saturated).
    struct EndRecord {
        /// Offset of the end record found (or of the ZIP64 end record): the
        /// central directory must end at or before it.
        var recordOffset: Int
        var entryCount: Int
        var directoryOffset: Int
        var directorySize: Int
    }

    /// Searches the last 64 KiB + 22 bytes backwards for the end record whose
    /// comment reaches exactly to the end of the file, or failing that one whose
    /// comment fits (bytes appended after an archive).
    static func findEndRecord(in file: ArchiveFile) throws(WorkbookError) -> EndRecord {
        let tailLength = min(file.size, 22 + 0xFFFF)
        let tail = try file.bytes(at: file.size - tailLength, count: tailLength)
        guard tail.count == tailLength, tailLength >= 22 else { throw .corruptArchive(.noEndRecord) }
        var found: Int?
        var position = tail.count - 22
        while position >= 0 {
            if tail[position] == 0x50, tail[position + 1] == 0x4B, tail[position + 2] == 5, tail[position + 3] == 6 {
                let commentEnd = position + 22 + Int(tail.uint16(at: position + 20))
                if commentEnd == tail.count { found = position; break }
                if commentEnd < tail.count, found == nil { found = position }
            }
            position -= 1
        }
        guard let record = found else { throw .corruptArchive(.noEndRecord) }
        let recordOffset = file.size - tailLength + record
        let disk = tail.uint16(at: record + 4)
        let directoryDisk = tail.uint16(at: record + 6)
        let entriesOnDisk = tail.uint16(at: record + 8)
        let entries = tail.uint16(at: record + 10)
        let size = tail.uint32(at: record + 12)
        let offset = tail.uint32(at: record + 16)

        let locatorOffset = recordOffset - 20
        let locator = locatorOffset >= 0 ? try file.bytes(at: locatorOffset, count: 20) : []
        let hasLocator = locator.count == 20 && locator.uint32(at: 0) == 0x0706_4B50
        let isSaturated = entries == 0xFFFF || entriesOnDisk == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF
        if hasLocator || isSaturated {
            guard hasLocator else { throw .corruptArchive(.invalidZip64EndRecord) }
            return try zip64EndRecord(in: file, locator: locator, before: locatorOffset)
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else { throw .corruptArchive(.multipleDisks) }
        return EndRecord(recordOffset: recordOffset, entryCount: Int(entries),
                         directoryOffset: Int(offset), directorySize: Int(size))
    }

    /// Reads the ZIP64 end record the locator points to (it must lie before the locator).
    private static func zip64EndRecord(
        in file: ArchiveFile, locator: [UInt8], before locatorOffset: Int
    ) throws(WorkbookError) -> EndRecord {
        guard locator.uint32(at: 4) == 0, locator.uint32(at: 16) <= 1 else { throw .corruptArchive(.multipleDisks) }
        let offset = locator.uint64(at: 8)
        guard locatorOffset >= 56, offset <= UInt64(locatorOffset - 56) else {
            throw .corruptArchive(.invalidZip64EndRecord)
        }
        let record = try file.bytes(at: Int(offset), count: 56)
        guard record.count == 56, record.uint32(at: 0) == 0x0606_4B50 else { throw .corruptArchive(.invalidZip64EndRecord) }
        guard record.uint32(at: 16) == 0, record.uint32(at: 20) == 0, record.uint64(at: 24) == record.uint64(at: 32) else {
            throw .corruptArchive(.multipleDisks)
        }
        let entries = record.uint64(at: 32)
        let size = record.uint64(at: 40)
        let start = record.uint64(at: 48)
        guard entries <= UInt64(Int32.max), size <= UInt64(file.size), start <= UInt64(file.size) else {
            throw .corruptArchive(.invalidZip64EndRecord)
        }
        return EndRecord(recordOffset: Int(offset), entryCount: Int(entries),
                         directoryOffset: Int(start), directorySize: Int(size))
    }
}
