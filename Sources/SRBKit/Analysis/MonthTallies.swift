/// The births of a scan per group (and in all), split by birth order, month by
/// month over the months the monthly view reaches (M − 34 to M: the previous 12
/// months and the first rolling window), with whole-year counts by year:
/// gathered in one pass over the cells, then summed per window.
struct MonthTallies {
    /// The first month held.
    let first: CalendarMonth
    /// `months[slot][offset]`: slot = group index, or `groupCount` for all units;
    /// offset = months after `first`.
    private var months: [[OrderedTally]]
    /// Whole-year counts by year, per slot, for the years from `first`'s on.
    private var years: [[Int: OrderedTally]]
    let groupCount: Int

    /// The months the view reaches before M: the rolling window ending at M − 23 starts at M − 34.
    static let reach = 34

    init(scan: RegisterScan, groupOfUnit: [Int], groupCount: Int, endingAt month: CalendarMonth) {
        let first = month.adding(months: -Self.reach) ?? CalendarMonth(year: 1, month: 1)!
        let count = month.index - first.index + 1
        self.first = first
        self.groupCount = groupCount
        months = Array(repeating: Array(repeating: OrderedTally(), count: count), count: groupCount + 1)
        years = Array(repeating: [:], count: groupCount + 1)
        for (key, cell) in scan.cells {
            let tally = cell.tally
            let slots = key.unit < groupOfUnit.count ? [groupOfUnit[key.unit], groupCount] : [groupCount]
            if key.bucket.month == 0 {
                guard key.bucket.year >= first.year, key.bucket.year <= month.year else { continue }
                for slot in slots { years[slot][key.bucket.year, default: OrderedTally()] += tally }
            } else if let bucket = CalendarMonth(year: key.bucket.year, month: key.bucket.month) {
                let offset = bucket.index - first.index
                guard offset >= 0, offset < count else { continue }
                for slot in slots { months[slot][offset] += tally }
            }
        }
    }

    /// Per group and in all, the births from the first day of `from` to the last
    /// of `to` (both within the months held): months inside, and whole years the
    /// span holds entirely.
    func sum(from: CalendarMonth, to: CalendarMonth) -> (groups: [OrderedTally], total: OrderedTally) {
        let low = max(from.index - first.index, 0), high = to.index - first.index
        let sums = (0...groupCount).map { slot -> OrderedTally in
            var sum = OrderedTally()
            if low <= high { for offset in low...high { sum += months[slot][offset] } }
            for (year, tally) in years[slot] where from <= CalendarMonth(year: year, month: 1)!
                && CalendarMonth(year: year, month: 12)! <= to {
                sum += tally
            }
            return sum
        }
        return (Array(sums.prefix(groupCount)), sums[groupCount])
    }
}
