import Testing
@testable import SRBKit

/// SplitMix64 (Steele, Lea and Flood 2014): a seeded generator, so that every
/// run of the suite tries the same inputs.
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A valid register to cut and damage: ids, a BOM, semicolons, CRLF, quotes.
private let sample = Array([
    "\u{FEFF}STT;Mã trẻ;Ngày sinh;Giới tính;Con thứ;Phường/Xã;Quận/Huyện",
    "1;LB-1;01/01/2024;Nam;1;Bồ Đề;Long Biên",
    "2;LB-2;02/01/2024;Nữ;2;\"Phường Ngọc; Lâm\";Long Biên",
    "3;LB-2;03/02/2024;Nam;;P. Gia Thụy;Long Biên",
    "4;LB-4;31/02/2024;x;3;Bồ Đề;\"Long \"\"Biên\"\"\"",
    "5;LB-5;2023-12-31;F;1;Cự Khối;",
    "",
].joined(separator: "\r\n").utf8)

/// Bytes that matter to the reader, drawn more often than the others.
private let interesting: [UInt8] = Array(",;\t|\"\r\n".utf8) + [0x00, 0xC3, 0xA1, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0xD0, 0xCC]

/// One damaged input: random bytes, or the sample cut, flipped and spliced.
private func input(_ random: inout SplitMix64) -> [UInt8] {
    var bytes: [UInt8]
    switch random.below(3) {
    case 0:
        bytes = (0..<random.below(400)).map { _ in
            random.below(3) == 0 ? interesting[random.below(interesting.count)] : UInt8(random.below(256))
        }
    default:
        bytes = Array(sample.prefix(random.below(sample.count + 1)))
        for _ in 0..<random.below(6) where !bytes.isEmpty {
            let position = random.below(bytes.count)
            switch random.below(4) {
            case 0: bytes[position] ^= UInt8(1 << random.below(8))
            case 1: bytes[position] = interesting[random.below(interesting.count)]
            case 2: bytes.insert(contentsOf: sample[random.below(sample.count)...].prefix(random.below(40)), at: position)
            default: bytes.removeSubrange(position..<min(bytes.count, position + random.below(20)))
            }
        }
    }
    return bytes
}

extension Reading {
    @Suite struct RobustnessTests {
        /// SPEC "Nothing is lost", on 200 damaged registers: reading never traps,
        /// and every row read is used, outside the period or rejected, in the
        /// report and in the validation, whatever the settings.
        @Test(.timeLimit(.minutes(1)))
        func damagedRegistersAlwaysAccountForEveryRow() throws {
            var random = SplitMix64(state: 20_240_101)
            let registry = try UnitRegistry(file: "wards.csv", entries: [
                UnitRegistry.Entry(code: "00139", name: "Bồ Đề", district: "Long Biên", province: "Hà Nội", aliases: [], line: 2),
                UnitRegistry.Entry(code: "00133", name: "Ngọc Lâm", district: nil, province: "Hà Nội", aliases: ["Ngoc Lam"], line: 3),
            ], hasDistrictColumn: true, hasProvinceColumn: true)
            var readCount = 0
            for round in 0..<200 {
                let bytes = input(&random)
                let period = round % 3 == 0 ? Period(parsing: "2024") : nil
                let settings = ReadSettings(
                    delimiter: round % 5 == 0 ? .semicolon : nil,
                    encoding: [nil, nil, .utf8, .utf16, .cp1258][round % 5],
                    period: period,
                    maximumFieldLength: round % 7 == 0 ? 8 : ReadSettings.defaultMaximumFieldLength,
                    registry: round % 4 == 0 ? registry : nil)
                var rejections = 0
                let files: [InputSource] = [.memory(name: "a.csv", bytes: bytes), .memory(name: "b.csv", bytes: bytes)]
                guard let scan = try? RegisterReader(settings: settings).read(Array(files.prefix(1 + round % 2)), onRejection: { _ in
                    rejections += 1
                }) else { continue }
                readCount += 1
                #expect(rejections == scan.rowsRejected, "round \(round)")
                #expect(scan.rowsRead == scan.rowsUsable + scan.rowsRejected, "round \(round)")
                for level in [UnitLevel.ward, .total] {
                    if let report = try? Report(scan: scan, settings: ReportSettings(period: period, level: level)) {
                        #expect(report.input.isBalanced, "round \(round)")
                        _ = ReportRenderer(options: RenderOptions()).render(report, as: .json)
                    }
                    let validation = try Validation(scan: scan, period: period, level: level)
                    #expect(validation.input.isBalanced, "round \(round)")
                    _ = ValidationRenderer(options: RenderOptions()).render(validation, as: .table)
                }
            }
            #expect(readCount > 25)  // many inputs keep a usable header: the checks above did run
        }

        // Regressions: inputs that once cost memory or time in proportion to a line's length.

        @Test func lineOfAMillionDelimitersIsOneRejectedRowInBoundedMemory() throws {
            // Before the fix every field of such a line was kept: 100 MB of commas took 1.1 GB.
            let bytes = Array("ward,dob,sex\nBồ Đề,2024-01-01,M".utf8) + Array(repeating: UInt8(ascii: ","), count: 1_000_000)
                + Array("\nBồ Đề,2024-01-02,F\n".utf8)
            var rejections: [Rejection] = []
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "commas.csv", bytes: bytes)]) {
                rejections.append($0)
            }
            #expect(scan.rowsRead == 2)
            #expect(rejections.map(\.problem) == [.fieldCount(found: 1_000_003, expected: 3)])
            #expect(rejections.first?.location == SRBKit.SourceLocation(file: "commas.csv", line: 2, column: 4))
        }

        @Test func headerWiderThanTheStoredFieldsKeepsItsRoles() throws {
            // Before the fix a 100 MB header of 50 million columns ran for minutes in 1.3 GB.
            let extra = String(repeating: ",x", count: 20_000)
            let text = "ward,dob,sex" + extra + "\nBồ Đề,2024-01-01,M" + extra + "\nBồ Đề,2024-01-02,F\n"
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "wide.csv", bytes: Array(text.utf8))])
            #expect(scan.rowsRead == 2)
            #expect(scan.rowsUsable == 1)
            #expect(scan.rejectedByReason == [.fields: 1])
        }

        @Test func rowLongerThanSixteenFieldsAtTheLimitIsRejectedAsTooLong() throws {
            // Field limit 9 bytes: the row limit is 144. After "Bo De", "20240101" and "M"
            // (14 bytes), fields of 8 bytes: the 17th of them (column 20) starts at byte
            // 142 and is cut.
            let header = ["ward", "dob", "sex"] + (4...22).map { "c\($0)" }
            let row = ["Bo De", "20240101", "M"] + Array(repeating: "abcdefgh", count: 19)
            let text = header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
            var rejections: [Rejection] = []
            _ = try RegisterReader(settings: ReadSettings(maximumFieldLength: 9)).read(
                [.memory(name: "long.csv", bytes: Array(text.utf8))]) { rejections.append($0) }
            #expect(rejections.map(\.problem) == [.rowTooLong(limit: 144)])
            #expect(Diagnostics(language: .en).message(for: rejections[0]) == "long.csv:2:20: fields: the row is longer than 144 bytes")
        }
    }
}
