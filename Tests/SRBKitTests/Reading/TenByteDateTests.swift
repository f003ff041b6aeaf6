import Testing
@testable import SRBKit

private func tenByte(_ text: String, _ order: DateOrder) -> CalendarDay? {
    Array(text.utf8).withUnsafeBufferPointer { FieldValues.tenByteDate($0, order: order) }
}

private func byteByByte(_ field: [UInt8], _ order: DateOrder) -> Result<CalendarDay, FieldValues.DateFailure> {
    field.withUnsafeBufferPointer { FieldValues.dateByteByByte($0, order: order) }
}

extension Reading {
    /// `FieldValues.tenByteDate`, the shortcut `date` takes for `DD/MM/YYYY` and
    /// `YYYY-MM-DD`: the day the byte-by-byte reading gives, or nil to leave the
    /// field to it.
    @Suite struct TenByteDateTests {
        @Test(arguments: [
            ("29/02/2024", DateOrder.dmy, CalendarDay(year: 2024, month: 2, day: 29)),
            ("29/02/2024", .auto, CalendarDay(year: 2024, month: 2, day: 29)),
            ("02.29.2024", .mdy, CalendarDay(year: 2024, month: 2, day: 29)),
            ("31-12-1999", .dmy, CalendarDay(year: 1999, month: 12, day: 31)),
            ("2024-02-29", .ymd, CalendarDay(year: 2024, month: 2, day: 29)),
            ("2024/12/31", .mdy, CalendarDay(year: 2024, month: 12, day: 31)),
            ("0001.01.01", .dmy, CalendarDay(year: 1, month: 1, day: 1)),
            ("29/02/2023", .dmy, nil),  // no such day: left to `date`, which says so
            ("31/04/2024", .dmy, nil),
            ("13/13/2024", .dmy, nil),
            ("00/01/2024", .dmy, nil),
            ("0000-01-01", .dmy, nil),  // year 0
            ("15/03/2024", .ymd, nil),  // a two-digit year first
            ("15/03-2024", .dmy, nil),
            ("2024-03/15", .dmy, nil),
            (" 1/3/2024 ", .dmy, nil),  // blanks: read byte by byte
            ("1/03/2024 ", .dmy, nil),
            ("15/0a/2024", .dmy, nil),
            ("15/03/202:", .dmy, nil),
            ("15x03x2024", .dmy, nil),
            ("15,03,2024", .dmy, nil),
            ("2024-03-15T", .dmy, nil),  // eleven bytes
        ] as [(String, DateOrder, CalendarDay?)])
        func readsTheTwoCommonFormsOnly(text: String, order: DateOrder, expected: CalendarDay?) {
            #expect(tenByte(text, order) == expected)
        }

        /// Random ten-byte fields, most shaped like the two forms (numbers out of
        /// range, mixed separators, stray bytes, high bytes that would carry in
        /// word arithmetic), in every order: the shortcut's day is always the
        /// byte-by-byte reading's, and a well-formed field is never left to it
        /// when its day exists.
        @Test func agreesWithTheByteByByteReading() {
            var random = SplitMix64(seed: 2_024_0315)
            let separators = Array("/-.".utf8), strays: [UInt8] = Array(" ,:xT0".utf8) + [0x2F, 0x3A, 0x40, 0xFA, 0xFF]
            func digits(_ value: Int, _ count: Int) -> [UInt8] {
                var value = value, result = [UInt8](repeating: 48, count: count)
                for index in (0..<count).reversed() { result[index] = UInt8(48 + value % 10); value /= 10 }
                return result
            }
            var taken = 0
            for trial in 0..<60_000 {
                let isoForm = trial % 2 == 0
                let (first, second) = (separators.randomElement(using: &random)!, separators.randomElement(using: &random)!)
                let same = random.next() % 4 != 0
                let (day, month) = (Int(random.next() % 34), Int(random.next() % 15))
                let year = random.next() % 8 == 0 ? Int(random.next() % 10_000) : 1990 + Int(random.next() % 40)
                var field = isoForm
                    ? digits(year, 4) + [first] + digits(month, 2) + [same ? first : second] + digits(day, 2)
                    : digits(day, 2) + [first] + digits(month, 2) + [same ? first : second] + digits(year, 4)
                let damaged = random.next() % 3 == 0
                if damaged { field[Int(random.next() % 10)] = strays.randomElement(using: &random)! }
                for order in DateOrder.allCases {
                    let shortcut = field.withUnsafeBufferPointer { FieldValues.tenByteDate($0, order: order) }
                    let reading = byteByByte(field, order)
                    if let shortcut {
                        #expect(reading == .success(shortcut), "\(String(decoding: field, as: UTF8.self)) \(order)")
                        taken += 1
                    } else if !damaged, same, isoForm || order != .ymd {
                        #expect(throws: FieldValues.DateFailure.self, "\(String(decoding: field, as: UTF8.self)) \(order)") {
                            try reading.get()
                        }
                    }
                }
            }
            #expect(taken > 60_000)  // the shortcut does take most fields
        }
    }
}
