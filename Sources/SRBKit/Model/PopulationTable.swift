import Foundation

/// Women per unit, year and age group, from a `--population` file's records
/// (SPEC "Fertility"): long (`unit`, `year`, `age_group`, `women`) or wide
/// (`unit`, `year`, then one column per age group). Units are kept as
/// spelled; matching them to register units is the caller's job.
public struct PopulationTable: Sendable, Equatable {
    /// One unit (as spelled in the file) and year.
    public struct Key: Hashable, Sendable {
        public var unit: String
        public var year: Int
    }

    /// Women per key and age group.
    public private(set) var women: [Key: [AgeGroup: Int]] = [:]
    /// The file, and the line each key was first given on.
    public private(set) var file = ""
    public private(set) var lines: [Key: Int] = [:]
    /// The worksheet read, when the file is a workbook (messages name its cells).
    public private(set) var sheet: String?

    /// What is wrong with a population file, where.
    public enum Problem: Error, Sendable, Hashable {
        case missingColumn(SourceLocation, name: String)
        case badCount(SourceLocation)
        case badYear(SourceLocation)
        case unknownAgeGroup(SourceLocation)
        case givenTwice(SourceLocation, firstLine: Int)
        case fieldCount(SourceLocation)
    }

    /// True when `headers` hold a unit and a year column: the header line.
    public static func isHeader(_ headers: [String]) -> Bool {
        let keys = Set(headers.map(TextFolding.headerKey))
        return !keys.isDisjoint(with: foldedUnitHeaders) && !keys.isDisjoint(with: foldedYearHeaders)
    }

    /// The unit and year headers folded once: the header search tries up to 64 lines per delimiter.
    private static let foldedUnitHeaders = Set(unitHeaders.map(TextFolding.headerKey))
    private static let foldedYearHeaders = Set(yearHeaders.map(TextFolding.headerKey))

    static let unitHeaders = ["unit", "ward", "commune", "phường", "xã", "phường/xã", "xã/phường", "đơn vị"]
    static let yearHeaders = ["year", "năm"]
    static let groupHeaders = ["age_group", "nhóm tuổi"]
    static let womenHeaders = ["women", "số phụ nữ"]

    /// The table of `records` (the first is the header), each with its 1-based
    /// line (its row, in the worksheet `sheet` of a workbook).
    public init(records: [(line: Int, fields: [String])], file: String, sheet: String? = nil) throws(Problem) {
        guard let header = records.first else {
            throw .missingColumn(SourceLocation(file: file, line: 1, sheet: sheet), name: "unit")
        }
        let keys = header.fields.map(TextFolding.headerKey)
        func column(_ names: [String], _ role: String) throws(Problem) -> Int {
            let folded = Set(names.map(TextFolding.headerKey))
            guard let index = keys.firstIndex(where: folded.contains) else {
                throw .missingColumn(SourceLocation(file: file, line: header.line, sheet: sheet), name: role)
            }
            return index
        }
        let unitColumn = try column(Self.unitHeaders, "unit")
        let yearColumn = try column(Self.yearHeaders, "year")
        let groupColumns = AgeGroup.allCases.compactMap { group in
            keys.firstIndex(of: TextFolding.headerKey(group.rawValue)).map { (group, $0) }
        }
        let isWide = groupColumns.count == AgeGroup.allCases.count
        let groupColumn = isWide ? nil : try column(Self.groupHeaders, "age_group")
        let womenColumn = isWide ? nil : try column(Self.womenHeaders, "women")
        self.file = file
        self.sheet = sheet
        var firstLines: [Key: [AgeGroup: Int]] = [:]
        for record in records.dropFirst() {
            func at(_ index: Int) -> SourceLocation {
                SourceLocation(file: file, line: record.line, column: index + 1, sheet: sheet)
            }
            guard record.fields.count == header.fields.count else {
                throw .fieldCount(SourceLocation(file: file, line: record.line, sheet: sheet))
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let unit = TextFolding.tidy(record.fields[unitColumn])
            guard let year = Self.wholeNumber(record.fields[yearColumn]), (1000...9999).contains(year) else {
                throw .badYear(at(yearColumn))
            }
            let key = Key(unit: unit, year: year)
            var cells: [(AgeGroup, Int)] = []
            if let groupColumn, let womenColumn {
                let label = record.fields[groupColumn].trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " ", with: "")
                guard let group = AgeGroup(rawValue: label) else { throw .unknownAgeGroup(at(groupColumn)) }
                cells.append((group, womenColumn))
            } else {
                cells = groupColumns
            }
            for (group, index) in cells {
                guard let count = Self.wholeNumber(record.fields[index]) else { throw .badCount(at(index)) }
                if let first = firstLines[key]?[group] {
                    throw .givenTwice(at(index), firstLine: first)
                }
                firstLines[key, default: [:]][group] = record.line
                if lines[key] == nil { lines[key] = record.line }
                women[key, default: [:]][group] = count
            }
        }
    }

    /// A whole number ≥ 0 written with digits only (a thousands separator of
    /// `.` or `,` between groups of three is allowed); nil otherwise.
    static func wholeNumber(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let groups = trimmed.split(separator: trimmed.contains(".") ? "." : ",", omittingEmptySubsequences: false)
        guard !trimmed.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              groups.count == 1 || groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Int(groups.joined())
    }
}
