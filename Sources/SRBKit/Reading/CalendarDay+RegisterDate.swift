extension CalendarDay {
    /// Reads a date the way register dates are read: `YYYY-MM-DD`, or
    /// `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY` in `order` (day first by default); a
    /// time after the date is ignored. Nil for anything else, a two-digit year
    /// or a day that does not exist. Used for `--as-of` and completion dates.
    public init?(registerDate text: String, order: DateOrder = .dmy) {
        let read = Array(text.utf8).withUnsafeBufferPointer { FieldValues.date($0, order: order) }
        guard case .success(let day) = read else { return nil }
        self = day
    }
}
