// A note for the next person: at 15 million rows the ids are the only thing
// that grows with the register (SPEC "Scale"), so every byte per id counts.
// Each id is stored once, in an append-only arena of 1 MiB pages (a full
// page is never copied, so no doubling peak at scale), as one entry:
//
//     varint(length << 1 | packed)  id bytes (packed or raw)  varint(file)  varint(line)
//
// "Packed" ids are written four bits per character when that is shorter: the
// digits, `-`, `/`, `.`, `_` and space take one nibble, any other byte three
// (an escape and its two nibbles); `LB-2024-000123` takes 9 bytes instead of
// 14. The same id always gets the same bytes, so ids are compared packed.
// An open-addressing table of 32-bit arena offsets (linear probing, reduced
// by multiply-shift so any size works, grown by half at 3/4 load) finds them.
// Per id that is about 5 (length and sighting) + the packed id + 5.3 to 8
// (table): 17 to 21 bytes for the sample register's 14-character ids; see
// README "Duplicates" for the measured figure.

/// The ids seen so far, stored compactly to find duplicates across files.
struct IdentifierSet {
    struct Sighting: Equatable {
        let file: Int
        let line: Int
    }

    private static let pageBits = 20
    private static let pageSize = 1 << pageBits

    private var pages: [[UInt8]] = []
    /// Arena offset + 1 per slot (page << pageBits | position); 0 is empty.
    private var slots = [UInt32](repeating: 0, count: 1024)
    private(set) var count = 0
    private var scratch: [UInt8] = []

    /// Adds `id`, or returns where it was first seen when it is already there.
    mutating func insert(_ id: ArraySlice<UInt8>, file: Int, line: Int) -> Sighting? {
        IdentifierSet.encode(id, into: &scratch)
        let hash = ByteHash.of(scratch)
        var slot = ByteHash.slot(hash, in: slots.count)
        while slots[slot] != 0 {
            let offset = Int(slots[slot] - 1)
            if let sighting = sighting(at: offset, ifStoring: scratch) { return sighting }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        guard let offset = append(scratch, file: file, line: line) else { return nil }
        slots[slot] = UInt32(offset + 1)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return nil
    }

    /// The id's entry: packed when that is shorter, else raw, behind its flagged length.
    private static func encode(_ id: ArraySlice<UInt8>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        var nibbles = 0
        for byte in id { nibbles += nibble(of: byte) == nil ? 3 : 1 }
        let packedLength = (nibbles + 1) / 2
        if packedLength < id.count {
            appendVarint(packedLength << 1 | 1, to: &output)
            var pending: UInt8?
            func put(_ value: UInt8) {
                if let high = pending {
                    output.append(high << 4 | value)
                    pending = nil
                } else {
                    pending = value
                }
            }
            for byte in id {
                if let value = nibble(of: byte) {
                    put(value)
                } else {
                    put(15)
                    put(byte >> 4)
                    put(byte & 15)
                }
            }
            if let high = pending { output.append(high << 4 | 14) }  // 14 pads an odd count; it never starts a character
        } else {
            appendVarint(id.count << 1, to: &output)
            output.append(contentsOf: id)
        }
    }

    /// One nibble for the characters ids are mostly made of: 0–9 `-` `/` `.` `_` (13 values).
    private static func nibble(of byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case UInt8(ascii: "-"): 10
        case UInt8(ascii: "/"): 11
        case UInt8(ascii: "."): 12
        case UInt8(ascii: "_"): 13
        default: nil
        }
    }

    /// Where the entry at `offset` was first seen, when it stores exactly `encoded`
    /// (length varint and id: equal bytes there mean equal ids).
    private func sighting(at offset: Int, ifStoring encoded: [UInt8]) -> Sighting? {
        let page = pages[offset >> IdentifierSet.pageBits]
        let start = offset & (IdentifierSet.pageSize - 1)
        var position = start + encoded.count
        guard position <= page.count, page[start..<position].elementsEqual(encoded) else { return nil }
        let file = IdentifierSet.readVarint(page, &position)
        let line = IdentifierSet.readVarint(page, &position)
        return Sighting(file: file, line: line)
    }

    /// Appends an entry; returns its offset, or nil when the arena is full (4 GiB:
    /// the id is then not remembered, so it can never be called a duplicate wrongly).
    private mutating func append(_ encoded: [UInt8], file: Int, line: Int) -> Int? {
        var entry = encoded
        IdentifierSet.appendVarint(file, to: &entry)
        IdentifierSet.appendVarint(line, to: &entry)
        if pages.isEmpty || pages[pages.count - 1].count + entry.count > IdentifierSet.pageSize {
            guard pages.count < 4095, entry.count <= IdentifierSet.pageSize else { return nil }
            pages.append([])  // grows by doubling up to one page: small registers stay small
        }
        let offset = (pages.count - 1) << IdentifierSet.pageBits | pages[pages.count - 1].count
        pages[pages.count - 1].append(contentsOf: entry)
        return offset
    }

    private mutating func grow() {
        var bigger = [UInt32](repeating: 0, count: slots.count + slots.count / 2)
        for (pageIndex, page) in pages.enumerated() {
            var position = 0
            while position < page.count {
                let start = position
                let flagged = IdentifierSet.readVarint(page, &position)
                position += flagged >> 1
                let hash = ByteHash.of(page[start..<position])
                _ = IdentifierSet.readVarint(page, &position)
                _ = IdentifierSet.readVarint(page, &position)
                var slot = ByteHash.slot(hash, in: bigger.count)
                while bigger[slot] != 0 { slot = slot + 1 == bigger.count ? 0 : slot + 1 }
                bigger[slot] = UInt32(pageIndex << IdentifierSet.pageBits | start) + 1
            }
        }
        slots = bigger
    }

    private static func appendVarint(_ value: Int, to output: inout [UInt8]) {
        var rest = UInt(bitPattern: value)
        repeat {
            output.append(UInt8(rest & 0x7F) | (rest >= 0x80 ? 0x80 : 0))
            rest >>= 7
        } while rest > 0
    }

    private static func readVarint(_ bytes: [UInt8], _ position: inout Int) -> Int {
        var value: UInt = 0, shift: UInt = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if shift < 64 { value |= UInt(byte & 0x7F) << shift }
            shift += 7
            if byte & 0x80 == 0 { break }
        }
        return Int(bitPattern: value)
    }
}
