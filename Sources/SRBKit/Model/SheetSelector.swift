/// Which worksheet of a workbook to read (`--sheet NAME|N`).
///
/// Only worksheets count: chart sheets and dialog sheets are neither named nor numbered.
public enum SheetSelector: Sendable, Hashable {
    /// The first worksheet in the workbook's tab order.
    case first
    /// The worksheet with this name (compared as Swift strings: canonically equivalent
    /// spellings match; case matters).
    case named(String)
    /// The worksheet at this 1-based position in tab order.
    case number(Int)
    /// A command-line value: the worksheet with this name if there is one, else,
    /// when the value is all ASCII digits, the worksheet at that 1-based position.
    /// A sheet named `2024` is thus reached by `--sheet 2024`.
    case nameOrNumber(String)
}
