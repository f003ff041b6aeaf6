extension Diagnostics {
    /// `FILE:LINE[:COLUMN]: population: …` for a `--population` file that cannot be used.
    func populationMessage(_ problem: PopulationTable.Problem) -> String {
        let place = position(problem.location)
        switch problem {
        case .missingColumn(_, let name):
            let accepted: [String] = switch name {
            case "unit": PopulationTable.unitHeaders
            case "year": PopulationTable.yearHeaders
            case "age_group": PopulationTable.groupHeaders
            default: PopulationTable.womenHeaders
            }
            return text(.fertilityErrorMissingColumn, place, "'\(name)'", quotedList(accepted),
                        quotedList(AgeGroup.allCases.map(\.rawValue)))
        case .badCount: return text(.fertilityErrorBadCount, place)
        case .badYear: return text(.fertilityErrorBadYear, place)
        case .unknownAgeGroup: return text(.fertilityErrorUnknownAgeGroup, place, quotedList(AgeGroup.allCases.map(\.rawValue)))
        case .givenTwice(_, let firstLine): return text(.fertilityErrorGivenTwice, place, String(firstLine))
        case .fieldCount: return text(.fertilityErrorFieldCount, place)
        }
    }

    /// Which units have births in years the population file gives no women for:
    /// an error for `srb generate --tfr`, a warning for `srb fertility` (which
    /// reports those unit-years as `no_population`).
    func missingPopulationMessage(file: String, gaps: [PopulationGap], asWarning: Bool) -> String {
        let listed = gaps.prefix(10).map { gap in
            let years = gap.years.map(String.init).joined(separator: ", ")
            let name = VisibleText.escaping(gap.unit)
            guard let suggestion = gap.suggestion else { return text(.fertilityGap, name, years) }
            return text(.fertilityGapSuggestion, name, years, VisibleText.escaping(suggestion))
        }
        return text(asWarning ? .fertilityWarningMissingPopulation : .fertilityErrorMissingPopulation,
                    file, String(gaps.count), listed.joined(separator: "; "))
    }
}
