/// The `--rejects` file: one CSV line per rejected row with its file, line,
/// column, reason and offending field; never the row itself.
///
/// The column is the field number for a CSV (`3`) and the column's letters for
/// a workbook (`C`), whose line is the sheet's row: SPEC "Excel workbooks"
/// names cells as Excel does, and `C`, `12` is the cell the message calls `C12`.
public enum RejectsCSV {
    public static let header = "file,line,column,reason,field\n"

    public static func line(_ rejection: Rejection) -> String {
        let writer = DelimitedText.csv
        let location = rejection.location
        let column = location.column.map { number in
            location.sheet == nil ? writer.number(String(number)) : writer.text(CellReference.columnLetters(number))
        }
        return writer.line([
            writer.text(location.file),
            writer.number(String(location.line)),
            column ?? "",
            writer.text(rejection.reason.rawValue),
            writer.text(rejection.field ?? ""),
        ])
    }
}
