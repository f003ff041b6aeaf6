/// The cells of a scan while reading. `RegisterScan.cells` is built from it
/// once, at the end.
///
/// Births of birth rows go to a flat, dense grid of 32-bit counters: for each
/// unit, year and month, eight counters (boys and girls of each birth order)
/// side by side, so that counting a birth is one add into one 32-byte group,
/// found by arithmetic alone, whatever the order of the rows. A district of
/// 200 wards over ten years is 770 KB of counters. The grid spans at most
/// `maximumYears` years and `counterBudget` counters; anything else (count rows,
/// whole-year cells, births outside the grid, a counter that would pass
/// `UInt32.max`) goes to a dictionary, and `cells` adds up both, so the result
/// never depends on where a birth was kept.
struct CellGrid {
    private static let maximumYears = 100
    /// Counters in a group: boys and girls of each of the four birth orders.
    private static let groupSize = 8
    /// Counters per unit and year: twelve months of groups.
    private static let yearSize = 12 * groupSize

    /// Largest number of counters the dense grid holds (4 bytes each).
    private let counterBudget: Int
    private var firstYear = 0
    private var years = 0
    /// Units the grid has room for (their counters are allocated).
    private var units = 0
    /// Counter of (unit, year, month, order, sex) at
    /// `((unit × years + year − firstYear) × 12 + month − 1) × 8 + order × 2 + (girl ? 1 : 0)`.
    private var counts: [UInt32] = []
    /// Cells kept outside the dense grid, with their rows.
    private var outside: [RegisterScan.CellKey: RegisterScan.Cell] = [:]

    /// A grid of at most `counterBudget` dense counters (default 16 Mi, 64 MiB).
    init(counterBudget: Int = 1 << 24) {
        self.counterBudget = counterBudget
    }

    /// Counts one row of `unit` bringing `tally` to `bucket`.
    mutating func add(_ tally: OrderedTally, unit: Int, bucket: RegisterScan.TimeBucket) {
        add(RegisterScan.Cell(tally: tally, rows: 1), unit: unit, bucket: bucket)
    }

    /// Adds a cell's births and rows to `unit`'s cell of `bucket` (kept outside the dense grid).
    mutating func add(_ cell: RegisterScan.Cell, unit: Int, bucket: RegisterScan.TimeBucket) {
        let key = RegisterScan.CellKey(unit: unit, bucket: bucket)
        outside[key, default: RegisterScan.Cell()].tally += cell.tally
        outside[key, default: RegisterScan.Cell()].rows += cell.rows
    }

    /// Counts one birth of `unit` in `bucket`, a row of its own: what `add` does
    /// with a tally of one boy or girl of that order, without building the tally.
    @inline(__always)
    mutating func addBirth(order: BirthOrder, isBoy: Bool, unit: Int, bucket: RegisterScan.TimeBucket) {
        if bucket.month >= 1 && bucket.month <= 12, let group = group(unit: unit, year: bucket.year, month: bucket.month) {
            let index = group + CellGrid.counterOffset(order: order, isBoy: isBoy)
            if counts[index] < UInt32.max {
                counts[index] &+= 1
                return
            }
        }
        var tally = OrderedTally()
        tally[order] = isBoy ? Tally(boys: 1) : Tally(girls: 1)
        add(tally, unit: unit, bucket: bucket)
    }

    /// Adds every cell of `other`, whose unit `u` is unit `unitMap[u]` here.
    mutating func absorb(_ other: CellGrid, unitMap: [Int]) {
        for (key, cell) in other.outside {
            add(cell, unit: unitMap[key.unit], bucket: key.bucket)
        }
        other.forEachDenseCell { unit, bucket, counters in
            let target = unitMap[unit]
            for offset in 0..<CellGrid.groupSize where counters[offset] > 0 {
                let (order, isBoy) = CellGrid.orderAndSex(offset: offset)
                if let group = group(unit: target, year: bucket.year, month: bucket.month),
                   UInt32.max - counts[group + offset] >= counters[offset] {
                    counts[group + offset] += counters[offset]
                } else {
                    var tally = OrderedTally()
                    let count = Int(counters[offset])
                    tally[order] = isBoy ? Tally(boys: count) : Tally(girls: count)
                    add(RegisterScan.Cell(tally: tally, rows: count), unit: target, bucket: bucket)
                }
            }
        }
    }

    /// Every cell, as `RegisterScan.cells` shows them; a dense cell's rows are
    /// its births. The dense cells come in the order of their keys, and the few
    /// kept outside are sorted and merged in (a cell in both is added up).
    var cells: CellTable {
        let others = outside.sorted { $0.key < $1.key }
        var keys: [RegisterScan.CellKey] = [], values: [RegisterScan.Cell] = []
        var denseCells = 0
        forEachDenseCell { _, _, _ in denseCells += 1 }
        keys.reserveCapacity(others.count + denseCells)
        values.reserveCapacity(others.count + denseCells)
        var next = 0  // the first of `others` not yet taken
        func takeOthers(before key: RegisterScan.CellKey?) {
            while next < others.count, key.map({ others[next].key < $0 }) ?? true {
                keys.append(others[next].key)
                values.append(others[next].value)
                next += 1
            }
        }
        forEachDenseCell { unit, bucket, counters in
            var cell = RegisterScan.Cell()
            for offset in 0..<CellGrid.groupSize where counters[offset] > 0 {
                let (order, isBoy) = CellGrid.orderAndSex(offset: offset)
                let count = Int(counters[offset])
                cell.tally[order] += isBoy ? Tally(boys: count) : Tally(girls: count)
                cell.rows += count
            }
            let key = RegisterScan.CellKey(unit: unit, bucket: bucket)
            takeOthers(before: key)
            if next < others.count, others[next].key == key {
                cell.tally += others[next].value.tally
                cell.rows += others[next].value.rows
                next += 1
            }
            keys.append(key)
            values.append(cell)
        }
        takeOthers(before: nil)
        return CellTable(orderedKeys: keys, values: values)
    }

    /// Calls `body` with each dense cell that counted a birth: its unit, its
    /// month, and its eight counters (indexed from 0).
    private func forEachDenseCell(_ body: (Int, RegisterScan.TimeBucket, UnsafeBufferPointer<UInt32>) -> Void) {
        guard years > 0 else { return }
        counts.withUnsafeBufferPointer { counts in
            for unit in 0..<units {
                for year in 0..<years {
                    for month in 1...12 {
                        let start = ((unit * years + year) * 12 + month - 1) * CellGrid.groupSize
                        let counters = UnsafeBufferPointer(rebasing: counts[start..<start + CellGrid.groupSize])
                        guard counters.contains(where: { $0 > 0 }) else { continue }
                        body(unit, RegisterScan.TimeBucket(year: firstYear + year, month: month), counters)
                    }
                }
            }
        }
    }

    /// Where in a group the counter of `order` and sex is.
    @inline(__always)
    private static func counterOffset(order: BirthOrder, isBoy: Bool) -> Int {
        let rank = switch order {
        case .first: 0
        case .second: 1
        case .thirdOrLater: 2
        case .unknown: 3
        }
        return rank * 2 + (isBoy ? 0 : 1)
    }

    private static func orderAndSex(offset: Int) -> (BirthOrder, Bool) {
        let orders: [BirthOrder] = [.first, .second, .thirdOrLater, .unknown]
        return (orders[offset / 2], offset % 2 == 0)
    }

    /// Index of the first counter of `unit`'s group for `month` of `year`,
    /// making room for the unit or the year when the budget allows; nil when
    /// the birth is kept outside the grid.
    @inline(__always)
    private mutating func group(unit: Int, year: Int, month: Int) -> Int? {
        if year < firstYear || year >= firstYear + years || unit >= units {
            guard makeRoom(unit: unit, year: year) else { return nil }
        }
        return ((unit * years + year - firstYear) * 12 + month - 1) * CellGrid.groupSize
    }

    /// Widens the grid to hold `unit` and `year`; false when that would pass
    /// `maximumYears` or the counter budget (the grid is then left as it was).
    private mutating func makeRoom(unit: Int, year: Int) -> Bool {
        let newFirst = years == 0 ? year : min(firstYear, year)
        let newYears = years == 0 ? 1 : max(firstYear + years, year + 1) - newFirst
        let newUnits = max(units, unit + 1)
        guard newYears <= CellGrid.maximumYears, newUnits * newYears * CellGrid.yearSize <= counterBudget else {
            return false
        }
        if newFirst == firstYear && newYears == years {  // only more units: append theirs
            counts.append(contentsOf: repeatElement(0, count: (newUnits - units) * years * CellGrid.yearSize))
        } else {
            var wider = [UInt32](repeating: 0, count: newUnits * newYears * CellGrid.yearSize)
            for oldUnit in 0..<units {
                for oldYear in 0..<years {
                    let from = (oldUnit * years + oldYear) * CellGrid.yearSize
                    let to = (oldUnit * newYears + oldYear + firstYear - newFirst) * CellGrid.yearSize
                    wider[to..<to + CellGrid.yearSize] = counts[from..<from + CellGrid.yearSize]
                }
            }
            counts = wider
            firstYear = newFirst
            years = newYears
        }
        units = newUnits
        return true
    }
}
