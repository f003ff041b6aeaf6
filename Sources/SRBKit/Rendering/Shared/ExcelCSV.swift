/// CSV that opens right in Excel on Vietnamese Windows (`--excel`), made from
/// the plain CSV of any command: a UTF-8 byte-order mark (else Excel reads
/// Windows-1258), `;` between cells (the Vietnamese list separator), a decimal
/// comma under `--lang vi`, the column titles in the chosen language, the SRB
/// and its bounds rounded as the table shows them, and codes that keep their
/// leading zeros (`="00139"`, the form Excel shows as text). Status, verdict
/// and state words stay as SPEC writes them.
public enum ExcelCSV {
    /// The Excel form of `csv` (RFC 4180, comma-separated, as `srb` writes it).
    public static func converting(_ csv: String, language: Language) -> String {
        let text = Localizer(language)
        let rows = parse(csv)
        guard let header = rows.first else { return "\u{FEFF}" }
        var output = "\u{FEFF}" + line(header.map { title(of: $0, text) })
        for row in rows.dropFirst() {
            let cells = row.enumerated().map { index, cell -> String in
                let column = index < header.count ? header[index] : ""
                if codeColumns.contains(column), cell.first == "0", cell.allSatisfy(\.isASCIIDigit) { return "=\"\(cell)\"" }
                guard let places = roundedColumns[column], let value = Double(cell), !cell.isEmpty else {
                    return column.isEmpty || !numberColumns.contains(column) ? cell : decimal(cell, language)
                }
                return decimal(NumberFormatting.fixed(value, places: places), language)
            }
            output += line(cells)
        }
        return output
    }

    /// Columns whose numbers are shown rounded, and to how many decimals.
    static let roundedColumns: [String: Int] = [
        "srb": 1, "ci_low": 1, "ci_high": 1, "change": 1, "path": 1, "trend_per_year": 2,
        "projected_target_year_srb": 1, "change_12_months": 1, "tfr": 2, "tfr_low": 2, "tfr_high": 2,
    ]

    /// Columns that hold numbers (a decimal comma under Vietnamese).
    static let numberColumns: Set<String> = Set(roundedColumns.keys).union(["change_p_value", "share_done_of_due"])

    /// Columns of codes: a code of digits with a leading zero is kept as text.
    static let codeColumns: Set<String> = ["code"]

    private static func title(of column: String, _ text: Localizer) -> String {
        guard let key = titles[column] else { return column }
        return text(key)
    }

    private static let titles: [String: TextKey] = [
        "code": .columnCode, "name": .columnName, "level": .columnLevel, "parent": .excelParent,
        "births": .columnBirths, "boys": .columnBoys, "girls": .columnGirls, "srb": .columnSRB,
        "ci_low": .excelIntervalLow, "ci_high": .excelIntervalHigh, "status": .columnStatus, "order": .columnOrder,
        "year": .columnYear, "change": .columnChange, "path": .columnPath, "verdict": .columnVerdict,
        "window": .columnWindow, "from": .columnFrom, "to": .columnTo,
    ]

    private static func decimal(_ number: String, _ language: Language) -> String {
        language == .vi ? number.replacingOccurrences(of: ".", with: ",") : number
    }

    /// One line: cells joined by `;`, quoted where they hold `;`, a quote or a line break.
    private static func line(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }), !cell.hasPrefix("=\"") else {
                return cell
            }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ";") + "\r\n"
    }

    /// The rows of a CSV as `srb` writes it (RFC 4180, `\n` line ends).
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var inQuotes = false, afterQuote = false
        for character in csv {
            if inQuotes {
                if character == "\"" { inQuotes = false; afterQuote = true } else { cell.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { cell.append("\"") }
                inQuotes = true
                afterQuote = false
            case ",":
                row.append(cell); cell = ""; afterQuote = false
            case "\n":
                row.append(cell); rows.append(row); row = []; cell = ""; afterQuote = false
            default:
                cell.append(character); afterQuote = false
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
