/// The population file's rows matched to units, shared by `srb fertility`
/// (units of the scan) and `srb generate --tfr` (entries of the registry).
extension PopulationTable {
    /// Women per unit number and year, from the rows whose unit `unitNumber`
    /// matches (given the row's unit key, SPEC "Units"), in file order; the
    /// spellings that match nothing, in file order, once each. Two spellings
    /// of one unit for one year throw `invalidPopulation(.givenTwice)`.
    func matched(unitNumber: (String) -> Int?) throws(SRBError)
        -> (women: [Int: [Int: [AgeGroup: Int]]], unmatched: [String]) {
        var women: [Int: [Int: [AgeGroup: Int]]] = [:]
        var unmatched: [String] = []
        var sourceOf: [Int: [Int: Key]] = [:]
        for (key, groups) in self.women.sorted(by: { lines[$0.key, default: 0] < lines[$1.key, default: 0] }) {
            guard let number = unitNumber(UnitName.key(key.unit)) else {
                if !unmatched.contains(key.unit) { unmatched.append(key.unit) }
                continue
            }
            if let earlier = sourceOf[number]?[key.year] {
                let location = SourceLocation(file: file, line: lines[key] ?? 0, sheet: sheet)
                throw .invalidPopulation(location, .givenTwice(location, firstLine: lines[earlier] ?? 0))
            }
            women[number, default: [:]][key.year] = groups
            sourceOf[number, default: [:]][key.year] = key
        }
        return (women, unmatched)
    }

    /// The gap of unit `name` without women in `years`, suggesting the unmatched
    /// spelling closest to it (compared word by word, diacritics folded).
    static func gap(unit name: String, years: [Int], unmatched: [String]) -> PopulationGap {
        func folded(_ spelling: String) -> String { TextFolding.wordKey(UnitName.key(spelling)) }
        let suggestion = NearestName.closest(to: folded(name), among: unmatched.map(folded))
            .flatMap { near in unmatched.first { folded($0) == near } }
        return PopulationGap(unit: name, years: years, suggestion: suggestion)
    }
}
