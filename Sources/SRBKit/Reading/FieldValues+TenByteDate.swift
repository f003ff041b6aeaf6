/// The date forms nearly every register row has, `DD/MM/YYYY` and
/// `YYYY-MM-DD`, read from two overlapping eight-byte loads.
extension FieldValues {
    /// The day written in a field of exactly ten bytes as `DD/MM/YYYY` (one
    /// separator, `/`, `-` or `.`, twice; day or month first by `order`) or as
    /// `YYYY-MM-DD` (any of those separators, in any order), when that day
    /// exists: the day `date` reads from it. Nil for anything else (blanks, a
    /// time, one-digit numbers, a day that does not exist, `ymd` for a day- or
    /// month-first form), which `date` then reads byte by byte, failures and all.
    @inline(__always)
    static func tenByteDate(_ field: UnsafeBufferPointer<UInt8>, order: DateOrder) -> CalendarDay? {
        guard field.count == 10, let base = field.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))  // bytes 0–7
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 2, as: UInt64.self))  // bytes 2–9
        // Each byte as a number, by constant shifts: 0–7 from the head, 8 and 9 from the tail.
        let b0 = Int(truncatingIfNeeded: head & 0xFF), b1 = Int(truncatingIfNeeded: (head >> 8) & 0xFF)
        let b2 = Int(truncatingIfNeeded: (head >> 16) & 0xFF), b3 = Int(truncatingIfNeeded: (head >> 24) & 0xFF)
        let b4 = Int(truncatingIfNeeded: (head >> 32) & 0xFF), b5 = Int(truncatingIfNeeded: (head >> 40) & 0xFF)
        let b6 = Int(truncatingIfNeeded: (head >> 48) & 0xFF), b7 = Int(truncatingIfNeeded: head >> 56)
        let b8 = Int(truncatingIfNeeded: (tail >> 48) & 0xFF), b9 = Int(truncatingIfNeeded: tail >> 56)
        // Bytes 8 and 9 are lanes 6 and 7 of the tail; its lanes 0–5 are bytes 2–7, checked in the head.
        let lastTwo: UInt64 = 0xFFFF_0000_0000_0000
        let year: Int, month: Int, day: Int
        if b2 == b5, isDateSeparator(b2) {
            guard areDigits(head, lanes: 0xFFFF_00FF_FF00_FFFF), areDigits(tail, lanes: lastTwo) else { return nil }
            let first = b0 &* 10 &+ b1 &- 528, second = b3 &* 10 &+ b4 &- 528  // 528 = 48 × 11
            switch order {
            case .dmy, .auto: (day, month) = (first, second)
            case .mdy: (month, day) = (first, second)
            case .ymd: return nil  // a two-digit year first: `date` says so
            }
            year = b6 &* 1000 &+ b7 &* 100 &+ b8 &* 10 &+ b9 &- 53_328  // 53,328 = 48 × 1,111
        } else if b4 == b7, isDateSeparator(b4) {
            guard areDigits(head, lanes: 0x00FF_FF00_FFFF_FFFF), areDigits(tail, lanes: lastTwo) else { return nil }
            year = b0 &* 1000 &+ b1 &* 100 &+ b2 &* 10 &+ b3 &- 53_328
            (month, day) = (b5 &* 10 &+ b6 &- 528, b8 &* 10 &+ b9 &- 528)
        } else {
            return nil
        }
        return CalendarDay.existing(year: year, month: month, day: day)
    }

    @inline(__always)
    private static func isDateSeparator(_ byte: Int) -> Bool {
        byte == Int(UInt8(ascii: "/")) || byte == Int(UInt8(ascii: "-")) || byte == Int(UInt8(ascii: "."))
    }

    /// True when every byte of `word` in `lanes` (a mask of whole bytes) is an
    /// ASCII digit: its high half is 3, and stays 3 with 6 added (0x30–0x39).
    /// The other bytes must be separators or digits, already checked, so that
    /// adding 6 carries from no byte into the next.
    @inline(__always)
    private static func areDigits(_ word: UInt64, lanes: UInt64) -> Bool {
        let highHalves: UInt64 = 0xF0F0_F0F0_F0F0_F0F0, threes: UInt64 = 0x3030_3030_3030_3030
        return word & highHalves & lanes == threes & lanes
            && (word &+ 0x0606_0606_0606_0606) & highHalves & lanes == threes & lanes
    }
}
