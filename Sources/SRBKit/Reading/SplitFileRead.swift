// A note for the next person: how a register is read on two threads and still
// gives exactly the one-thread answer, rejects and line numbers included.
//
// The file is cut at the first line feed after its middle, offset S. This
// thread reads [0, S) as usual; once it has read the header, a second thread
// reads [S, end) of the same open file (a duplicated descriptor, `pread`) into
// a fresh state that knows only that header, counting lines from 1 and keeping
// its rejections. The cut is a guess (a quoted field may hold that line feed),
// so it is checked by the only parser that knows: this thread's, when it
// reaches S. If it stands between records there, the second half was read
// from exactly the state a one-thread read would be in (apart from the line
// count, which is an offset), and its results are merged in
// (`ScanState.absorb`), its rejections passed on moved down by that offset. If
// not — a quoted line break at S, a header not yet complete, UTF-16, a second
// half with more than 64 spellings of one kind (whose listing depends on
// order), an id seen in both halves, more rejections than the buffer holds —
// the second thread's work is dropped and this thread reads on through S:
// slower, never different.

/// Reads one regular file of a register, on two threads when it is worth it.
struct SplitFileRead {
    let reader: ChunkedFileReader
    let path: String
    let stream: RecordStream
    let settings: ReadSettings
    /// Rejections the second thread keeps for later; past this it stops and
    /// the second half is read on this thread.
    let rejectionBufferLimit: Int
    static let defaultRejectionBufferLimit = 1 << 16

    /// Bytes looked at after the middle for a line feed to cut at.
    static let lookahead = 1 << 20

    /// Bytes fed at a time until the header is read, and how many of a
    /// chunk's first bytes are fed so.
    static let sliceBeforeStart = 1 << 10
    static let slicedBytes = 1 << 16

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

    /// Reads the whole file into `sink` (whose state has begun the file), on
    /// two threads when asked and worth it, else on this one; nil, having read
    /// nothing, when the source is not a regular file.
    func read(into sink: inout RegisterSink, isLastFile: Bool) throws(SRBError) -> Outcome? {
        guard let size = reader.regularFileSize, reader.signature == .unrecognized else { return nil }
        guard settings.threads >= 2, settings.encoding != .utf16, size >= max(settings.minimumBytesToSplit, 2),
              let cut = try lineStart(after: size / 2, size: size)
        else {
            var session = RecordStream.Session(stream: stream)
            return Outcome(findings: try readOn(from: 0, size: size, session: &session, sink: &sink), mergedSecondHalf: false)
        }

        var session = RecordStream.Session(stream: stream)
        var job: BackgroundJob<SecondHalf>?
        defer {
            if let job {  // on an error: the second thread ends before the file is closed
                job.cancel()
                _ = job.wait()
            }
        }
        var sizing = IDTableSizing(totalBytes: cut)
        func startSecondHalfOnceHeaderIsRead() {
            if job == nil, !session.isStopped, sink.state.layout != nil, session.readsBytesAsTheyAre,
               let delimiter = session.delimiter {
                job = startSecondHalf(at: cut, delimiter: delimiter, state: sink.state.startingAfterHeader(),
                                      keepsRejections: sink.passesRejections)
            }
        }
        try reader.forEachChunk(path: path, byteLimit: cut, whileTrue: { chunk in
            var fed = 0
            // Until the header is read, a chunk's first bytes go in by slices, so that the second thread
            // starts then, not after the rows of the whole first chunk. (Only the first bytes: the header
            // search looks again at every slice of a header it has not settled.)
            while sink.state.layout == nil, fed < min(chunk.count, SplitFileRead.slicedBytes), !session.isStopped {
                let end = min(chunk.count, fed + SplitFileRead.sliceBeforeStart)
                session.feed(UnsafeBufferPointer(rebasing: chunk[fed..<end]), into: &sink)
                fed = end
                startSecondHalfOnceHeaderIsRead()
            }
            if fed < chunk.count { session.feed(UnsafeBufferPointer(rebasing: chunk[fed...]), into: &sink) }
            sizing.read(chunk.count, state: &sink.state)
            startSecondHalfOnceHeaderIsRead()
            return !session.isStopped
        })
        if let started = job {
            job = nil
            if !session.isStopped, session.isBetweenRecords {
                var second = started.wait()
                let lineOffset = session.currentLine - 1
                if second.isComplete, sink.state.absorb(&second.state, lineOffset: lineOffset, keepsIDs: !isLastFile) {
                    for rejection in second.rejections { sink.pass(rejection.shifted(byLines: lineOffset)) }
                    var findings = session.findingsSoFar
                    findings.firstNonUTF8Line = findings.firstNonUTF8Line ?? second.findings.firstNonUTF8Line.map { $0 + lineOffset }
                    return Outcome(findings: findings, mergedSecondHalf: true)
                }
            } else {
                started.cancel()
                _ = started.wait()
            }
        }
        // No second half to merge, or none that merges exactly: read on.
        return Outcome(findings: try readOn(from: cut, size: size, session: &session, sink: &sink), mergedSecondHalf: false)
    }

    /// Reads from the reader's position (`offset` in the file) to the end on
    /// this thread, sizing the id table once for what is left, and finishes.
    private func readOn(
        from offset: Int,
        size: Int,
        session: inout RecordStream.Session,
        sink: inout RegisterSink
    ) throws(SRBError) -> RecordStream.Findings {
        var sizing = IDTableSizing(totalBytes: size - offset)
        try reader.forEachChunk(path: path, whileTrue: { chunk in
            session.feed(chunk, into: &sink)
            sizing.read(chunk.count, state: &sink.state)
            return !session.isStopped
        })
        return session.finish(into: &sink)
    }

    /// The offset just after the first line feed at or after `offset`; nil when
    /// there is none within `lookahead` bytes or it ends the file.
    private func lineStart(after offset: Int, size: Int) throws(SRBError) -> Int? {
        var found: Int?
        try reader.forEachChunk(path: path, from: offset, byteLimit: SplitFileRead.lookahead, whileTrue: { chunk in
            found = chunk.firstIndex(of: UInt8(ascii: "\n")).map { offset + $0 + 1 }
            return false
        })
        guard let found, found < size else { return nil }
        return found
    }

    /// Starts the second thread on the bytes from `offset` to the end.
    private func startSecondHalf(
        at offset: Int,
        delimiter: Delimiter,
        state: ScanState,
        keepsRejections: Bool
    ) -> BackgroundJob<SecondHalf>? {
        guard let descriptor = try? reader.duplicateDescriptor(path: path) else { return nil }  // then one thread reads it all
        let (path, stream, limit, size) = (self.path, self.stream, rejectionBufferLimit, reader.regularFileSize)
        return BackgroundJob { job in
            let reader = ChunkedFileReader(adopting: descriptor, regularFileSize: size)
            var sink = RegisterSink(state: state, outlet: keepsRejections ? .buffer(limit: limit) : .discard)
            var session = RecordStream.Session(stream: stream, midFileWith: delimiter)
            var sizing = IDTableSizing(totalBytes: size.map { $0 - offset })
            var isComplete = false
            do throws(SRBError) {
                try reader.forEachChunk(path: path, from: offset, whileTrue: { chunk in
                    session.feed(chunk, into: &sink)
                    sizing.read(chunk.count, state: &sink.state)
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
}
