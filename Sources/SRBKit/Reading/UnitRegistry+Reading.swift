extension UnitRegistry {
    /// Reads a ward registry: a CSV with `code,name,district,province,aliases`
    /// headers (matched like register headers; only code and name are
    /// required), aliases separated by `;` inside their cell. Read through the
    /// same decoder and tokenizer as registers: a byte-order mark, UTF-16, or
    /// Windows-1258 for a file that is not UTF-8; the delimiter is detected from
    /// the header line.
    ///
    /// Throws `cannotOpen`/`cannotRead` (exit 66), `noHeader`, and
    /// `invalidRegistry` (exit 65) with the file, line and column at fault.
    public static func read(_ source: InputSource,
                            maximumFieldLength: Int = ReadSettings.defaultMaximumFieldLength,
                            sheet: SheetSelector = .first) throws(SRBError) -> UnitRegistry {
        let file = source.displayName
        var stream = RecordStream(delimiter: nil, encoding: nil, maximumFieldLength: maximumFieldLength) { record in
            let found = Set((0..<record.storedFieldCount).compactMap {
                RegistryColumn.matching(header: UnitRegistry.cellText(record.field($0)))
            })
            return RegistryColumn.required.allSatisfy(found.contains)
        }
        stream.sheet = sheet
        var columns: [RegistryColumn: Int]?
        var fieldCount = 0
        var headerLine = 1
        var entries: [Entry] = []
        var sheet: String?
        let findings = try stream.read(source, onSheet: { sheet = $0 }) { record throws(SRBError) in
            func text(_ column: Int) -> String { UnitRegistry.cellText(record.field(column)) }
            guard let known = columns else {
                var found: [RegistryColumn: Int] = [:]
                for index in 0..<record.storedFieldCount {
                    if let column = RegistryColumn.matching(header: text(index)), found[column] == nil {
                        found[column] = index
                    }
                }
                for column in RegistryColumn.required where found[column] == nil {
                    throw .invalidRegistry(SourceLocation(file: file, line: record.line, sheet: sheet), .missingColumn(column))
                }
                columns = found
                fieldCount = record.fieldCount
                headerLine = record.line
                return
            }
            func location(_ column: Int?) -> SourceLocation {
                SourceLocation(file: file, line: record.line, column: column.map { $0 + 1 }, sheet: sheet)
            }
            guard record.givenUp == nil else { throw .invalidRegistry(location(nil), .unclosedQuote) }
            guard record.fieldCount == fieldCount else {
                throw .invalidRegistry(location(min(record.fieldCount, fieldCount)),
                                       .fieldCount(found: record.fieldCount, expected: fieldCount))
            }
            if let oversized = record.firstOversizedField ?? record.firstFieldPastRecordLimit {
                throw .invalidRegistry(location(oversized), .fieldTooLong(limit: maximumFieldLength))
            }
            let name = text(known[.name]!)
            guard !UnitName.key(name).isEmpty else { throw .invalidRegistry(location(known[.name]), .emptyName) }
            func optional(_ column: RegistryColumn) -> String? {
                guard let index = known[column] else { return nil }
                let value = text(index)
                return value.isEmpty ? nil : value
            }
            let aliases = optional(.aliases).map { cell in
                cell.split(separator: ";").map { TextFolding.tidy(String($0)) }.filter { !$0.isEmpty }
            } ?? []
            entries.append(Entry(code: optional(.code), name: UnitName.display(name), district: optional(.district),
                                 province: optional(.province), aliases: aliases, line: record.line))
        }
        guard let found = columns else {
            throw .noHeader(file: file, reason: findings.firstLineTooLong ? .firstLineTooLong(limit: HeaderSearch.maximumBytes) : .empty)
        }
        let keyColumns = KeyColumns(code: found[.code].map { $0 + 1 }, name: found[.name].map { $0 + 1 },
                                    aliases: found[.aliases].map { $0 + 1 })
        return try UnitRegistry(file: file, sheet: sheet, entries: entries, hasDistrictColumn: found[.district] != nil,
                                hasProvinceColumn: found[.province] != nil, columns: keyColumns, headerLine: headerLine)
    }

    /// A registry cell's text: UTF-8 when valid, else Windows-1258; then NFC,
    /// trimmed, runs of white space folded.
    static func cellText(_ field: UnsafeBufferPointer<UInt8>) -> String {
        TextFolding.tidy(String(validating: field, as: UTF8.self) ?? Windows1258.decode(field))
    }
}
