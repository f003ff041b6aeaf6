import Foundation
import Testing

/// SPEC "Hostile and mistaken input", through the binary: each case lost data
/// silently, or took the machine down, before issue 17.
@Suite struct HostileInputCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    /// A generated register of `rows` births a year over 2024, as text.
    private func generated(births count: Int, extra: [String] = []) throws -> String {
        let outcome = try BinaryRunner.run(["generate", "--wards", "14", "--years", "2024", "--births", String(count),
                                            "--srb", "105", "--seed", "11"] + extra)
        #expect(outcome.status == 0)
        return outcome.standardOutput
    }

    @Test func oneStrayQuoteCostsOneRowOfAHundredThousand() throws {
        // The red team's `sed '3s/,Phường/,"Phường/'`: 999,998 of a million births were lost.
        var lines = try generated(births: 100_000).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: ",Phường", with: ",\"Phường")
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(lines.joined(separator: "\n"), named: "stray.csv", in: folder)
        for threads in ["1", "2"] {
            let outcome = try BinaryRunner.run(["report", register, "--format", "json", "--threads", threads])
            let input = try #require(try BinaryRunner.json(outcome)["input"] as? [String: Any])
            #expect(input["rows_read"] as? Int == 100_000)
            #expect(input["rows_used"] as? Int == 99_999)
            #expect((input["rejected_by_reason"] as? [String: Int])?.filter { $0.value > 0 } == ["fields": 1])
        }
    }

    @Test func aBirthDateTypoInTheFutureIsRejectedAndTheYearStays2024() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let typo = try BinaryRunner.write("Mã trẻ;Phường;Quận;Ngày sinh;Giới tính\nX-1;Bồ Đề;Long Biên;15/03/2204;Nam\n",
                                          named: "typo.csv", in: folder)
        let plain = try BinaryRunner.run(["check", births, "--as-of", "2025-01-31"])
        let outcome = try BinaryRunner.run(["check", births, typo, "--as-of", "2025-01-31"])
        #expect(outcome.status == plain.status)
        #expect(outcome.status == 1)  // a ward is significantly over in 2024
        // The same table; only the footer (files, rows) differs.
        let table = { (text: String) in text.components(separatedBy: "Files read:")[0] }
        #expect(table(outcome.standardOutput) == table(plain.standardOutput))
        #expect(outcome.standardError.contains("\(typo):2:4: date: '15/03/2204' is after 2025-01-31 (today, or --as-of): a typo?"))
        // Without --as-of the day is today's: still no 2204.
        let json = try BinaryRunner.json(try BinaryRunner.run(["report", births, typo, "--format", "json"]))
        #expect((json["period"] as? [String: String])?["from"] == "2024-01-01")
    }

    @Test func aBirthDateTypoCenturiesBackStopsProgressWithBothEnds() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let typo = try BinaryRunner.write("Mã trẻ;Phường;Quận;Ngày sinh;Giới tính\nX-1;Bồ Đề;Long Biên;15/03/1024;Nam\n",
                                          named: "typo.csv", in: folder)
        let outcome = try BinaryRunner.run(["progress", births, typo, "--format", "json"])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("srb: error: the years run over 1001 years, more than 200: from 1024-03-15 (\(typo):2) to 2024-12-"))
    }

    @Test func wardNamesOfThousandsOfCombiningMarksAreRejected() throws {
        var text = "ward,date,sex\n"
        for _ in 0..<10 { text += "a" + String(repeating: "\u{0301}", count: 32_000) + ",01/01/2024,M\n" }
        text += "Bồ Đề,01/01/2024,F\n"
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(text, named: "marks.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register, "--format", "json"])
        #expect(outcome.status == 0)
        let input = try #require(try BinaryRunner.json(outcome)["input"] as? [String: Any])
        #expect((input["rejected_by_reason"] as? [String: Int])?.filter { $0.value > 0 } == ["unit": 10])
    }

    @Test(arguments: ["table", "markdown", "html", "csv", "json"])
    func controlCharactersInTheDataNeverReachTheOutputRaw(format: String) throws {
        // OSC sets a terminal's title, BEL rings, ESC [2J clears the screen, U+202E reverses a line.
        let ward = "Bồ\u{1B}]0;pwned\u{07}Đề"
        let text = "ward,date,sex\n\(ward),01/01/2024,M\nGia\u{202E}Thụy,01/01/2024,F\nA,01/01/2024,\u{1B}[2J\n"
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(text, named: "inject.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register, "--format", format])
        #expect(outcome.status == 0)
        for stream in [outcome.standardOutput, outcome.standardError] where format != "csv" || stream == outcome.standardError {
            #expect(!stream.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(format)")
        }
        #expect(outcome.standardError.contains("'\\x1B[2J' is not a sex"))
        if format == "table" || format == "html" {
            #expect(outcome.standardOutput.contains("\\x1B]0;pwned\\x07"))
        }
        if format == "markdown" {  // markdown also escapes the backslash and the bracket
            #expect(outcome.standardOutput.contains("\\\\x1B\\]0;pwned\\\\x07"))
        }
        if format == "json" {
            let units = try #require(try BinaryRunner.json(outcome)["units"] as? [[String: Any]])
            #expect(units.contains { $0["name"] as? String == ward })  // JSON keeps the data, escaped
        }
    }

    /// Found by the fuzz harness: the heading of a table names the one district
    /// all the wards share, and showed it raw.
    @Test(arguments: ["report", "check", "monthly"])
    func aControlCharacterInTheSharedDistrictIsEscapedInTheTablesHeading(command: String) throws {
        let district = "Long\u{1B}]0;pwned\u{07}Biên"
        let text = "ward,district,date,sex\nBồ Đề,\(district),01/01/2024,M\nGia Thụy,\(district),02/01/2024,F\n"
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(text, named: "district.csv", in: folder)
        let outcome = try BinaryRunner.run([command, register, "--format", "table", "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(outcome.standardOutput.contains("Long\\x1B]0;pwned\\x07Biên"))
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 100), "this is a ZIP archive, not a table"),
        ([0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0, count: 100), "this file is compressed with gzip"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x77, 0x00, 0x00, 0x00], "this file is UTF-32 text"),
        (Array("ward,date,sex\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "this looks like UTF-16 text without a byte-order mark"),
    ] as [([UInt8], String)])
    func filesOfAnotherFormatAreNamed(bytes: [UInt8], message: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = folder.appendingPathComponent("so-sinh.csv")
        try Data(bytes).write(to: path)
        let outcome = try BinaryRunner.run(["report", path.path])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("srb: error: \(path.path): \(message)"))
    }

    @Test func headerErrorsNameTheHeadersRealLine() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("\n\nward,when,sex\nA,2024-01-01,M\n", named: "blank-first.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("srb: error: \(register):3: no column for birth date"))
    }
}
