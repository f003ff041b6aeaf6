/// Excel date serial numbers as ISO dates.
///
/// The 1900 system counts 1 = 1900-01-01 and keeps Lotus 1-2-3's 29 February
/// 1900 that never was: 1–59 are 1 January–28 February 1900, 60 is written
/// `1900-02-29` as Excel shows it, 61 and up are one day behind the count
/// (61 = 1900-03-01). The 1904 system counts 0 = 1904-01-01.
enum ExcelDate {
    /// `YYYY-MM-DD` of the day `serial` falls on, its time of day (rounded to the
    /// millisecond first, so 0.9999999 is the next day) dropped; nil before the
    /// first day of the system (serial 1, or 0 for 1904) and after 9999-12-31,
    /// where Excel shows no date either.
    static func isoDate(serial: Double, uses1904: Bool) -> [UInt8]? {
        var text: [UInt8] = []
        return appendISODate(serial: serial, uses1904: uses1904, to: &text) ? text : nil
    }

    /// Appends what `isoDate` gives to `text`; false (nothing appended) where it gives nil.
    static func appendISODate(serial: Double, uses1904: Bool, to text: inout [UInt8]) -> Bool {
        guard serial.isFinite, serial < 3_000_000, serial > -1 else { return false }
        let day = Int(((serial * 86_400_000).rounded() / 86_400_000).rounded(.down))
        let daysFromEpoch: Int  // days since 1970-01-01
        if uses1904 {
            guard day >= 0 else { return false }
            daysFromEpoch = day - 24_107
        } else {
            guard day >= 1 else { return false }
            if day == 60 {
                text.append(contentsOf: "1900-02-29".utf8)
                return true
            }
            daysFromEpoch = day - (day < 60 ? 25_568 : 25_569)
        }
        let (year, month, dayOfMonth) = civil(daysFromEpoch)
        guard year <= 9999 else { return false }
        let zero = UInt8(ascii: "0")
        let dash = UInt8(ascii: "-")
        text.append(zero + UInt8(year / 1000))
        text.append(zero + UInt8(year / 100 % 10))
        text.append(zero + UInt8(year / 10 % 10))
        text.append(zero + UInt8(year % 10))
        text.append(dash)
        text.append(zero + UInt8(month / 10))
        text.append(zero + UInt8(month % 10))
        text.append(dash)
        text.append(zero + UInt8(dayOfMonth / 10))
        text.append(zero + UInt8(dayOfMonth % 10))
        return true
    }

    /// The date of days since 1970-01-01 in the proleptic Gregorian calendar
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

}
