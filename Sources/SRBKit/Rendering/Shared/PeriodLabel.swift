/// A period written the shortest way `--period` accepts it: `2024`, `2024-Q2`,
/// `2024-03`, `2021..2024`, `2024-01..2024-06`, else `2024-01-15..2024-02-14`.
public enum PeriodLabel {
    public static func text(_ period: Period) -> String {
        let from = period.from, to = period.to
        let startsMonth = from.day == 1
        let endsMonth = to.day == CalendarDay.daysIn(month: to.month, year: to.year)
        let month = { (day: CalendarDay) in "\(CalendarDay.padded(day.year, 4))-\(CalendarDay.padded(day.month, 2))" }
        if startsMonth && endsMonth && from.month == 1 && to.month == 12 {
            return from.year == to.year ? String(from.year) : "\(from.year)..\(to.year)"
        }
        if startsMonth && endsMonth {
            if from.year == to.year && from.month == to.month { return month(from) }
            if from.year == to.year && (from.month - 1) % 3 == 0 && to.month == from.month + 2 {
                return "\(from.year)-Q\((from.month + 2) / 3)"
            }
            return "\(month(from))..\(month(to))"
        }
        return from == to ? from.description : "\(from)..\(to)"
    }
}
