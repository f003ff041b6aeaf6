extension PopulationTable {
    /// Reads a `--population` file through the register's record layer: any
    /// encoding, delimiter or `.xlsx` sheet a register may have; lines above
    /// the header (a title) are skipped.
    ///
    /// Throws `cannotOpen`/`cannotRead` (exit 66), `noHeader`, and
    /// `invalidPopulation` (exit 65) with the file, line and column at fault.
    public static func read(_ source: InputSource,
                            maximumFieldLength: Int = ReadSettings.defaultMaximumFieldLength,
                            sheet: SheetSelector = .first) throws(SRBError) -> PopulationTable {
        let file = source.displayName
        var stream = RecordStream(delimiter: nil, encoding: nil, maximumFieldLength: maximumFieldLength) { record in
            PopulationTable.isHeader((0..<record.storedFieldCount).map { UnitRegistry.cellText(record.field($0)) })
        }
        stream.sheet = sheet
        var records: [(line: Int, fields: [String])] = []
        var sheetRead: String?
        let findings = try stream.read(source, onSheet: { sheetRead = $0 }) { record throws(SRBError) in
            let location = SourceLocation(file: file, line: record.line, sheet: sheetRead)
            guard record.givenUp == nil, record.firstOversizedField == nil, record.firstFieldPastRecordLimit == nil,
                  record.fieldCount == record.storedFieldCount else {
                throw .invalidPopulation(location, .fieldCount(location))
            }
            records.append((record.line, (0..<record.storedFieldCount).map { UnitRegistry.cellText(record.field($0)) }))
        }
        guard !records.isEmpty else {
            throw .noHeader(file: file, reason: findings.firstLineTooLong ? .firstLineTooLong(limit: HeaderSearch.maximumBytes) : .empty)
        }
        do throws(Problem) {
            return try PopulationTable(records: records, file: file, sheet: sheetRead)
        } catch {
            throw .invalidPopulation(error.location, error)
        }
    }
}

extension PopulationTable.Problem {
    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .missingColumn(let location, _), .badCount(let location), .badYear(let location),
             .unknownAgeGroup(let location), .givenTwice(let location, _), .fieldCount(let location):
            location
        }
    }
}
