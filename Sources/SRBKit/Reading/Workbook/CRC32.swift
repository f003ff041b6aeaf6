/// CRC-32 as ZIP and zlib compute it (IEEE 802.3, reflected polynomial
/// 0xEDB88320, initial and final XOR 0xFFFFFFFF), updated chunk by chunk.
///
/// Slicing-by-8: eight 256-entry tables, eight bytes per step.
struct CRC32 {
    /// The CRC of the bytes seen so far (0 for none).
    private(set) var value: UInt32 = 0

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var pointer = bytes.baseAddress else { return }
        var count = bytes.count
        var crc = ~value
        CRC32.tables.withUnsafeBufferPointer { table in
            while count >= 8 {
                let low = crc ^ (UInt32(pointer[0]) | UInt32(pointer[1]) << 8
                    | UInt32(pointer[2]) << 16 | UInt32(pointer[3]) << 24)
                let high = UInt32(pointer[4]) | UInt32(pointer[5]) << 8
                    | UInt32(pointer[6]) << 16 | UInt32(pointer[7]) << 24
                crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                pointer += 8
                count -= 8
            }
            while count > 0 {
                crc = table[Int((crc ^ UInt32(pointer[0])) & 0xFF)] ^ (crc >> 8)
                pointer += 1
                count -= 1
            }
        }
        value = ~crc
    }

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Table k maps a byte to its CRC contribution k bytes further on.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()
}
