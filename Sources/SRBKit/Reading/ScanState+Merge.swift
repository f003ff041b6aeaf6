/// Reading one file on two threads (`SplitFileRead`): the state a second
/// thread starts from, and taking in what it read.
extension ScanState {
    /// True when the current file has an id column (duplicates are looked for).
    var keepsIDs: Bool { rowFacts.idColumn != nil }

    /// Makes room in the id table for `count` more rows' ids.
    mutating func expectMoreRows(_ count: Int) {
        if keepsIDs { seenIDs.reserve(seenIDs.count + count) }
    }

    /// A state that has read the current file's header and nothing else, not
    /// even earlier files: what a second thread reading the rest of the file
    /// starts from.
    func startingAfterHeader() -> ScanState {
        var fresh = ScanState(settings: settings)
        fresh.scan.files = scan.files
        fresh.sheetByFile = sheetByFile
        fresh.beginFile(named: fileName)
        fresh.layout = layout
        fresh.rowFacts = rowFacts
        fresh.fileDateOrder = fileDateOrder
        return fresh
    }

    /// Takes in what `other` read from the rest of the current file, starting
    /// `lineOffset` lines down, as if this state had read those rows itself.
    /// Returns false, changing nothing, when that cannot be done exactly: the
    /// other state left spellings unlisted (more than `SpellingTally.listedLimit`
    /// of them), or saw an id this one has seen. `keepsIDs` false leaves the
    /// other's ids out of this state (no later file to check them against).
    /// The other state's id pages are freed as they are taken in.
    mutating func absorb(_ other: inout ScanState, lineOffset: Int, keepsIDs: Bool) -> Bool {
        guard sexSpellings.canAbsorb(other.sexSpellings), unknownUnits.canAbsorb(other.unknownUnits),
              other.seenIDs.count == 0 || !seenIDs.sharesAnID(with: other.seenIDs),
              !other.seenCountRows.keys.contains(where: { seenCountRows[$0] != nil }) else { return false }
        var unitMap: [Int] = []
        unitMap.reserveCapacity(other.scan.units.count)
        for unit in other.scan.units {
            let index: Int
            if scan.hasRegistry {
                index = unitMap.count  // the registry's units, in its order, on both sides
            } else if let known = unitIndexByKey[unit.key] {
                index = known
            } else {
                index = scan.units.count
                unitIndexByKey[unit.key] = index
                scan.units.append(RegisterScan.ScannedUnit(key: unit.key, name: unit.name, district: nil, province: nil))
            }
            if scan.units[index].district == nil { scan.units[index].district = unit.district }
            if scan.units[index].province == nil { scan.units[index].province = unit.province }
            unitMap.append(index)
        }
        cells.absorb(other.cells, unitMap: unitMap)
        scan.ageTally.absorb(other.scan.ageTally) { unitMap[$0] }
        if other.scan.hasMotherAgeColumn { scan.hasMotherAgeColumn = true }
        scan.rowsRead += other.scan.rowsRead
        scan.rowsOutsidePeriod += other.scan.rowsOutsidePeriod
        for rejection in other.scan.firstRejections where scan.firstRejections.count < RegisterScan.keptRejections {
            scan.firstRejections.append(rejection.shifted(byLines: lineOffset))
        }
        for rejection in other.scan.duplicateExamples where scan.duplicateExamples.count < RegisterScan.keptDuplicates {
            scan.duplicateExamples.append(rejection.shifted(byLines: lineOffset))
        }
        for (reason, count) in other.scan.rejectedByReason { scan.rejectedByReason[reason, default: 0] += count }
        func moved(_ location: SourceLocation?) -> SourceLocation? {
            location.map { $0.movedDown(by: lineOffset) }
        }
        if let first = other.scan.firstDay, scan.firstDay.map({ first < $0 }) ?? true {
            scan.firstDay = first
            scan.firstDayLocation = moved(other.scan.firstDayLocation)
        }
        if let last = other.scan.lastDay, scan.lastDay.map({ last > $0 }) ?? true {
            scan.lastDay = last
            scan.lastDayLocation = moved(other.scan.lastDayLocation)
        }
        if let first = other.scan.firstDayOutside, scan.firstDayOutside.map({ first < $0 }) ?? true {
            scan.firstDayOutside = first
        }
        if let last = other.scan.lastDayOutside, scan.lastDayOutside.map({ last > $0 }) ?? true { scan.lastDayOutside = last }
        if scan.firstTotalRow == nil { scan.firstTotalRow = moved(other.scan.firstTotalRow) }
        if scan.firstRepeatedCountRow == nil { scan.firstRepeatedCountRow = moved(other.scan.firstRepeatedCountRow) }
        scan.repeatedCountRows += other.scan.repeatedCountRows
        straddlingCountRows += other.straddlingCountRows
        for (key, first) in other.seenCountRows { seenCountRows[key] = (first.file, first.line + lineOffset) }
        sexSpellings.absorb(other.sexSpellings)
        unknownUnits.absorb(other.unknownUnits)
        if keepsIDs { seenIDs.absorb(&other.seenIDs, lineOffset: lineOffset) }
        return true
    }
}
