import Testing
@testable import SRBKit

private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

/// The parsers take fields in place (views of the read buffer); these hand them test bytes.
private extension FieldValues {
    static func date(_ field: ArraySlice<UInt8>, order: DateOrder) -> Result<CalendarDay, DateFailure> {
        field.withUnsafeBufferPointer { date($0, order: order) }
    }
    static func count(_ field: ArraySlice<UInt8>) -> Int? { field.withUnsafeBufferPointer { count($0) } }
    static func countReading(_ field: ArraySlice<UInt8>) -> CountReading { field.withUnsafeBufferPointer { countReading($0) } }
    static func countPeriod(_ field: ArraySlice<UInt8>) -> Period? { field.withUnsafeBufferPointer { countPeriod($0) } }
    static func countPeriod(year: ArraySlice<UInt8>, month: ArraySlice<UInt8>) -> Period? {
        year.withUnsafeBufferPointer { year in month.withUnsafeBufferPointer { countPeriod(year: year, month: $0) } }
    }
    static func birthOrder(_ field: ArraySlice<UInt8>) -> Int? { field.withUnsafeBufferPointer { birthOrder($0) } }
    static func birthOrderGroup(_ field: ArraySlice<UInt8>) -> BirthOrder { field.withUnsafeBufferPointer { birthOrderGroup($0) } }
    static func trimmed(_ field: ArraySlice<UInt8>) -> [UInt8] { field.withUnsafeBufferPointer { Array(trimmed($0)) } }
}

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)!
}

private func span(_ from: CalendarDay, _ to: CalendarDay) -> Period { Period(from: from, to: to)! }

private typealias DateResult = Result<CalendarDay, FieldValues.DateFailure>

extension Reading {
    @Suite struct FieldValuesTests {
        // MARK: Dates

        @Test(arguments: [
            // ISO, whatever the order asked for
            ("2024-03-15", DateOrder.dmy, DateResult.success(day(2024, 3, 15))),
            ("2024-03-15", .mdy, .success(day(2024, 3, 15))),
            ("2024-03-15", .ymd, .success(day(2024, 3, 15))),
            // day first, the default, with each separator
            ("15/03/2024", .dmy, .success(day(2024, 3, 15))),
            ("15-03-2024", .dmy, .success(day(2024, 3, 15))),
            ("15.03.2024", .dmy, .success(day(2024, 3, 15))),
            ("5/3/2024", .dmy, .success(day(2024, 3, 5))),
            // month first
            ("5/3/2024", .mdy, .success(day(2024, 5, 3))),
            ("03/15/2024", .mdy, .success(day(2024, 3, 15))),
            ("03/15/2024", .dmy, .failure(.nonexistent)),
            // year first
            ("2024/03/15", .ymd, .success(day(2024, 3, 15))),
            ("2024.03.15", .dmy, .success(day(2024, 3, 15))),
            // a time after the date, and surrounding blanks
            ("15/03/2024 08:30", .dmy, .success(day(2024, 3, 15))),
            ("15/03/2024 8:30:00 AM", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15T08:30:00", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15 00:00:00.000", .dmy, .success(day(2024, 3, 15))),
            ("  15/03/2024 ", .dmy, .success(day(2024, 3, 15))),
            ("15/03/2024 8:30", .dmy, .success(day(2024, 3, 15))),
            ("9/15/2024 12:00:00 AM", .mdy, .success(day(2024, 9, 15))),
            ("15/03/2024 8:30 CH", .dmy, .success(day(2024, 3, 15))),
            ("15/03/2024 08:30SA", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15T08:30:00Z", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15T08:30:00.123+07:00", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15T08:30:00+0700", .dmy, .success(day(2024, 3, 15))),
            ("2024-03-15 08:30:59,5", .dmy, .success(day(2024, 3, 15))),
            // what follows a date must look like a time
            ("15/03/2024 abc", .dmy, .failure(.unreadable)),
            ("15/03/2024 Nam", .dmy, .failure(.unreadable)),
            ("15/03/2024 8", .dmy, .failure(.unreadable)),
            ("15/03/2024 8:3", .dmy, .failure(.unreadable)),
            ("15/03/2024 25:00", .dmy, .failure(.unreadable)),
            ("15/03/2024 08:60", .dmy, .failure(.unreadable)),
            ("15/03/2024 13:00 PM", .dmy, .failure(.unreadable)),
            ("15/03/2024 08:30 xyz", .dmy, .failure(.unreadable)),
            ("2024-03-15T", .dmy, .failure(.unreadable)),
            ("2024-03-15T08:30+7", .dmy, .failure(.unreadable)),
            // days that do not exist
            ("31/02/2024", .dmy, .failure(.nonexistent)),
            ("30/02/2024", .dmy, .failure(.nonexistent)),
            ("29/02/2024", .dmy, .success(day(2024, 2, 29))),
            ("29/02/2023", .dmy, .failure(.nonexistent)),
            ("2023-02-29", .dmy, .failure(.nonexistent)),
            ("29/02/2000", .dmy, .success(day(2000, 2, 29))),
            ("29/02/1900", .dmy, .failure(.nonexistent)),
            ("31/04/2024", .dmy, .failure(.nonexistent)),
            ("00/01/2024", .dmy, .failure(.nonexistent)),
            ("2024-00-10", .dmy, .failure(.nonexistent)),
            ("2024-13-01", .dmy, .failure(.nonexistent)),
            // two-digit years are never guessed
            ("15/03/24", .dmy, .failure(.twoDigitYear)),
            ("3/15/24", .mdy, .failure(.twoDigitYear)),
            ("24/03/15", .ymd, .failure(.twoDigitYear)),
            ("24-03-15", .dmy, .failure(.twoDigitYear)),
            ("15/03/2024", .ymd, .failure(.twoDigitYear)),
            // ten bytes that are not quite the common shapes
            ("15/03-2024", .dmy, .failure(.unreadable)),
            ("2024-03/15", .dmy, .failure(.unreadable)),
            ("1a/03/2024", .dmy, .failure(.unreadable)),
            ("15/03/20x4", .dmy, .failure(.unreadable)),
            // not dates
            ("", .dmy, .failure(.unreadable)),
            ("   ", .dmy, .failure(.unreadable)),
            ("abc", .dmy, .failure(.unreadable)),
            ("15/03", .dmy, .failure(.unreadable)),
            ("15032024", .dmy, .failure(.unreadable)),
            ("15/03-2024", .dmy, .failure(.unreadable)),
            ("15/03/2024abc", .dmy, .failure(.unreadable)),
            ("15/003/2024", .dmy, .failure(.unreadable)),
            ("15/03/20245", .dmy, .failure(.unreadable)),
            ("15/03/202", .dmy, .failure(.unreadable)),
            ("1/2/3", .dmy, .failure(.unreadable)),
            ("15 03 2024", .dmy, .failure(.unreadable)),
        ])
        func birthDate(text: String, order: DateOrder, expected: Result<CalendarDay, FieldValues.DateFailure>) {
            #expect(FieldValues.date(bytes(text), order: order) == expected)
        }

        // MARK: Counts

        @Test(arguments: [
            ("0", 0), ("12", 12), ("007", 7), (" 7 ", 7), ("\t41\t", 41), ("1234567", 1_234_567),
            ("000000000000012", 12),
        ])
        func countIsAWholeNumber(text: String, expected: Int) {
            #expect(FieldValues.count(bytes(text)) == expected)
        }

        @Test(arguments: ["", " ", "-1", "+3", "1.5", "1,000", "1 000", "abc", "1e3", "12a", "٣"])
        func countRejectsAnythingElse(text: String) {
            #expect(FieldValues.count(bytes(text)) == nil)
            #expect(FieldValues.countReading(bytes(text)) == .notAWholeNumber)
        }

        @Test(arguments: ["1000000000", "99999999999", " 0012345678901 "])
        func countOfMoreThanNineDigitsIsTooLargeNotUnreadable(text: String) {
            #expect(FieldValues.countReading(bytes(text)) == .tooLarge)
            #expect(FieldValues.countReading(bytes("999999999")) == .value(999_999_999))
        }

        // MARK: Periods of count rows

        @Test(arguments: [
            ("2024-03", span(day(2024, 3, 1), day(2024, 3, 31))),
            ("2024-02", span(day(2024, 2, 1), day(2024, 2, 29))),
            ("2023-02", span(day(2023, 2, 1), day(2023, 2, 28))),
            ("03/2024", span(day(2024, 3, 1), day(2024, 3, 31))),
            ("3/2024", span(day(2024, 3, 1), day(2024, 3, 31))),
            ("12/2024", span(day(2024, 12, 1), day(2024, 12, 31))),
            ("2024", span(day(2024, 1, 1), day(2024, 12, 31))),
            (" 2024-11 ", span(day(2024, 11, 1), day(2024, 11, 30))),
        ])
        func countPeriodColumnForms(text: String, expected: Period) {
            #expect(FieldValues.countPeriod(bytes(text)) == expected)
        }

        @Test(arguments: ["2024-13", "2024-00", "13/2024", "00/2024", "24-03", "2024/03", "2024-03-15", "03/24",
                          "2024-003", "", "abcd", "202", "20245", "2024-", "/2024", "Tháng 3"])
        func countPeriodColumnRejectsMalformedOrNonexistent(text: String) {
            #expect(FieldValues.countPeriod(bytes(text)) == nil)
        }

        @Test(arguments: [
            ("2024", "03", span(day(2024, 3, 1), day(2024, 3, 31))),
            ("2024", "3", span(day(2024, 3, 1), day(2024, 3, 31))),
            (" 2024 ", " 12 ", span(day(2024, 12, 1), day(2024, 12, 31))),
        ])
        func yearAndMonthColumns(year: String, month: String, expected: Period) {
            #expect(FieldValues.countPeriod(year: bytes(year), month: bytes(month)) == expected)
        }

        @Test(arguments: [("2024", "13"), ("2024", "0"), ("2024", "x"), ("2024", "-1"), ("2024", "003"),
                          ("24", "3"), ("20x4", "3"), ("", "3"), ("20245", "1"), ("", "")])
        func yearAndMonthColumnsRejectNonexistentMonthOrBadYear(year: String, month: String) {
            #expect(FieldValues.countPeriod(year: bytes(year), month: bytes(month)) == nil)
        }

        @Test(arguments: ["", "  "])
        func emptyMonthIsTheWholeYear(month: String) {
            #expect(FieldValues.countPeriod(year: bytes("2024"), month: bytes(month)) == Period.year(2024))
        }

        // MARK: Birth order

        @Test(arguments: [("1", 1 as Int?), ("2", 2), (" 3 ", 3), ("7", 7), ("0", nil), ("", nil), ("x", nil), ("-2", nil)])
        func birthOrderIsOneBasedOrUnknown(text: String, expected: Int?) {
            #expect(FieldValues.birthOrder(bytes(text)) == expected)
        }

        @Test(arguments: [
            ("1", BirthOrder.first), ("2", .second), ("3", .thirdOrLater), ("9", .thirdOrLater), ("12", .thirdOrLater),
            ("0", .unknown), ("", .unknown), ("x", .unknown), (" 2 ", .second), ("02", .second), ("-1", .unknown),
        ])
        func birthOrderGroupOfACell(text: String, expected: BirthOrder) {
            #expect(FieldValues.birthOrderGroup(bytes(text)) == expected)
        }

        @Test func trimmedDropsSpacesAndTabsOnly() {
            #expect(Array(FieldValues.trimmed(bytes(" \tNam \t"))) == Array("Nam".utf8))
            #expect(Array(FieldValues.trimmed(bytes("\u{00A0}x"))) == Array("\u{00A0}x".utf8))
        }
    }
}
