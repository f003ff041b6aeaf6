import Foundation

/// A mother's five-year age group at the birth, `15-19` … `45-49`.
///
/// Raw values are the labels SPEC uses in population files, JSON and CSV.
public enum AgeGroup: String, Sendable, CaseIterable, Hashable, Comparable {
    case from15 = "15-19"
    case from20 = "20-24"
    case from25 = "25-29"
    case from30 = "30-34"
    case from35 = "35-39"
    case from40 = "40-44"
    case from45 = "45-49"

    /// The group for an age in completed years, by the UN convention: under 15
    /// goes to `15-19`, 50 or more to `45-49`. Nil for a negative age.
    public init?(age: Int) {
        guard age >= 0 else { return nil }
        let index = min(max((age - 15) / 5, 0), AgeGroup.allCases.count - 1)
        self = AgeGroup.allCases[age < 15 ? 0 : index]
    }

    /// The first age in the group (15, 20, … 45).
    public var firstAge: Int { 15 + 5 * (AgeGroup.allCases.firstIndex(of: self) ?? 0) }

    /// The CSV column name for the group's rate, `asfr_15_19` … `asfr_45_49`.
    public var csvColumn: String { "asfr_" + rawValue.replacingOccurrences(of: "-", with: "_") }

    public static func < (lhs: AgeGroup, rhs: AgeGroup) -> Bool { lhs.firstAge < rhs.firstAge }
}
