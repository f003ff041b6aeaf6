extension ZipArchive {
    /// Compressed bytes read from the file at a time.
    static let readChunkSize = 1 << 18

    /// Streams the inflated bytes of `entry` to `body` in chunks (valid during
    /// the call; return false to stop), then checks the size and CRC-32 the
    /// central directory states. Returns false when `body` stopped it (nothing
    /// is checked then).
    ///
    /// A bomb costs nothing: the stated size must be at most `maximumSize` and
    /// at most `limits.maximumCompressionRatio` times the compressed size (past
    /// `limits.ratioCheckThreshold`), and the output may not exceed the stated
    /// size. A data descriptor (flag bit 3) is never read: the central
    /// directory carries the same sizes and CRC.
    func read(
        _ entry: ZipEntry,
        maximumSize: Int,
        limits: WorkbookLimits,
        _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(WorkbookError) -> Bool {
        try withoutActuallyEscaping(body) { (body) throws(WorkbookError) in
            try stream(entry, maximumSize: maximumSize, limits: limits, body)
        }
    }

    private func stream(
        _ entry: ZipEntry,
        maximumSize: Int,
        limits: WorkbookLimits,
        _ body: @escaping (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(WorkbookError) -> Bool {
        func failed(_ problem: WorkbookError.PartProblem) -> WorkbookError { .unreadablePart(part: entry.name, problem) }
        guard !entry.isEncrypted else { throw failed(.encrypted) }
        guard entry.method == ZipEntry.stored || entry.method == ZipEntry.deflated else {
            throw failed(.unsupportedMethod(entry.method))
        }
        guard entry.uncompressedSize <= maximumSize else {
            throw failed(.tooLarge(size: entry.uncompressedSize, limit: maximumSize))
        }
        if entry.uncompressedSize > limits.ratioCheckThreshold,
           entry.uncompressedSize / max(entry.compressedSize, 1) >= limits.maximumCompressionRatio {
            throw failed(.compressionRatioTooHigh(limit: limits.maximumCompressionRatio))
        }
        if entry.method == ZipEntry.stored, entry.compressedSize != entry.uncompressedSize {
            throw failed(.sizeMismatch(expected: entry.uncompressedSize, actual: entry.compressedSize))
        }
        let header = try file.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, header.uint32(at: 0) == 0x0403_4B50 else { throw failed(.invalidLocalHeader) }
        let dataStart = entry.localHeaderOffset + 30 + Int(header.uint16(at: 26)) + Int(header.uint16(at: 28))
        guard dataStart + entry.compressedSize <= file.size else { throw failed(.invalidLocalHeader) }

        var crc = CRC32()
        var produced = 0
        var inflater = entry.method == ZipEntry.deflated ? Inflater(outputLimit: entry.uncompressedSize) : nil
        let pass = { (chunk: UnsafeBufferPointer<UInt8>) -> Bool in
            produced += chunk.count
            crc.update(chunk)
            return body(chunk)
        }
        var buffer = [UInt8](repeating: 0, count: min(ZipArchive.readChunkSize, max(entry.compressedSize, 1)))
        var offset = 0
        var going = true
        while going, offset < entry.compressedSize {
            let wanted = min(buffer.count, entry.compressedSize - offset)
            var failure: WorkbookError?
            going = buffer.withUnsafeMutableBytes { raw in
                do throws(WorkbookError) {
                    let count = try file.read(at: dataStart + offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[..<wanted]))
                    guard count == wanted else { throw failed(.invalidLocalHeader) }
                    let chunk = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
                    guard inflater != nil else { return pass(chunk) }
                    do throws(WorkbookError.DeflateProblem) {
                        return try inflater!.feed(chunk, output: pass)
                    } catch {
                        throw failed(ZipArchive.problem(error, stated: entry.uncompressedSize))
                    }
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            offset += wanted
        }
        guard going else { return false }
        if inflater != nil {
            do throws(WorkbookError.DeflateProblem) {
                guard try inflater!.finish(output: pass) else { return false }
            } catch {
                throw failed(ZipArchive.problem(error, stated: entry.uncompressedSize))
            }
        }
        guard produced == entry.uncompressedSize else {
            throw failed(.sizeMismatch(expected: entry.uncompressedSize, actual: produced))
        }
        guard crc.value == entry.crc32 else { throw failed(.checksumMismatch(expected: entry.crc32, actual: crc.value)) }
        return true
    }

    /// The whole inflated content of `entry`, for the small parts held in memory.
    func contents(of entry: ZipEntry, maximumSize: Int, limits: WorkbookLimits) throws(WorkbookError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entry.uncompressedSize)
        _ = try read(entry, maximumSize: maximumSize, limits: limits) { chunk in
            bytes.append(contentsOf: chunk)
            return true
        }
        return bytes
    }

    /// A DEFLATE failure as a part problem: output past the stated size is a size mismatch.
    private static func problem(_ error: WorkbookError.DeflateProblem, stated: Int) -> WorkbookError.PartProblem {
        if case .outputLimitExceeded = error { return .sizeMismatch(expected: stated, actual: stated + 1) }
        return .corruptData(error)
    }
}
