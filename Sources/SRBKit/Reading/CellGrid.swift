/// The cells of a scan while reading, in flat arrays indexed by unit and by a
/// compact month index (years since the first year of the grid × 13 + month,
/// month 0 for a whole year), so that counting a row hashes nothing.
/// `RegisterScan.cells` is built from it once, at the end.
///
/// The grid spans at most `maximumYears` years and `slotBudget` slots (4 bytes
/// each) over all units; a cell outside it goes to a dictionary instead, and
/// `cells` adds up both, so the result never depends on where a cell was kept.
struct CellGrid {
    private static let maximumYears = 100
    private static let slotBudget = 2_000_000

    private var firstYear = 0
    private var years = 0
    /// Per unit: 1 + index into `keys` and `values` per compact month; 0 is none.
    /// Empty for a unit not (yet) in the grid.
    private var slots: [[Int32]] = []
    private var unitsInGrid = 0
    private var keys: [RegisterScan.CellKey] = []
    private var values: [RegisterScan.Cell] = []
    private var outside: [RegisterScan.CellKey: RegisterScan.Cell] = [:]

    /// Counts one row of `unit` bringing `tally` to `bucket`.
    mutating func add(_ tally: OrderedTally, unit: Int, bucket: RegisterScan.TimeBucket) {
        add(RegisterScan.Cell(tally: tally, rows: 1), unit: unit, bucket: bucket)
    }

    /// Adds a cell's births and rows to `unit`'s cell of `bucket`.
    mutating func add(_ cell: RegisterScan.Cell, unit: Int, bucket: RegisterScan.TimeBucket) {
        if let position = position(unit: unit, year: bucket.year) {
            let index = position + bucket.month
            let slot = slots[unit][index]
            if slot != 0 {
                values[Int(slot) - 1].tally += cell.tally
                values[Int(slot) - 1].rows += cell.rows
                return
            }
            if values.count < Int(Int32.max) {
                keys.append(RegisterScan.CellKey(unit: unit, bucket: bucket))
                values.append(cell)
                slots[unit][index] = Int32(values.count)
                return
            }
        }
        let key = RegisterScan.CellKey(unit: unit, bucket: bucket)
        outside[key, default: RegisterScan.Cell()].tally += cell.tally
        outside[key, default: RegisterScan.Cell()].rows += cell.rows
    }

    /// Adds every cell of `other`, whose unit `u` is unit `unitMap[u]` here.
    mutating func absorb(_ other: CellGrid, unitMap: [Int]) {
        for (key, cell) in other.cells {
            add(cell, unit: unitMap[key.unit], bucket: key.bucket)
        }
    }

    /// Counts one birth of `unit` in `bucket`: what `add` does with a tally of
    /// one boy or girl of that order, without building the tally.
    mutating func addBirth(order: BirthOrder, isBoy: Bool, unit: Int, bucket: RegisterScan.TimeBucket) {
        if let position = position(unit: unit, year: bucket.year) {
            let slot = slots[unit][position + bucket.month]
            if slot != 0 {
                let index = Int(slot) - 1
                values[index].rows += 1
                switch (order, isBoy) {
                case (.first, true): values[index].tally.first.boys += 1
                case (.first, false): values[index].tally.first.girls += 1
                case (.second, true): values[index].tally.second.boys += 1
                case (.second, false): values[index].tally.second.girls += 1
                case (.thirdOrLater, true): values[index].tally.thirdOrLater.boys += 1
                case (.thirdOrLater, false): values[index].tally.thirdOrLater.girls += 1
                case (.unknown, true): values[index].tally.unknown.boys += 1
                case (.unknown, false): values[index].tally.unknown.girls += 1
                }
                return
            }
        }
        var tally = OrderedTally()
        tally[order] = isBoy ? Tally(boys: 1) : Tally(girls: 1)
        add(tally, unit: unit, bucket: bucket)
    }

    /// Every cell, keyed as `RegisterScan.cells` shows them.
    var cells: [RegisterScan.CellKey: RegisterScan.Cell] {
        var result = outside
        result.reserveCapacity(outside.count + keys.count)
        for (key, value) in zip(keys, values) {
            result[key, default: RegisterScan.Cell()].tally += value.tally
            result[key, default: RegisterScan.Cell()].rows += value.rows
        }
        return result
    }

    /// Index of month 0 of `year` in the unit's slots; nil when the cell is kept outside the grid.
    private mutating func position(unit: Int, year: Int) -> Int? {
        if years == 0 {
            firstYear = year
            years = 1
        }
        if year < firstYear || year >= firstYear + years {
            guard widen(toInclude: year) else { return nil }
        }
        if unit >= slots.count || slots[unit].isEmpty {
            guard (unitsInGrid + 1) * years * 13 <= CellGrid.slotBudget else { return nil }
            while slots.count <= unit { slots.append([]) }
            slots[unit] = [Int32](repeating: 0, count: years * 13)
            unitsInGrid += 1
        }
        return (year - firstYear) * 13
    }

    private mutating func widen(toInclude year: Int) -> Bool {
        let newFirst = min(firstYear, year)
        let newYears = max(firstYear + years, year + 1) - newFirst
        guard newYears <= CellGrid.maximumYears, unitsInGrid * newYears * 13 <= CellGrid.slotBudget else { return false }
        let shift = (firstYear - newFirst) * 13
        for unit in slots.indices where !slots[unit].isEmpty {
            var wider = [Int32](repeating: 0, count: newYears * 13)
            for (index, slot) in slots[unit].enumerated() { wider[shift + index] = slot }
            slots[unit] = wider
        }
        firstYear = newFirst
        years = newYears
        return true
    }
}
