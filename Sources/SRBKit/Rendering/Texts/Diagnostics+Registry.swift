extension Diagnostics {
    /// `FILE:LINE[:COLUMN]: ward registry: …` for a registry that cannot be used.
    func registryMessage(_ location: SourceLocation, _ problem: UnitRegistry.Problem) -> String {
        let place = position(location)
        switch problem {
        case .missingColumn(let column):
            return text(.errorRegistryMissingColumn, place, "'\(column.rawValue)'", quotedList(column.acceptedHeaders))
        case .fieldCount(let found, let expected):
            return text(.errorRegistryFieldCount, place, String(found), String(expected))
        case .fieldTooLong(let limit): return text(.errorRegistryFieldTooLong, place, String(limit))
        case .unclosedQuote: return text(.errorRegistryUnclosedQuote, place)
        case .emptyName: return text(.errorRegistryEmptyName, place)
        case .sharedName(let spelling, let firstLine): return text(.errorRegistrySharedName, place, spelling, String(firstLine))
        case .noEntries: return text(.errorRegistryNoEntries, place)
        }
    }

    /// A unit absent from the registry, with the closest registry name when there is one.
    func unknownUnitProblem(_ field: String, suggestion: String?) -> String {
        guard let suggestion else { return text(.problemUnknownUnit, field) }
        return text(.problemUnknownUnitSuggestion, field, VisibleText.escaping(suggestion))
    }
}
