import Testing
@testable import SRBKit

/// The cells a plain dictionary gets from the same births and count cells:
/// the reference `CellGrid` must equal, wherever it kept each birth.
private struct ReferenceCells {
    var cells: [RegisterScan.CellKey: RegisterScan.Cell] = [:]

    mutating func addBirth(order: BirthOrder, isBoy: Bool, unit: Int, year: Int, month: Int) {
        let key = RegisterScan.CellKey(unit: unit, bucket: RegisterScan.TimeBucket(year: year, month: month))
        var cell = cells[key, default: RegisterScan.Cell()]
        var tally = cell.tally[order]
        if isBoy { tally.boys += 1 } else { tally.girls += 1 }
        cell.tally[order] = tally
        cell.rows += 1
        cells[key] = cell
    }

    mutating func add(_ added: RegisterScan.Cell, unit: Int, year: Int, month: Int) {
        let key = RegisterScan.CellKey(unit: unit, bucket: RegisterScan.TimeBucket(year: year, month: month))
        var cell = cells[key, default: RegisterScan.Cell()]
        for order in BirthOrder.allCases {
            cell.tally[order] = Tally(boys: cell.tally[order].boys + added.tally[order].boys,
                                      girls: cell.tally[order].girls + added.tally[order].girls)
        }
        cell.rows += added.rows
        cells[key] = cell
    }
}

/// A seeded stream of births in no particular order: units, years and months
/// at random, years on both sides of the first one (so the grid widens both ways).
private struct Births: Sequence, IteratorProtocol {
    var state: UInt64
    var left: Int
    let units: Int
    let years: ClosedRange<Int>

    mutating func next() -> (order: BirthOrder, isBoy: Bool, unit: Int, year: Int, month: Int)? {
        guard left > 0 else { return nil }
        left -= 1
        func draw(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (BirthOrder.allCases[draw(4)], draw(2) == 0, draw(units),
                years.lowerBound + draw(years.count), 1 + draw(12))
    }
}

extension Reading {
    @Suite struct CellGridTests {
        fileprivate static func fill(_ grid: inout CellGrid, _ reference: inout ReferenceCells, births: Births) {
            for birth in births {
                grid.addBirth(order: birth.order, isBoy: birth.isBoy, unit: birth.unit,
                              bucket: RegisterScan.TimeBucket(year: birth.year, month: birth.month))
                reference.addBirth(order: birth.order, isBoy: birth.isBoy, unit: birth.unit, year: birth.year, month: birth.month)
            }
        }

        /// Budgets from none at all (everything outside the grid) to ample: the cells never change.
        @Test(arguments: [0, 96, 96 * 7, 96 * 50, 1 << 24])
        func shuffledBirthsGiveTheCellsADictionaryGives(budget: Int) {
            var grid = CellGrid(counterBudget: budget)
            var reference = ReferenceCells()
            // The first birth's year is in the middle: later ones widen the grid down and up.
            grid.addBirth(order: .second, isBoy: false, unit: 3, bucket: RegisterScan.TimeBucket(year: 2020, month: 6))
            reference.addBirth(order: .second, isBoy: false, unit: 3, year: 2020, month: 6)
            Self.fill(&grid, &reference, births: Births(state: 7, left: 20_000, units: 9, years: 2015...2024))
            #expect(grid.cells == CellTable(reference.cells))
            #expect(grid.cells.values.reduce(0) { $0 + $1.rows } == 20_001)
        }

        /// Count rows and whole-year cells go beside the births and add up with them.
        @Test func countCellsAndBirthsOfOneMonthAddUp() {
            var grid = CellGrid()
            var reference = ReferenceCells()
            var counted = OrderedTally()
            counted.first = Tally(boys: 40, girls: 35)
            counted.unknown = Tally(boys: 2)
            grid.add(RegisterScan.Cell(tally: counted, rows: 1), unit: 1, bucket: RegisterScan.TimeBucket(year: 2024, month: 3))
            reference.add(RegisterScan.Cell(tally: counted, rows: 1), unit: 1, year: 2024, month: 3)
            grid.add(counted, unit: 1, bucket: RegisterScan.TimeBucket(year: 2024, month: 0))
            reference.add(RegisterScan.Cell(tally: counted, rows: 1), unit: 1, year: 2024, month: 0)
            for _ in 0..<5 {
                grid.addBirth(order: .first, isBoy: true, unit: 1, bucket: RegisterScan.TimeBucket(year: 2024, month: 3))
                reference.addBirth(order: .first, isBoy: true, unit: 1, year: 2024, month: 3)
            }
            let march = grid.cells[RegisterScan.CellKey(unit: 1, bucket: RegisterScan.TimeBucket(year: 2024, month: 3))]
            #expect(march?.tally.first == Tally(boys: 45, girls: 35))   // 40 counted + 5 births
            #expect(march?.tally.unknown == Tally(boys: 2))
            #expect(march?.rows == 6)                                    // one count row + five birth rows
            #expect(grid.cells == CellTable(reference.cells))
        }

        /// Two halves read apart and merged, the second's units numbered otherwise, equal one read.
        @Test func absorbingAnotherGridWithOtherUnitNumbersEqualsOneGrid() {
            var first = CellGrid(counterBudget: 96 * 20)
            var second = CellGrid()
            var reference = ReferenceCells()
            Self.fill(&first, &reference, births: Births(state: 11, left: 5_000, units: 6, years: 2018...2022))
            var secondReference = ReferenceCells()
            Self.fill(&second, &secondReference, births: Births(state: 12, left: 5_000, units: 6, years: 2016...2023))
            let unitMap = [5, 4, 3, 2, 1, 0]
            for (key, cell) in secondReference.cells {
                reference.add(cell, unit: unitMap[key.unit], year: key.bucket.year, month: key.bucket.month)
            }
            first.absorb(second, unitMap: unitMap)
            #expect(first.cells == CellTable(reference.cells))
        }

        @Test func noBirthGivesNoCell() {
            #expect(CellGrid().cells.isEmpty)
        }
    }
}
