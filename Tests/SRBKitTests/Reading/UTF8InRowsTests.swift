import Foundation
import Testing
@testable import SRBKit

/// Lines of the `notUTF8` warnings of reading `files`, per file name.
private func notUTF8Lines(_ files: [[UInt8]], threads: Int) throws -> [String: Int] {
    let scan = try withTemporaryFiles(files, prefix: "f") { sources in
        try RegisterReader(settings: ReadSettings(threads: threads, minimumBytesToSplit: 0)).read(sources)
    }
    var lines: [String: Int] = [:]
    for case .notUTF8(let location) in scan.warnings { lines[URL(fileURLWithPath: location.file).lastPathComponent] = location.line }
    return lines
}

/// Cells a random register is made of: repeated ward and sex spellings (some
/// not UTF-8: Windows-1258 bytes), quoted cells with line breaks, plain text.
private let wards: [[UInt8]] = [Array("Phúc Đồng".utf8), Array("Bồ Đề".utf8), Array("Ph".utf8) + [0xFA] + Array("c".utf8),
                                Array("\"Gia\nThụy\"".utf8)]
private let sexes: [[UInt8]] = [Array("Nam".utf8), Array("Nữ".utf8), Array("N".utf8) + [0xF7]]
private let notes: [[UInt8]] = [[], Array("ghi chú".utf8), [0xD2, 0x65], Array("\"a\r\nb\"".utf8), Array("x".utf8) + [0xE1, 0xBB]]

extension Reading {
    @Suite struct UTF8InRowsTests {
        @Test func firstLineNotUTF8IsFoundInEveryFileOnOneAndTwoThreads() throws {
            var random = SplitMix64(seed: 1_124)
            func pick(_ cells: [[UInt8]], bad: Bool) -> [UInt8] {
                // Mostly valid cells; the invalid ones only where this row may hold one.
                let pool = bad ? cells : cells.filter { String(validating: $0, as: UTF8.self) != nil || $0.first == 0x22 }
                return pool[Int.random(in: 0..<pool.count, using: &random)]
            }
            for trial in 0..<60 {
                var files: [[UInt8]] = []
                for _ in 0..<2 {
                    var bytes = Array("ward,dob,sex,note\n".utf8)
                    let rows = Int.random(in: 1..<400, using: &random)
                    let badFrom = Int.random(in: 0..<(rows * 2), using: &random)  // sometimes never
                    for index in 0..<rows {
                        let bad = index >= badFrom && Int.random(in: 0..<4, using: &random) == 0
                        bytes += pick(wards, bad: bad) + Array(",01/02/2024,".utf8) + pick(sexes, bad: bad)
                            + Array(",".utf8) + pick(notes, bad: bad) + Array((index % 3 == 0 ? "\r\n" : "\n").utf8)
                    }
                    files.append(bytes)
                }
                var expected: [String: Int] = [:]
                for (index, bytes) in files.enumerated() { expected["f\(index).csv"] = referenceFirstLineNotUTF8(bytes) }
                #expect(try notUTF8Lines(files, threads: 1) == expected, "trial \(trial)")
                #expect(try notUTF8Lines(files, threads: 2) == expected, "trial \(trial)")
            }
        }

        @Test func spellingNotUTF8SeenInTheFirstFileIsWarnedInTheSecondToo() throws {
            let row = Array("Ph".utf8) + [0xFA] + Array("c,01/02/2024,Nam\n".utf8)
            let header = Array("ward,dob,sex\n".utf8)
            let first = header + Array("Bồ Đề,01/02/2024,Nam\n".utf8) + row
            let second = header + Array("Bồ Đề,02/02/2024,Nữ\n".utf8) + Array("Bồ Đề,03/02/2024,Nữ\n".utf8) + row
            #expect(try notUTF8Lines([first, second], threads: 1) == ["f0.csv": 3, "f1.csv": 4])
        }
    }
}
