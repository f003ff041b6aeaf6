/// One file's way from bytes to records, shared by registers and the ward
/// registry: chunks → `ByteDecoder` (byte-order marks, UTF-16) →
/// `UTF8Validator` (first line that is not UTF-8) → delimiter detected on the
/// header line → `CSVTokenizer` → records.
struct RecordStream {
    /// What the stream noticed about the file as a whole.
    struct Findings {
        /// 1-based line of the first byte that is not UTF-8 (detection only).
        var firstNonUTF8Line: Int?
        /// 1-based line on which a quoted field opened and never closed.
        var unterminatedQuoteLine: Int?
        /// True when the file held at least one record.
        var hasRecords = false
    }

    let delimiter: Delimiter?
    let encoding: TextEncoding?
    let maximumFieldLength: Int

    /// Reads `source` to its end, handing each record to `body`. After `body`
    /// throws, the rest of the file is skipped and the error rethrown.
    func read(
        _ source: InputSource,
        _ body: (CSVRecord) throws(SRBError) -> Void
    ) throws(SRBError) -> Findings {
        let name = source.displayName
        let reader = try ChunkedFileReader(source)
        var decoder = ByteDecoder(forced: encoding)
        var headerBuffer: [UInt8] = []
        var tokenizer: CSVTokenizer?
        var failure: SRBError?
        var findings = Findings()

        func take(_ record: CSVRecord) {
            guard failure == nil else { return }
            findings.hasRecords = true
            do throws(SRBError) {
                try body(record)
            } catch {
                failure = error
            }
        }

        func feed(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) {
            guard failure == nil else { return }
            if tokenizer == nil {
                headerBuffer.append(contentsOf: bytes)
                let firstContent = headerBuffer.firstIndex { $0 != 10 && $0 != 13 } ?? headerBuffer.endIndex
                let headerLine = headerBuffer[firstContent...]
                let hasLineEnd = headerLine.contains { $0 == 10 || $0 == 13 }
                guard isLast || hasLineEnd || headerBuffer.count >= 1 << 16 else { return }
                let chosen = delimiter ?? Delimiter.detect(headerLine: headerLine)
                tokenizer = CSVTokenizer(delimiter: chosen.byte, maximumFieldLength: maximumFieldLength)
                let buffered = headerBuffer
                headerBuffer = []
                buffered.withUnsafeBufferPointer { feed($0, isLast: false) }
                return
            }
            tokenizer!.consume(bytes, emit: take)
        }

        var validator = UTF8Validator()
        let validates = encoding == nil
        func pass(_ bytes: UnsafeBufferPointer<UInt8>) {
            if validates { validator.check(bytes) }  // transcoded UTF-16 is valid by construction
            feed(bytes, isLast: false)
        }
        try reader.forEachChunk(path: name, whileTrue: { chunk in
            decoder.decode(chunk, pass)
            return failure == nil
        })
        if let failure { throw failure }
        decoder.finish(pass)
        if validates { validator.finish() }
        if tokenizer == nil {
            let empty: [UInt8] = []
            empty.withUnsafeBufferPointer { feed($0, isLast: true) }
        }
        tokenizer?.finish(emit: take)
        if let failure { throw failure }
        findings.firstNonUTF8Line = validator.firstInvalidLine
        findings.unterminatedQuoteLine = tokenizer?.unterminatedQuoteLine
        return findings
    }
}
