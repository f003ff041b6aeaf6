/// The bytes of ids too long (or too varied) to be kept in a table slot:
/// `varint(length) bytes` end to end in 1 MiB pages (a full page is never
/// copied), each found by a 40-bit offset.
struct IDArena {
    private static let pageBits = 20
    private static let pageSize = 1 << pageBits
    private var pages: [[UInt8]] = []

    /// The bytes kept so far (lengths included).
    var byteCount: Int { pages.reduce(0) { $0 + $1.count } }

    /// Appends an id; its offset, or nil when it cannot be kept (longer than a page, or 2⁴⁰ bytes kept).
    mutating func append(_ id: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let length = IDArena.varintLength(id.count) + id.count
        if pages.isEmpty || pages[pages.count - 1].count + length > IDArena.pageSize {
            guard length <= IDArena.pageSize, pages.count < 1 << 20 else { return nil }
            pages.append([])
        }
        let last = pages.count - 1
        let offset = UInt64(last << IDArena.pageBits | pages[last].count)
        var rest = UInt(id.count)
        repeat {
            pages[last].append(UInt8(rest & 0x7F) | (rest >= 0x80 ? 0x80 : 0))
            rest >>= 7
        } while rest > 0
        pages[last].append(contentsOf: id)
        return offset
    }

    /// Calls `body` with the id kept at `offset`.
    func withID<Result>(at offset: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        pages[Int(offset >> UInt64(IDArena.pageBits))].withUnsafeBufferPointer { page in
            var position = Int(offset & UInt64(IDArena.pageSize - 1))
            var length = 0, shift = 0
            while true {
                let byte = page[position]
                position += 1
                length |= Int(byte & 0x7F) << shift
                shift += 7
                if byte & 0x80 == 0 { break }
            }
            return body(UnsafeBufferPointer(rebasing: page[position..<position + length]))
        }
    }

    /// True when the id at `offset` is exactly `id`.
    func holds(_ id: UnsafeBufferPointer<UInt8>, at offset: UInt64) -> Bool {
        withID(at: offset) { kept in
            kept.count == id.count && (id.isEmpty || Bytes.equal(kept.baseAddress!, id.baseAddress!, count: id.count))
        }
    }

    private static func varintLength(_ value: Int) -> Int {
        var rest = UInt(value) >> 7, length = 1
        while rest > 0 {
            rest >>= 7
            length += 1
        }
        return length
    }
}
