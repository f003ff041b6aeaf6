import Foundation

/// The sex of a newborn as a register records it.
public enum Sex: Sendable, Hashable {
    case male, female

    /// Reads the spellings SPEC accepts, whatever the case, spacing (none
    /// included: `contrai`) and diacritics: `m male b boy 1 nam trai "con trai"`
    /// and `f female g girl 2 nữ gái "con gái"`. Nil for anything else, the
    /// empty string included.
    public init?(spelling: String) {
        switch TextFolding.wordKey(spelling).replacingOccurrences(of: " ", with: "") {
        case "m", "male", "b", "boy", "1", "nam", "trai", "contrai": self = .male
        case "f", "female", "g", "girl", "2", "nu", "gai", "congai": self = .female
        default: return nil
        }
    }
}
