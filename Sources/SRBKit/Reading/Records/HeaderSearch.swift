// A note for the next person: registers, plans and ward lists often open with
// title lines ("TRUNG TÂM Y TẾ QUẬN LONG BIÊN", "DANH SÁCH TRẺ SINH THÁNG
// 9/2024", a `sep=;` line), and a header whose cells hold another candidate
// delimiter ("Ngày, tháng, năm sinh;Phường;…"). So the header is not simply
// the first line: it is the first record, under some delimiter, that the
// reader above says names its required columns (`isHeader`). Each candidate
// delimiter splits the first lines with a fresh tokenizer; the earliest line
// any of them accepts wins, and a tie on one line goes to the delimiter whose
// next record has the header's field count (the data rows decide), then to the
// most frequent delimiter of that line. When no line within the first
// `maximumRecords` records is accepted, the first line is the header, its
// delimiter the most frequent, so that the reader's error names that line.

/// Finds a file's header line and delimiter among its first bytes.
struct HeaderSearch {
    /// What the search decided.
    enum Outcome: Equatable {
        /// Records before `line` are titles; `line` is the header's.
        case header(delimiter: Delimiter, line: Int)
        /// No record was accepted: the first non-blank line is taken as the header.
        case firstLine(delimiter: Delimiter)
        /// The first line runs past `maximumBytes` with no line end: no header line.
        case noHeader
    }

    /// The delimiter given by the user; nil to try every candidate.
    let forcedDelimiter: Delimiter?
    let maximumFieldLength: Int
    /// Whether a record can be the header (it names the reader's required columns).
    let isHeader: (RecordView) -> Bool

    /// Records looked at, titles and header together.
    static let maximumRecords = 64
    /// Bytes looked at for a first line end; a first line longer than this is no header.
    static let maximumBytes = 1 << 20

    /// Decides from the first bytes of a file; nil when more bytes are needed
    /// (`isComplete` false: the file goes on).
    func decide(_ bytes: [UInt8], isComplete: Bool) -> Outcome? {
        let isFull = isComplete || bytes.count >= HeaderSearch.maximumBytes
        let candidates = forcedDelimiter.map { [$0] } ?? Delimiter.allCases
        let scans = candidates.map { scan(bytes, delimiter: $0, isComplete: isComplete) }
        guard scans.contains(where: { !$0.records.isEmpty }) else {
            return isFull ? (bytes.contains { $0 != 10 && $0 != 13 } ? .noHeader : .firstLine(delimiter: detected(bytes))) : nil
        }
        let hits = scans.compactMap { scan in scan.hit.map { (scan, $0) } }
        if let bestLine = hits.map({ $0.1.line }).min() {
            // Every candidate must have read past that line, so that none finds an earlier one.
            let settled = isFull || scans.allSatisfy { scan in
                scan.records.count >= HeaderSearch.maximumRecords || scan.records.last.map { $0.line > bestLine } ?? false
            }
            guard settled else { return nil }
            let tied = hits.filter { $0.1.line == bestLine }
            return .header(delimiter: tieBreak(tied.map { (delimiter: $0.0.delimiter, hit: $0.1, next: $0.0.record(after: $0.1)) },
                                               bytes: bytes), line: bestLine)
        }
        let exhausted = scans.allSatisfy { $0.records.count >= HeaderSearch.maximumRecords }
        guard isFull || exhausted else { return nil }
        return .firstLine(delimiter: forcedDelimiter ?? detected(bytes))
    }

    /// A record as the search keeps it.
    struct SeenRecord {
        let line: Int
        let fieldCount: Int
    }

    /// What one candidate delimiter gives: its first complete records and the first accepted one.
    private struct CandidateScan {
        let delimiter: Delimiter
        var records: [SeenRecord] = []
        var hit: SeenRecord?

        func record(after hit: SeenRecord) -> SeenRecord? {
            records.first { $0.line > hit.line }
        }
    }

    private func scan(_ bytes: [UInt8], delimiter: Delimiter, isComplete: Bool) -> CandidateScan {
        var result = CandidateScan(delimiter: delimiter)
        var tokenizer = CSVTokenizer(delimiter: delimiter.byte, maximumFieldLength: maximumFieldLength)
        var bounds: [Int] = []
        func take(_ record: CSVRecord) {
            let seen = SeenRecord(line: record.line, fieldCount: record.fieldCount)
            result.records.append(seen)
            if result.hit == nil, record.givenUp == nil, record.withView(bounds: &bounds, isHeader) { result.hit = seen }
        }
        /// True once the records reach past the accepted one (the tie-break looks at the next).
        var hasEnough: Bool {
            guard result.records.count < HeaderSearch.maximumRecords else { return true }
            guard let hit = result.hit, let last = result.records.last else { return false }
            return last.line > hit.line
        }
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count, !hasEnough {
                let (stop, completed) = tokenizer.consume(UnsafeBufferPointer(rebasing: all[start...]),
                                                          stoppingAfterOneRecord: true, emit: take)
                if let replay = tokenizer.takeReplay() {
                    // A given-up title: the lines after its first are read through the same tokenizer.
                    replay.withUnsafeBufferPointer { tokenizer.consume($0, emit: take) }
                }
                guard completed else { break }
                start += stop
            }
        }
        if isComplete, !hasEnough { tokenizer.finish(emit: take) }
        return result
    }

    /// Among delimiters that accept the same line: the one whose next record
    /// has the header's field count, then the line's most frequent one.
    private func tieBreak(_ tied: [(delimiter: Delimiter, hit: SeenRecord, next: SeenRecord?)], bytes: [UInt8]) -> Delimiter {
        if tied.count == 1 { return tied[0].delimiter }
        let consistent = tied.filter { $0.next?.fieldCount == $0.hit.fieldCount }
        let pool = consistent.isEmpty ? tied : consistent
        if pool.count == 1 { return pool[0].delimiter }
        let line = lineBytes(bytes, line: tied[0].hit.line)
        let frequent = Delimiter.detect(headerLine: line)
        return pool.first { $0.delimiter == frequent }?.delimiter ?? pool[0].delimiter
    }

    /// The most frequent delimiter of the first non-blank line.
    private func detected(_ bytes: [UInt8]) -> Delimiter {
        let firstContent = bytes.firstIndex { $0 != 10 && $0 != 13 } ?? bytes.endIndex
        return Delimiter.detect(headerLine: bytes[firstContent...])
    }

    /// The bytes of physical line `line` (1-based), without its line end.
    private func lineBytes(_ bytes: [UInt8], line: Int) -> ArraySlice<UInt8> {
        var current = 1, index = 0
        while current < line, index < bytes.count {
            if bytes[index] == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                current += 1
            } else if bytes[index] == 10 {
                current += 1
            }
            index += 1
        }
        let end = bytes[index...].firstIndex { $0 == 10 || $0 == 13 } ?? bytes.endIndex
        return bytes[index..<end]
    }
}
