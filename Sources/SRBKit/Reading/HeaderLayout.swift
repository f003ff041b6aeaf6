/// Which column plays which role in one file, and so which shape the file has.
struct HeaderLayout {
    enum Shape: Equatable {
        /// One row per birth: unit, date, sex.
        case births
        /// One row per count: unit, period (or year and month), boys, girls.
        case counts
    }

    /// 0-based column of each role found.
    let columns: [ColumnRole: Int]
    let fieldCount: Int
    let shape: Shape
    /// Roles matched by more than one header: the first column is used.
    let ignoredDuplicates: [(role: ColumnRole, column: Int)]

    /// Fewest columns of any layout without overrides (births: unit, date, sex; counts need four).
    static let fewestColumns = 3

    /// Matches headers to roles (an override names the header of its role), then
    /// decides the shape: births when a date and a sex column exist, else counts
    /// when a boys and a girls column exist, else births (whose missing column
    /// is then named). A count sheet needs a period column, or a year column
    /// (with a month column, or alone for whole-year counts).
    /// Throws when an override's header is absent or a needed role has no column.
    /// `fieldCount` is the header's count of fields, which may exceed the
    /// headers kept (`CSVTokenizer.maximumStoredFields`); nil for `headers.count`.
    /// Every accepted header, folded, to its role (the first role listed wins),
    /// folded once: the header search tries this on up to 64 lines per delimiter.
    static let roleByKey: [String: ColumnRole] = {
        var roles: [String: ColumnRole] = [:]
        for role in ColumnRole.allCases.reversed() {
            for header in role.acceptedHeaders { roles[TextFolding.headerKey(header)] = role }
        }
        return roles
    }()

    init(headers: [String], fieldCount: Int? = nil, overrides: [ColumnRole: String], at location: SourceLocation) throws(SRBError) {
        var columns: [ColumnRole: Int] = [:]
        var duplicates: [(ColumnRole, Int)] = []
        let keys = headers.map(TextFolding.headerKey)
        let roleByKey = HeaderLayout.roleByKey
        for (role, header) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let column = keys.firstIndex(of: TextFolding.headerKey(header)) else {
                throw .overriddenColumnNotFound(location, role: role, header: header)
            }
            columns[role] = column
        }
        let claimed = Set(columns.values)
        for column in headers.indices where !claimed.contains(column) {
            guard let role = roleByKey[keys[column]], overrides[role] == nil else { continue }
            if columns[role] == nil {
                columns[role] = column
            } else {
                duplicates.append((role, column))
            }
        }
        let isBirths = columns[.date] != nil && columns[.sex] != nil
        let shape: Shape = !isBirths && columns[.boys] != nil && columns[.girls] != nil ? .counts : .births
        let needed: [ColumnRole] = switch shape {
        case .births: [.unit, .date, .sex]
        case .counts: columns[.period] != nil ? [.unit, .period] : [.unit, .year]
        }
        if let missing = needed.first(where: { columns[$0] == nil }) {
            throw .missingColumn(location, role: missing)
        }
        self.columns = columns
        self.fieldCount = fieldCount ?? headers.count
        self.shape = shape
        self.ignoredDuplicates = duplicates.map { (role: $0.0, column: $0.1) }
    }
}
