/// A file that is an `.xlsx` workbook, told by its bytes whatever its name,
/// read as the table its sheet would be saved as: each sheet row becomes one
/// CSV line (row N is line N; a row without cells a blank line; a missing cell
/// an empty field), fed to the same `RecordStream.Session` as a CSV file, so
/// every reader gets workbooks with no code of its own. Read on one thread.
struct WorkbookInput {
    let workbook: Workbook
    let file: String
    let sheet: SheetSelector

    /// The workbook `reader` holds, or nil for a file that starts like no
    /// workbook (a CSV, standard input). A compound file (`.xls`, an encrypted
    /// workbook) or a ZIP that is no `.xlsx` throws `.unreadableWorkbook`.
    init?(reader: ChunkedFileReader, path: String, sheet: SheetSelector) throws(SRBError) {
        guard reader.signature != .unrecognized else { return nil }
        do throws(WorkbookError) {
            if let bytes = reader.bytesInMemory {
                workbook = try Workbook(file: ArchiveFile(bytes: bytes, name: path))
            } else {
                workbook = try Workbook(path: path)
            }
        } catch {
            throw WorkbookInput.error(error, file: path)
        }
        file = path
        self.sheet = sheet
    }

    /// Reads the sheet into `sink` through `stream`'s header search and scanner
    /// (comma-delimited, UTF-8: the lines are written so).
    func read<Sink: RecordSink>(as stream: RecordStream, into sink: inout Sink) throws(SRBError) -> RecordStream.Findings {
        var lineStream = RecordStream(delimiter: .comma, encoding: nil, maximumFieldLength: stream.maximumFieldLength,
                                      isHeader: stream.isHeader)
        lineStream.sheet = sheet
        var session = RecordStream.Session(stream: lineStream)
        var line: [UInt8] = []
        var width = 0
        let sheetName: String
        do throws(WorkbookError) {
            sheetName = workbook.sheetNames[try workbook.sheetIndex(sheet)]
            sink.beginSheet(named: sheetName)
            try workbook.readRows(inSheet: sheet) { row in
                // A sheet leaves out trailing empty cells; saved as CSV, Excel writes
                // them as empty fields: a row keeps the width of the widest so far.
                width = max(width, row.cells.count)
                WorkbookInput.appendLine(row.cells, width: row.cells.isEmpty ? 0 : width, to: &line)
                // Lines go on in batches, as a CSV's bytes do: the header search looks
                // again at all it holds each time it is fed, so a line at a time would be
                // quadratic in the rows above the header (a sheet whose only cell is on
                // row 1,048,576 took minutes).
                guard line.count >= WorkbookInput.batchBytes else { return true }
                line.withUnsafeBufferPointer { session.feed($0, into: &sink) }
                line.removeAll(keepingCapacity: true)
                return !session.isStopped
            }
        } catch {
            throw WorkbookInput.error(error, file: file)
        }
        if !line.isEmpty { line.withUnsafeBufferPointer { session.feed($0, into: &sink) } }
        var findings = session.finish(into: &sink)
        findings.sheet = sheetName
        return findings
    }

    /// Bytes of lines gathered before they are fed on.
    static let batchBytes = 64 << 10

    /// Appends `cells` as one CSV line of at least `width` fields ending in a
    /// line feed, quoting a cell that holds a comma, a quote or a line break.
    static func appendLine(_ cells: [String], width: Int, to line: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            let bytes = cell.utf8
            if bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                line.append(UInt8(ascii: "\""))
                for byte in bytes {
                    line.append(byte)
                    if byte == UInt8(ascii: "\"") { line.append(byte) }
                }
                line.append(UInt8(ascii: "\""))
            } else {
                line.append(contentsOf: bytes)
            }
        }
        if cells.count < width { line.append(contentsOf: repeatElement(UInt8(ascii: ","), count: width - max(1, cells.count))) }
        line.append(0x0A)
    }

    /// The run's error for a workbook error: opening and reading keep their
    /// own errors (exit 66), the rest is `.unreadableWorkbook` (exit 65).
    static func error(_ error: WorkbookError, file: String) -> SRBError {
        switch error {
        case .cannotOpen(_, let code): .cannotOpen(path: file, reason: FileProblem(errorNumber: code))
        case .cannotRead(_, let code): .cannotRead(path: file, reason: FileProblem(errorNumber: code))
        // Not a spreadsheet at all: named as the format it is, as before workbooks were read.
        case .corruptArchive, .notAWorkbook(.otherArchive), .notAWorkbook(.unknownFormat): .unsupportedFormat(file: file, format: .zip)
        case .notAWorkbook(.compoundFile): .unsupportedFormat(file: file, format: .compoundFile)
        default: .unreadableWorkbook(file: file, error)
        }
    }
}
