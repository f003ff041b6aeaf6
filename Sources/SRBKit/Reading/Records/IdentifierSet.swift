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
// An open-addressing table of 32-bit arena offsets and one tag byte per slot
// (linear probing, reduced by multiply-shift so any size works, sized once
// from the rows to come or grown by half at 3/4 load) finds them. Per id that
// is about 5 (length and sighting) + the packed id + 6.7 to 10 (table): 19 to
// 24 bytes for the sample register's 14-character ids; see README "Duplicates"
// for the measured figure.

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
    /// Per slot, `tag(of:)` its id's hash (0: empty), so that most probes of an
    /// id not seen yet never read the arena.
    private var tags = [UInt8](repeating: 0, count: 1024)
    private(set) var count = 0
    private var scratch: [UInt8] = []

    /// Adds `id`, or returns where it was first seen when it is already there.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, file: Int, line: Int) -> Sighting? {
        var encoded: [UInt8] = []
        swap(&encoded, &scratch)  // moved out, not copied: no reference count traffic per id
        defer { swap(&encoded, &scratch) }
        IdentifierSet.encode(id, into: &encoded)
        return encoded.withUnsafeBufferPointer { insert(encoded: $0, file: file, line: line) }
    }

    /// True when `other` holds an id that this set holds too.
    func sharesAnID(with other: IdentifierSet) -> Bool {
        for page in other.pages.indices {
            var shared = false
            other.forEachEntry(onPage: page) { encoded, _, _ in
                guard case .found = find(encoded) else { return true }
                shared = true
                return false
            }
            if shared { return true }
        }
        return false
    }

    /// Adds every id of `other` (none of which may be here), its lines moved by
    /// `lineOffset`, emptying `other` page by page as it goes.
    mutating func absorb(_ other: inout IdentifierSet, lineOffset: Int) {
        reserve(count + other.count)
        for page in other.pages.indices {
            other.forEachEntry(onPage: page) { encoded, sighting, _ in
                _ = insert(encoded: encoded, file: sighting.file, line: sighting.line + lineOffset)
                return true
            }
            other.pages[page] = []
        }
        other = IdentifierSet()
    }

    private enum Search {
        case found(Sighting)
        case free(slot: Int, tag: UInt8)
    }

    /// Where an encoded id is, or the slot it would take.
    private func find(_ encoded: UnsafeBufferPointer<UInt8>) -> Search {
        let hash = ByteHash.of(UnsafeRawBufferPointer(encoded))
        let tag = IdentifierSet.tag(of: hash)
        var slot = ByteHash.slot(hash, in: slots.count)
        while tags[slot] != 0 {
            if tags[slot] == tag, let sighting = sighting(at: Int(slots[slot] - 1), ifStoring: encoded) {
                return .found(sighting)
            }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        return .free(slot: slot, tag: tag)
    }

    private mutating func insert(encoded: UnsafeBufferPointer<UInt8>, file: Int, line: Int) -> Sighting? {
        switch find(encoded) {
        case .found(let sighting):
            return sighting
        case .free(let slot, let tag):
            guard let offset = append(encoded, file: file, line: line) else { return nil }
            slots[slot] = UInt32(offset + 1)
            tags[slot] = tag
            count += 1
            if count * 4 > slots.count * 3 { grow() }
            return nil
        }
    }

    /// Seven low bits of the hash (the slot comes from the high ones, so
    /// neighbours rarely share a tag), with the top bit set: 0 is an empty slot.
    private static func tag(of hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash) | 0x80 }

    /// Calls `body` with each entry of a page, its encoded id, sighting and
    /// offset in the page, in insertion order, while `body` returns true.
    private func forEachEntry(onPage index: Int, _ body: (UnsafeBufferPointer<UInt8>, Sighting, Int) -> Bool) {
        pages[index].withUnsafeBufferPointer { page in
            var position = 0
            while position < page.count {
                let start = position
                let flagged = IdentifierSet.readVarint(page, &position)
                position += flagged >> 1
                let encoded = UnsafeBufferPointer(rebasing: page[start..<position])
                let file = IdentifierSet.readVarint(page, &position)
                let line = IdentifierSet.readVarint(page, &position)
                guard body(encoded, Sighting(file: file, line: line), start) else { return }
            }
        }
    }

    /// The id's entry: packed when that is shorter, else raw, behind its flagged length.
    private static func encode(_ id: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
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
    private func sighting(at offset: Int, ifStoring encoded: UnsafeBufferPointer<UInt8>) -> Sighting? {
        pages[offset >> IdentifierSet.pageBits].withUnsafeBufferPointer { page in
            let start = offset & (IdentifierSet.pageSize - 1)
            var position = start + encoded.count
            guard position <= page.count, Bytes.equal(page.baseAddress! + start, encoded.baseAddress!, count: encoded.count)
            else { return nil }
            let file = IdentifierSet.readVarint(page, &position)
            let line = IdentifierSet.readVarint(page, &position)
            return Sighting(file: file, line: line)
        }
    }

    /// Appends an entry; returns its offset, or nil when the arena is full (4 GiB:
    /// the id is then not remembered, so it can never be called a duplicate wrongly).
    private mutating func append(_ encoded: UnsafeBufferPointer<UInt8>, file: Int, line: Int) -> Int? {
        let length = encoded.count + IdentifierSet.varintLength(file) + IdentifierSet.varintLength(line)
        if pages.isEmpty || pages[pages.count - 1].count + length > IdentifierSet.pageSize {
            guard pages.count < 4095, length <= IdentifierSet.pageSize else { return nil }
            pages.append([])  // grows by doubling up to one page: small registers stay small
        }
        let last = pages.count - 1
        let offset = last << IdentifierSet.pageBits | pages[last].count
        pages[last].append(contentsOf: encoded)
        IdentifierSet.appendVarint(file, to: &pages[last])
        IdentifierSet.appendVarint(line, to: &pages[last])
        return offset
    }

    /// Makes room for `count` ids in all without growing on the way (each
    /// growth re-hashes every id): for a reader that can tell how many are coming.
    mutating func reserve(_ count: Int) {
        let size = count + count / 3 + 1  // at most 3/4 full
        if size > slots.count { grow(to: size) }
    }

    private mutating func grow() {
        grow(to: slots.count + slots.count / 2)
    }

    private mutating func grow(to size: Int) {
        var bigger = [UInt32](repeating: 0, count: size)
        var biggerTags = [UInt8](repeating: 0, count: bigger.count)
        for pageIndex in pages.indices {
            forEachEntry(onPage: pageIndex) { encoded, _, start in
                let hash = ByteHash.of(UnsafeRawBufferPointer(encoded))
                var slot = ByteHash.slot(hash, in: bigger.count)
                while biggerTags[slot] != 0 { slot = slot + 1 == bigger.count ? 0 : slot + 1 }
                bigger[slot] = UInt32(pageIndex << IdentifierSet.pageBits | start) + 1
                biggerTags[slot] = IdentifierSet.tag(of: hash)
                return true
            }
        }
        slots = bigger
        tags = biggerTags
    }

    private static func appendVarint(_ value: Int, to output: inout [UInt8]) {
        var rest = UInt(bitPattern: value)
        repeat {
            output.append(UInt8(rest & 0x7F) | (rest >= 0x80 ? 0x80 : 0))
            rest >>= 7
        } while rest > 0
    }

    private static func varintLength(_ value: Int) -> Int {
        var rest = UInt(bitPattern: value) >> 7, length = 1
        while rest > 0 {
            rest >>= 7
            length += 1
        }
        return length
    }

    private static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int {
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
