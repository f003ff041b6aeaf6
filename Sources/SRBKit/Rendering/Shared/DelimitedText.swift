import Foundation

/// Writes CSV (RFC 4180) or TSV cells, guarding text against spreadsheet formulas.
struct DelimitedText {
    let separator: Character

    static let csv = DelimitedText(separator: ",")
    static let tsv = DelimitedText(separator: "\t")

    /// A cell of the data or a label: prefixed with `'` when it begins with `=`, `+`,
    /// `-`, `@`, tab or carriage return (so a spreadsheet shows it as text), then
    /// quoted when it holds the separator, a quote or a line break.
    func text(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        return quoted(cell)
    }

    /// A number, written plainly, never prefixed.
    func number(_ value: String) -> String { value }

    /// One line: cells joined by the separator, CRLF-free (`\n`).
    func line(_ cells: [String]) -> String {
        cells.joined(separator: String(separator)) + "\n"
    }

    private func quoted(_ cell: String) -> String {
        let separatorScalar = separator.unicodeScalars.first!
        let needsQuotes = cell.unicodeScalars.contains {
            $0 == separatorScalar || $0 == "\"" || $0 == "\n" || $0 == "\r"
        }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
