// A note for the next person: how a register is read on two threads and still
// gives exactly the one-thread answer, rejects and line numbers included.
//
// The file is cut at the first line feed after its middle, offset S. This
// thread reads [0, S) as usual; a second thread reads [S, end) into a fresh
// state that has only seen the header, counting lines from 1 and keeping its
// rejections. The cut is a guess (a quoted field may hold that line feed), so
// it is checked by the only parser that knows: this thread's, when it reaches
// S. If it stands between records there, the second half was read from
// exactly the state a one-thread read would be in (apart from the line count,
// which is an offset), and its results are merged in (`ScanState.absorb`),
// its rejections passed on moved down by that offset. If not — a quoted line
// break at S, a header not yet complete, a second half with more than 64
// spellings of one kind (whose listing depends on order), an id seen in both
// halves, more rejections than the buffer holds — the second thread's work is
// dropped and this thread simply reads on through S: slower, never different.

/// Reads one regular file of a register on two threads when it is worth it.
struct SplitFileRead {
    let path: String
    let stream: RecordStream
    let settings: ReadSettings

    /// Rejections the second thread keeps for later; past this it stops and
    /// the second half is read on this thread.
    static let rejectionBufferLimit = 1 << 16
    /// Bytes read to find the header, and to find a line feed after the middle.
    static let lookahead = 1 << 20

    /// How a split read went.
    struct Outcome {
        let findings: RecordStream.Findings
        /// True when the second thread's half was merged; false when this
        /// thread read on through the cut instead.
        let mergedSecondHalf: Bool
    }

    /// What the second thread hands back.
    private struct SecondHalf: Sendable {
        var state: ScanState
        var rejections: [Rejection]
        var findings: RecordStream.Findings
        /// False when it stopped early (cancelled, rejection buffer full, read error).
        var isComplete: Bool
    }

    /// Reads the file into `sink`; nil when the file is not split (too small,
    /// UTF-16, no header or line feed where needed), in which case nothing was read.
    func read(into sink: inout RegisterSink, isLastFile: Bool) throws(SRBError) -> Outcome? {
        guard settings.threads >= 2, settings.encoding != .utf16 else { return nil }
        let reader = try ChunkedFileReader(.file(path))
        guard let size = reader.regularFileSize, size >= max(settings.minimumBytesToSplit, 2),
              let (start, delimiter) = try secondHalfStart(state: sink.state),
              let cut = try lineStart(after: size / 2, size: size)
        else { return nil }

        let (path, stream) = (self.path, self.stream)
        let job = BackgroundJob<SecondHalf> { job in
            SplitFileRead.readSecondHalf(path: path, stream: stream, from: cut, delimiter: delimiter,
                                         state: start, job: job)
        }
        var session = RecordStream.Session(stream: stream)
        do throws(SRBError) {
            try reader.forEachChunk(path: path, byteLimit: cut, whileTrue: { chunk in
                session.feed(chunk, into: &sink)
                return !session.isStopped
            })
        } catch {
            job.cancel()
            _ = job.wait()
            throw error
        }
        if !session.isStopped, session.isBetweenRecords {
            let lineOffset = session.currentLine - 1
            let second = job.wait()
            if second.isComplete, sink.state.absorb(second.state, lineOffset: lineOffset, keepsIDs: !isLastFile) {
                for rejection in second.rejections { sink.pass(rejection.shifted(byLines: lineOffset)) }
                let first = session.findingsSoFar
                let findings = RecordStream.Findings(
                    firstNonUTF8Line: first.firstNonUTF8Line ?? second.findings.firstNonUTF8Line.map { $0 + lineOffset },
                    unterminatedQuoteLine: second.findings.unterminatedQuoteLine.map { $0 + lineOffset })
                return Outcome(findings: findings, mergedSecondHalf: true)
            }
        } else {
            job.cancel()
            _ = job.wait()
        }
        // The cut did not stand between records, or the halves cannot be merged exactly: read on.
        try reader.forEachChunk(path: path, whileTrue: { chunk in
            session.feed(chunk, into: &sink)
            return !session.isStopped
        })
        return Outcome(findings: session.finish(into: &sink), mergedSecondHalf: false)
    }

    /// The state the second thread starts from (the header read, no row) and
    /// the file's delimiter; nil when the first `lookahead` bytes hold no
    /// usable header or the file is UTF-16.
    private func secondHalfStart(state: ScanState) throws(SRBError) -> (ScanState, Delimiter)? {
        struct HeaderSink: RecordSink {
            var state: ScanState
            var tookHeader = false
            mutating func take(_ record: RecordView) -> Bool {
                do throws(SRBError) {
                    _ = try state.take(record)
                    tookHeader = state.layout != nil
                } catch {
                    tookHeader = false  // this thread's read will meet the same error and report it
                }
                return false
            }
        }
        let reader = try ChunkedFileReader(.file(path))
        var sink = HeaderSink(state: state.forCurrentFileFromScratch())
        var session = RecordStream.Session(stream: stream)
        var isUTF16 = false
        try reader.forEachChunk(path: path, byteLimit: SplitFileRead.lookahead, whileTrue: { chunk in
            if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) { isUTF16 = true }
            session.feed(chunk, into: &sink)
            return false
        })
        guard !isUTF16, sink.tookHeader, let delimiter = session.delimiter else { return nil }
        sink.state.scan.warnings = []  // the header's warnings are this thread's to give
        return (sink.state, delimiter)
    }

    /// The offset just after the first line feed at or after `offset`; nil when
    /// there is none within `lookahead` bytes or it ends the file.
    private func lineStart(after offset: Int, size: Int) throws(SRBError) -> Int? {
        let reader = try ChunkedFileReader(.file(path))
        try reader.seek(to: offset, path: path)
        var found: Int?
        try reader.forEachChunk(path: path, byteLimit: SplitFileRead.lookahead, whileTrue: { chunk in
            found = chunk.firstIndex(of: UInt8(ascii: "\n")).map { offset + $0 + 1 }
            return false
        })
        guard let found, found < size else { return nil }
        return found
    }

    /// The second thread: reads from `offset` to the end into `state`.
    private static func readSecondHalf(
        path: String,
        stream: RecordStream,
        from offset: Int,
        delimiter: Delimiter,
        state: ScanState,
        job: BackgroundJob<SecondHalf>
    ) -> SecondHalf {
        var sink = RegisterSink(state: state, bufferLimit: rejectionBufferLimit)
        var session = RecordStream.Session(stream: stream, midFileWith: delimiter)
        var isComplete = false
        do throws(SRBError) {
            let reader = try ChunkedFileReader(.file(path))
            try reader.seek(to: offset, path: path)
            try reader.forEachChunk(path: path, whileTrue: { chunk in
                session.feed(chunk, into: &sink)
                return !session.isStopped && !job.isCancelled
            })
            isComplete = !session.isStopped && !job.isCancelled
        } catch {
            isComplete = false
        }
        let findings = isComplete ? session.finish(into: &sink) : RecordStream.Findings()
        return SecondHalf(state: sink.state, rejections: sink.buffered, findings: findings,
                          isComplete: isComplete && !sink.overflowed && sink.failure == nil)
    }
}
