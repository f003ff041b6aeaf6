/// The ward registry (`--wards FILE`): the units a report is about, with their
/// codes, districts, provinces and the other names registers use for them.
///
/// A register's unit matches an entry when its matching key (SPEC "Units": NFC,
/// trimmed, spaces folded, case, a leading `Phường`/`Xã`/… dropped) equals the
/// key of the entry's code, name or one of its aliases. A code, name or alias
/// made of digits also matches without its leading zeros (`115` for `00115`,
/// as a spreadsheet writes codes; `Phường 01` for `Phường 1`). Aliases are how a renamed or merged ward is followed
/// across years: the 2025 ward that absorbed three old wards lists their names.
public struct UnitRegistry: Sendable, Hashable {
    /// One unit of the registry, as its row gives it.
    public struct Entry: Sendable, Hashable {
        /// The code; nil when the cell is empty or the registry has no code column.
        public let code: String?
        /// The name shown in reports (NFC, trimmed, spaces folded).
        public let name: String
        /// Nil when empty: the unit is directly under its province (Sơn La since 2025).
        public let district: String?
        public let province: String?
        public let aliases: [String]
        /// 1-based line of the entry's row.
        public let line: Int

        public init(code: String?, name: String, district: String?, province: String?, aliases: [String], line: Int) {
            self.code = code
            self.name = name
            self.district = district
            self.province = province
            self.aliases = aliases
            self.line = line
        }
    }

    /// 1-based columns of the cells that give keys, for messages; nil when unknown.
    struct KeyColumns: Sendable, Hashable {
        var code: Int?
        var name: Int?
        var aliases: Int?
    }

    /// What makes a registry unusable (exit 65); worded in `Rendering`.
    public enum Problem: Sendable, Hashable {
        /// The header has no column for a required role (code or name).
        case missingColumn(RegistryColumn)
        case fieldCount(found: Int, expected: Int)
        case fieldTooLong(limit: Int)
        /// A quoted field opened in the row never closes.
        case unclosedQuote
        /// A row without a name (or with only a prefix such as `Phường`).
        case emptyName
        /// A code, name or alias that also names the unit of line `firstLine`.
        case sharedName(String, firstLine: Int)
        /// A header and no unit.
        case noEntries
    }

    /// The registry file as given.
    public let file: String
    /// Entries in file order.
    public let entries: [Entry]
    /// True when the file has a district column: its districts then replace the
    /// register's, empty ones included (a commune directly under its province).
    public let hasDistrictColumn: Bool
    public let hasProvinceColumn: Bool
    private let entryByKey: [String: Int]
    /// Name and alias spellings without diacritics, for suggestions, in file order.
    private let suggestionKeys: [String]
    private let entryBySuggestionKey: [String: Int]

    /// Builds the lookup tables. Throws `invalidRegistry` (exit 65) when a code,
    /// name or alias names two units, naming both lines, or when there is no entry.
    public init(file: String, entries: [Entry], hasDistrictColumn: Bool, hasProvinceColumn: Bool) throws(SRBError) {
        try self.init(file: file, entries: entries, hasDistrictColumn: hasDistrictColumn,
                      hasProvinceColumn: hasProvinceColumn, columns: KeyColumns())
    }

    init(file: String, sheet: String? = nil, entries: [Entry], hasDistrictColumn: Bool, hasProvinceColumn: Bool,
         columns: KeyColumns, headerLine: Int = 1) throws(SRBError) {
        guard !entries.isEmpty else {
            throw .invalidRegistry(SourceLocation(file: file, line: headerLine, sheet: sheet), .noEntries)
        }
        var entryByKey: [String: Int] = [:]
        var suggestionKeys: [String] = []
        var entryBySuggestionKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            var spellings: [(text: String, key: String, column: Int?)] = []
            if let code = entry.code { spellings.append((code, UnitName.key(code), columns.code)) }
            spellings.append((entry.name, UnitName.key(entry.name), columns.name))
            spellings += entry.aliases.map { ($0, UnitName.key($0), columns.aliases) }
            spellings += spellings.compactMap { spelling in
                UnitRegistry.numericKey(spelling.key).map { (spelling.text, $0, spelling.column) }
            }
            for spelling in spellings where !spelling.key.isEmpty {
                if let other = entryByKey[spelling.key], other != index {
                    throw .invalidRegistry(SourceLocation(file: file, line: entry.line, column: spelling.column, sheet: sheet),
                                           .sharedName(spelling.text, firstLine: entries[other].line))
                }
                entryByKey[spelling.key] = index
            }
            for text in [entry.name] + entry.aliases {
                let bare = TextFolding.wordKey(UnitName.key(text))
                guard !bare.isEmpty, entryBySuggestionKey[bare] == nil else { continue }
                entryBySuggestionKey[bare] = index
                suggestionKeys.append(bare)
            }
        }
        self.file = file
        self.entries = entries
        self.hasDistrictColumn = hasDistrictColumn
        self.hasProvinceColumn = hasProvinceColumn
        self.entryByKey = entryByKey
        self.suggestionKeys = suggestionKeys
        self.entryBySuggestionKey = entryBySuggestionKey
    }

    /// The entry a unit's matching key (`UnitName.key`) names, if any.
    func entryIndex(forKey key: String) -> Int? {
        if let index = entryByKey[key] { return index }
        return UnitRegistry.numericKey(key).flatMap { entryByKey[$0] }
    }

    /// The entry a unit written `spelling` names, if any.
    public func entry(named spelling: String) -> Entry? {
        entryIndex(forKey: UnitName.key(spelling)).map { entries[$0] }
    }

    /// The registry name closest to a unit that matched nothing, to suggest it
    /// (never to use it): first a name or alias equal to it once diacritics are
    /// ignored (`Phuc Dong` → `Phúc Đồng`), else the nearest by edit distance
    /// over spellings without diacritics (`NearestName`). Nil when none is close.
    public func suggestion(for spelling: String) -> String? {
        let bare = TextFolding.wordKey(UnitName.key(spelling))
        guard !bare.isEmpty else { return nil }
        if let index = entryBySuggestionKey[bare] { return entries[index].name }
        guard let nearest = NearestName.closest(to: bare, among: suggestionKeys) else { return nil }
        return entryBySuggestionKey[nearest].map { entries[$0].name }
    }

    /// Whether any entry names a district.
    public var namesDistricts: Bool { entries.contains { $0.district != nil } }
    public var namesProvinces: Bool { entries.contains { $0.province != nil } }

    /// A control character and the digits without leading zeros, for a key of
    /// ASCII digits only (no typed spelling can collide with it).
    private static func numericKey(_ key: String) -> String? {
        guard !key.isEmpty, key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let stripped = key.drop { $0 == "0" }
        return "\u{1}" + (stripped.isEmpty ? "0" : stripped)
    }
}
