/// Adds ward tallies up to the level a report is made at.
enum UnitGrouping {
    /// Units at `level` with their tallies, sorted by name in NFC code-point order
    /// (then by code). Empty for `.total`. Higher levels add counts; wards whose
    /// district (or province) cell was empty are grouped under `unknownName`.
    static func group(
        _ units: [RegisterScan.ScannedUnit],
        tallies: [OrderedTally],
        level: UnitLevel,
        hasDistricts: Bool,
        hasProvinces: Bool
    ) throws(SRBError) -> [(unit: Unit, tally: OrderedTally)] {
        var grouped: [(unit: Unit, tally: OrderedTally)]
        switch level {
        case .total:
            return []
        case .ward:
            grouped = zip(units, tallies).map { scanned, tally in
                (Unit(code: nil, name: scanned.name, level: .ward, parent: scanned.district ?? scanned.province), tally)
            }
        case .district, .province:
            guard level == .district ? hasDistricts : hasProvinces else { throw .levelUnavailable(level) }
            var order: [String] = []
            var byKey: [String: (unit: Unit, tally: OrderedTally)] = [:]
            for (scanned, tally) in zip(units, tallies) {
                let name = (level == .district ? scanned.district : scanned.province) ?? unknownName
                let parent = level == .district ? scanned.province : nil
                let key = name.lowercased()
                if byKey[key] == nil {
                    order.append(key)
                    byKey[key] = (Unit(code: nil, name: name, level: level, parent: parent), OrderedTally())
                }
                byKey[key]!.tally += tally
            }
            grouped = order.map { byKey[$0]! }
        }
        return grouped.sorted { lhs, rhs in
            let left = lhs.unit.name.unicodeScalars.map(\.value), right = rhs.unit.name.unicodeScalars.map(\.value)
            if left != right { return left.lexicographicallyPrecedes(right) }
            return (lhs.unit.code ?? "") < (rhs.unit.code ?? "")
        }
    }

    /// Name of the group of wards whose district or province is not given.
    static let unknownName = "(unknown)"
}
