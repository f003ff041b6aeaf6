/// Adds ward tallies up to the level a report is made at.
///
/// A ward's district and province come from the ward registry when it has such
/// a column, else from the register's columns (see `ScanState`). Both shapes of
/// local government work: province → district → commune, and province →
/// commune (a registry whose district cell is empty: the ward's parent is then
/// its province).
enum UnitGrouping {
    /// The units at `level`, sorted by name in NFC code-point order (then by
    /// code, then by parent), and for each scanned unit the index of its group.
    /// Empty for `.total`. Districts are told apart by name and province, so two
    /// districts of the same name in two provinces stay two; wards whose district
    /// (or province) is not given are grouped under `unknownName`.
    static func assign(
        _ units: [RegisterScan.ScannedUnit],
        level: UnitLevel,
        hasDistricts: Bool,
        hasProvinces: Bool
    ) throws(SRBError) -> (groups: [Unit], groupOfUnit: [Int]) {
        var groups: [Unit] = []
        var groupOfUnit: [Int] = []
        switch level {
        case .total:
            return ([], [])
        case .ward:
            groups = units.map { scanned in
                Unit(code: scanned.code, name: scanned.name, level: .ward, parent: scanned.district ?? scanned.province)
            }
            groupOfUnit = Array(units.indices)
        case .district, .province:
            guard level == .district ? hasDistricts : hasProvinces else { throw .levelUnavailable(level) }
            var indexByKey: [String: Int] = [:]
            for scanned in units {
                let name = (level == .district ? scanned.district : scanned.province) ?? unknownName
                let parent = level == .district ? scanned.province : nil
                let key = groupKey(name) + "\u{0}" + (parent.map(groupKey) ?? "")
                if let index = indexByKey[key] {
                    groupOfUnit.append(index)
                } else {
                    indexByKey[key] = groups.count
                    groupOfUnit.append(groups.count)
                    groups.append(Unit(code: nil, name: name, level: level, parent: parent))
                }
            }
        }
        // Each name's code points once, not once per comparison.
        let names = groups.map { Array($0.name.unicodeScalars.map(\.value)) }
        let parents = groups.map { Array(($0.parent ?? "").unicodeScalars.map(\.value)) }
        let order = groups.indices.sorted { lhs, rhs in
            if names[lhs] != names[rhs] { return names[lhs].lexicographicallyPrecedes(names[rhs]) }
            let leftCode = groups[lhs].code, rightCode = groups[rhs].code
            if leftCode != rightCode { return (leftCode ?? "") < (rightCode ?? "") }
            return parents[lhs].lexicographicallyPrecedes(parents[rhs])
        }
        var position = Array(repeating: 0, count: groups.count)
        for (sorted, original) in order.enumerated() { position[original] = sorted }
        return (order.map { groups[$0] }, groupOfUnit.map { position[$0] })
    }

    /// Units at `level` with their tallies, in the order of `assign`. Empty for
    /// `.total`. Higher levels add counts.
    static func group(
        _ units: [RegisterScan.ScannedUnit],
        tallies: [OrderedTally],
        level: UnitLevel,
        hasDistricts: Bool,
        hasProvinces: Bool
    ) throws(SRBError) -> [(unit: Unit, tally: OrderedTally)] {
        let assigned = try assign(units, level: level, hasDistricts: hasDistricts, hasProvinces: hasProvinces)
        var sums = Array(repeating: OrderedTally(), count: assigned.groups.count)
        for (unit, group) in assigned.groupOfUnit.enumerated() where unit < tallies.count {
            sums[group] += tallies[unit]
        }
        return zip(assigned.groups, sums).map { ($0, $1) }
    }

    /// NFC, trimmed, spaces folded, lowercase: `Long  Biên` and `long biên` are one district.
    private static func groupKey(_ name: String) -> String { TextFolding.tidy(name.lowercased()) }

    /// Name of the group of wards whose district or province is not given.
    static let unknownName = "(unknown)"
}
