/// The ids seen so far, stored compactly to find duplicates across files.
///
/// Each id's bytes go once into one arena, prefixed by their length (one byte
/// below 128, two up to 16,383, three beyond); an open-addressing table of
/// 32-bit entry numbers points into it. Per id that is the id's length + 1
/// (arena) + 4 (offset) + 6 (file and line of the first sighting) + 4 to 11
/// (table slots at 0.35–0.7 load): about 20 bytes plus the id, so 15 million
/// ids of 14 characters take about 510 MB.
struct IdentifierSet {
    struct Sighting: Equatable {
        let file: Int
        let line: Int
    }

    private var arena: [UInt8] = []
    private var offsets: [UInt32] = []
    private var files: [UInt16] = []
    private var lines: [UInt32] = []
    /// Entry number + 1 per slot; 0 is empty. Power-of-two size.
    private var slots: [UInt32] = Array(repeating: 0, count: 1024)

    var count: Int { offsets.count }

    /// Adds `id`, or returns where it was first seen when it is already there.
    mutating func insert(_ id: ArraySlice<UInt8>, file: Int, line: Int) -> Sighting? {
        let stored = id
        var slot = Int(truncatingIfNeeded: IdentifierSet.hash(stored)) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot] - 1)
            if matches(entry: entry, stored) {
                return Sighting(file: Int(files[entry]), line: Int(lines[entry]))
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        offsets.append(UInt32(truncatingIfNeeded: arena.count))
        files.append(UInt16(clamping: file))
        lines.append(UInt32(clamping: line))
        var length = stored.count
        repeat {
            arena.append(UInt8(length & 0x7F) | (length >= 0x80 ? 0x80 : 0))
            length >>= 7
        } while length > 0
        arena.append(contentsOf: stored)
        slots[slot] = UInt32(offsets.count)
        if offsets.count * 10 > slots.count * 7 { grow() }
        return nil
    }

    private func matches(entry: Int, _ id: ArraySlice<UInt8>) -> Bool {
        let stored = storedID(entry)
        return stored.count == id.count && stored.elementsEqual(id)
    }

    /// The bytes of entry `entry`, read back through its length prefix.
    private func storedID(_ entry: Int) -> ArraySlice<UInt8> {
        var index = Int(offsets[entry])
        var length = 0, shift = 0
        while true {
            let byte = arena[index]
            index += 1
            length |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 { break }
        }
        return arena[index..<(index + length)]
    }

    private mutating func grow() {
        var bigger = [UInt32](repeating: 0, count: slots.count * 2)
        for entry in offsets.indices {
            let id = storedID(entry)
            var slot = Int(truncatingIfNeeded: IdentifierSet.hash(id)) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = UInt32(entry + 1)
        }
        slots = bigger
    }

    /// FNV-1a, 64-bit: stable across runs, good enough spread for short ids.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value ^ (value >> 29)
    }
}
