/// The `--rejects` file: one CSV line per rejected row with its file, line,
/// column, reason and offending field; never the row itself.
public enum RejectsCSV {
    public static let header = "file,line,column,reason,field\n"

    public static func line(_ rejection: Rejection) -> String {
        let writer = DelimitedText.csv
        return writer.line([
            writer.text(rejection.location.file),
            writer.number(String(rejection.location.line)),
            writer.number(rejection.location.column.map(String.init) ?? ""),
            writer.text(rejection.reason.rawValue),
            writer.text(rejection.field ?? ""),
        ])
    }
}
