/// A level of the administrative hierarchy, from the ward up.
public enum UnitLevel: String, Sendable, CaseIterable, Hashable {
    case ward
    case district
    case province
    case total
}

/// One row of a report: a ward (phường/xã), a district, a province, or the total.
public struct Unit: Sendable, Hashable {
    /// The registry code; nil when there is no registry.
    public let code: String?
    /// The name as first written in the data (or the registry's name).
    public let name: String
    public let level: UnitLevel
    /// Name of the unit one level up (a ward's district, or its province when there
    /// is no district level); nil when unknown.
    public let parent: String?

    public init(code: String?, name: String, level: UnitLevel, parent: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
    }
}
