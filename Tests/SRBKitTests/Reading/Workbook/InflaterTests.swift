import Testing
@testable import SRBKit

/// One raw-DEFLATE fixture and what zlib says about it.
struct DeflateFixture: CustomTestStringConvertible, Sendable {
    let name: String
    /// "ok", or the name of the `DeflateProblem` expected.
    let outcome: String
    let length: Int
    let crc: String
    var testDescription: String { name }

    static let all: [DeflateFixture] = manifestRows("deflate/manifest.tsv").map {
        DeflateFixture(name: $0[0], outcome: $0[1], length: Int($0[2])!, crc: $0[3])
    }
    static let valid = all.filter { $0.outcome == "ok" }
    static let corrupt = all.filter { $0.outcome != "ok" }
}

/// What inflating gave: the output's length and CRC-32, or the error.
private struct Inflated: Equatable {
    var length = 0
    var crc = CRC32()
    var bytes: [UInt8] = []

    static func == (left: Inflated, right: Inflated) -> Bool {
        left.length == right.length && left.crc.value == right.crc.value
    }
}

/// Feeds `input` to an inflater `chunkSize` bytes at a time, then finishes it.
private func inflate(
    _ input: [UInt8], chunkSize: Int, limit: Int = .max, keepBytes: Bool = false
) throws(WorkbookError.DeflateProblem) -> Inflated {
    try inflate(input, pieces: { _ in chunkSize }, limit: limit, keepBytes: keepBytes)
}

/// Feeds `input` to an inflater in pieces whose sizes `pieces` gives (called with the piece's
/// number; a piece of 0 bytes is fed as an empty buffer), then finishes it.
private func inflate(
    _ input: [UInt8], pieces: (Int) -> Int, limit: Int = .max, keepBytes: Bool = false
) throws(WorkbookError.DeflateProblem) -> Inflated {
    var inflater = Inflater(outputLimit: limit)
    var result = Inflated()
    let take = { (chunk: UnsafeBufferPointer<UInt8>) -> Bool in
        result.length += chunk.count
        result.crc.update(chunk)
        if keepBytes { result.bytes.append(contentsOf: chunk) }
        return true
    }
    try input.withUnsafeBufferPointer { (whole) throws(WorkbookError.DeflateProblem) in
        var start = 0
        var piece = 0
        while start < whole.count {
            let size = max(0, pieces(piece))
            piece += 1
            let end = size >= whole.count - start ? whole.count : start + size
            _ = try inflater.feed(UnsafeBufferPointer(rebasing: whole[start..<end]), output: take)
            start = end
        }
    }
    _ = try inflater.finish(output: take)
    return result
}

private func problemName(_ problem: WorkbookError.DeflateProblem) -> String {
    switch problem {
    case .invalidBlockType: "invalidBlockType"
    case .storedLengthMismatch: "storedLengthMismatch"
    case .tooManyCodes: "tooManyCodes"
    case .invalidCodeLengths: "invalidCodeLengths"
    case .invalidRepeat: "invalidRepeat"
    case .missingEndOfBlock: "missingEndOfBlock"
    case .invalidSymbol: "invalidSymbol"
    case .distanceTooFarBack: "distanceTooFarBack"
    case .truncated: "truncated"
    case .outputLimitExceeded: "outputLimitExceeded"
    }
}

extension WorkbookTests {
    @Suite struct InflaterTests {
        static let chunkSizes = [1, 2, 7, 64, 4096, Int.max]

        @Test(arguments: DeflateFixture.valid)
        func inflatesLikeZlibInEveryChunking(_ fixture: DeflateFixture) throws {
            let input = workbookFixtureBytes("deflate/\(fixture.name).deflate")
            // The 8 MiB stream byte by byte would take long in a debug build; 7 bytes is as hard a cut.
            let sizes = fixture.length > 1 << 20 ? [7, 4096, Int.max] : InflaterTests.chunkSizes
            for size in sizes {
                let result = try inflate(input, chunkSize: size)
                #expect(result.length == fixture.length, "chunk \(size)")
                #expect(hexCRC(result.crc.value) == fixture.crc, "chunk \(size)")
            }
        }

        @Test(arguments: DeflateFixture.valid.filter { $0.length <= 1 << 20 })
        func inflatesLikeZlibInIrregularPieces(_ fixture: DeflateFixture) throws {
            let input = workbookFixtureBytes("deflate/\(fixture.name).deflate")
            // Piece sizes from 1 to 521 bytes in a seeded, irregular sequence, so cuts fall at
            // every kind of place: inside a header, a code-length table, a code, a stored block.
            for seed in [1, 2, 3] as [UInt64] {
                var state = seed &* 0x9E37_79B9_7F4A_7C15
                let result = try inflate(input, pieces: { _ in
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    return Int(state % 521) + 1
                })
                #expect(result.length == fixture.length, "seed \(seed)")
                #expect(hexCRC(result.crc.value) == fixture.crc, "seed \(seed)")
            }
        }

        /// Every stream up to 1,100 bytes, cut in two at every byte: no cut position is special.
        @Test(arguments: DeflateFixture.all.filter {
            workbookFixtureBytes("deflate/\($0.name).deflate").count <= 1_100
        })
        func givesTheSameResultCutInTwoAtEveryByte(_ fixture: DeflateFixture) {
            let input = workbookFixtureBytes("deflate/\(fixture.name).deflate")
            for cut in 0...input.count {
                do {
                    let result = try inflate(input, pieces: { $0 == 0 ? cut : .max })
                    #expect(fixture.outcome == "ok", "cut at \(cut)")
                    #expect(result.length == fixture.length, "cut at \(cut)")
                    #expect(hexCRC(result.crc.value) == fixture.crc, "cut at \(cut)")
                } catch {
                    #expect(problemName(error) == fixture.outcome, "cut at \(cut)")
                }
            }
        }

        @Test(arguments: DeflateFixture.corrupt)
        func corruptStreamGivesItsErrorInEveryChunking(_ fixture: DeflateFixture) {
            let input = workbookFixtureBytes("deflate/\(fixture.name).deflate")
            for size in InflaterTests.chunkSizes {
                #expect(throws: WorkbookError.DeflateProblem.self, "chunk \(size)") {
                    _ = try inflate(input, chunkSize: size)
                }
                do {
                    _ = try inflate(input, chunkSize: size)
                } catch {
                    #expect(problemName(error) == fixture.outcome, "chunk \(size)")
                }
            }
        }

        @Test func everyProperPrefixIsTruncatedOrInvalid() throws {
            for name in ["register-level6", "noise-level0", "sheet-fixed", "mixed-levels"] {
                let input = Array(workbookFixtureBytes("deflate/\(name).deflate").prefix(3_000))
                let full = (try? inflate(workbookFixtureBytes("deflate/\(name).deflate"), chunkSize: .max))!
                for cut in stride(from: 0, to: input.count, by: 13) {
                    let prefix = Array(input[..<cut])
                    let outcome = try? inflate(prefix, chunkSize: 64)
                    #expect(outcome == nil || outcome! != full, "\(name) cut at \(cut)")
                }
            }
        }

        @Test func flippedBitsNeverCrashOrHang() {
            let input = workbookFixtureBytes("deflate/register-head.deflate")
            var failures = 0
            for bit in stride(from: 0, to: input.count * 8, by: 3) {
                var damaged = input
                damaged[bit / 8] ^= 1 << (bit % 8)
                do {
                    let result = try inflate(damaged, chunkSize: 4096, limit: 1 << 16)
                    #expect(result.length <= 1 << 16)
                } catch {
                    failures += 1
                }
            }
            #expect(failures > 0)
        }

        @Test func outputPastTheLimitIsAnError() {
            let input = workbookFixtureBytes("deflate/run-distance-one.deflate")
            #expect(throws: WorkbookError.DeflateProblem.outputLimitExceeded(limit: 69_999)) {
                _ = try inflate(input, chunkSize: 64, limit: 69_999)
            }
            #expect((try? inflate(input, chunkSize: 64, limit: 70_000))?.length == 70_000)
        }

        @Test func outputStopsWhenTheConsumerSaysSo() throws {
            let input = workbookFixtureBytes("deflate/big-8mib.deflate")
            var inflater = Inflater()
            var seen = 0
            let going = try input.withUnsafeBufferPointer { (whole) throws(WorkbookError.DeflateProblem) in
                try inflater.feed(whole) { chunk in
                    seen += chunk.count
                    return false
                }
            }
            #expect(!going)
            #expect(seen > 0 && seen <= Inflater.windowSize + Inflater.outputChunkSize + 258)
        }

        @Test func smallStreamsInflateToTheirBytes() throws {
            #expect(try inflate(workbookFixtureBytes("deflate/one-byte.deflate"), chunkSize: 1, keepBytes: true).bytes == [65])
            #expect(try inflate(workbookFixtureBytes("deflate/single-distance-code.deflate"), chunkSize: 1, keepBytes: true).bytes
                == Array("xxxx".utf8))
            #expect(try inflate(workbookFixtureBytes("deflate/fixed-then-stored.deflate"), chunkSize: 2, keepBytes: true).bytes
                == Array("hiabc".utf8))
        }

        @Test func trailingBytesAfterTheFinalBlockAreIgnored() throws {
            let input = workbookFixtureBytes("deflate/register-level9.deflate") + [1, 2, 3, 4, 5, 6, 7, 8, 9]
            #expect(try inflate(input, chunkSize: 4096).length == 33_522)
        }
    }

    @Suite struct CRC32Tests {
        @Test func checkValueOfTheDigitsIsCBF43926() {
            var crc = CRC32()
            crc.update(Array("123456789".utf8))
            #expect(crc.value == 0xCBF4_3926)
        }

        @Test func chunkedUpdatesEqualOneUpdate() {
            let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
            var whole = CRC32()
            whole.update(bytes)
            var parts = CRC32()
            for start in stride(from: 0, to: bytes.count, by: 13) {
                parts.update(Array(bytes[start..<min(start + 13, bytes.count)]))
            }
            #expect(whole.value == parts.value)
            // zlib.crc32(bytes((i * 7919) % 256 for i in range(1000)))
            #expect(hexCRC(whole.value) == "6b939e91")
        }
    }
}
