import Foundation
import Testing

/// Issue 11's table: what a district office does every month, and what srb
/// must say. Each case gave wrong numbers without a word, or exit 0, before.
@Suite struct SpreadsheetHabitsTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    /// A September register exported month first (Excel under an English locale), rows in registration order.
    static var septemberMonthFirst: String {
        var text = "Mã trẻ;Phường;Ngày sinh;Giới tính\n"
        for index in 0..<309 {
            let day = index * 7 % 30 + 1
            text += "LB-\(index);\(["Bồ Đề", "Phúc Đồng", "Cự Khối"][index % 3]);9/\(day)/2024 12:00:00 AM;\(index % 2 == 0 ? "Nam" : "Nữ")\n"
        }
        return text
    }

    static let countSheet = """
        Phường;Tháng/năm;Số trẻ trai;Số trẻ gái
        Bồ Đề;09/2024;90;84
        Phúc Đồng;09/2024;74;61
        Tổng cộng;09/2024;164;145

        """

    private func json(_ outcome: BinaryRunner.Outcome) throws -> [String: Any] { try BinaryRunner.json(outcome) }

    @Test func monthFirstExportIsReadWholeAndTheWarningSaysHowToForceTheOther() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(Self.septemberMonthFirst, named: "thang-09.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register, "--period", "09/2024", "--format", "json"])
        #expect(outcome.status == 0)
        let input = try #require(try json(outcome)["input"] as? [String: Any])
        #expect(input["rows_used"] as? Int == 309)
        #expect(input["rows_rejected"] as? Int == 0)
        #expect(outcome.standardError.contains("srb: warning: \(register): dates are read month first (mdy, MM/DD/YYYY)"))
        #expect(outcome.standardError.contains("use --date-order dmy"))
        let vietnamese = try BinaryRunner.run(["report", register, "--lang", "vi"])
        #expect(vietnamese.standardError.contains("ngày được đọc theo kiểu tháng trước"))
    }

    @Test func totalRowOfACountSheetIsRejectedNotCounted() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let sheet = try BinaryRunner.write(Self.countSheet, named: "thang-09.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", sheet, "--by", "total", "--format", "json"])
        let total = try #require(try json(outcome)["total"] as? [String: Any])
        #expect(total["births"] as? Int == 309)
        #expect(outcome.standardError.contains("\(sheet):4:1: total: 'Tổng cộng' is a total, not a unit"))
    }

    // SPEC: a total is `Cộng`, `Tổng cộng`…; `Công`, `Cổng` and `Cong` are wards (diacritics count).
    @Test func wardsSpelledLikeCongAreReportedNotRejectedAsTotals() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,birth_date,sex\nCông,2024-05-01,m\nCổng,2024-05-02,f\nCong,2024-05-03,m\nCộng,2024-05-04,f\n",
                                              named: "cong.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let document = try json(outcome)
        let units = try #require(document["units"] as? [[String: Any]])
        #expect(units.map { $0["name"] as? String } == ["Cong", "Công", "Cổng"])  // NFC code points: o < ô (U+00F4) < ổ (U+1ED5)
        #expect((document["total"] as? [String: Any])?["births"] as? Int == 3)
        let input = try #require(document["input"] as? [String: Any])
        #expect(input["rows_used"] as? Int == 3 && (input["rejected_by_reason"] as? [String: Int])?["total"] == 1)
        #expect(outcome.standardError.contains("\(register):5:1: total: 'Cộng' is a total, not a unit"))
    }

    @Test func sameCountSheetGivenTwiceCountsOnce() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let first = try BinaryRunner.write(Self.countSheet, named: "thang-09.csv", in: folder)
        let copy = try BinaryRunner.write(Self.countSheet, named: "thang-09 (1).csv", in: folder)
        let outcome = try BinaryRunner.run(["report", first, copy, "--by", "total", "--format", "json"])
        let document = try json(outcome)
        #expect((document["total"] as? [String: Any])?["births"] as? Int == 309)
        let reasons = (document["input"] as? [String: Any])?["rejected_by_reason"] as? [String: Int]
        #expect(reasons?["duplicate"] == 2)
        #expect(reasons?["total"] == 2)
        #expect(outcome.standardError.contains("duplicate: this unit and period were already counted at \(first):2"))
    }

    @Test func checkOfAPeriodWithNoRowExits65AndSaysWhatTheDataCovers() throws {
        let outcome = try BinaryRunner.run(["check", "--quiet", "--period", "2025-01", births])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "srb: error: no row falls in 2025-01: the data covers 2021-01-01 to 2024-12-31; "
                + "has this month's export been made? (or choose the period with --period)\n")
    }

    @Test func moreRejectedThanAllowedExits65AfterWritingTheOutput() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,date,sex\nA,15/01/2024,M\nA,16/01/2024,?\nA,17/01/2024,F\n",
                                              named: "a.csv", in: folder)
        let output = folder.appendingPathComponent("out.json").path
        let strict = try BinaryRunner.run(["report", register, "--max-rejected", "0,2", "--format", "json", "--output", output])
        #expect(strict.status == 65)
        #expect(strict.standardError.contains("srb: error: 1 of 3 rows were rejected, more than --max-rejected allows (20%)"))
        #expect(FileManager.default.fileExists(atPath: output))
        let lenient = try BinaryRunner.run(["report", register, "--max-rejected", "0.5"])
        #expect(lenient.status == 0)
    }

    @Test(arguments: [["sep=;"], ["TRUNG TÂM Y TẾ QUẬN LONG BIÊN", "DANH SÁCH TRẺ SINH THÁNG 9/2024"]])
    func titleLinesAboveTheHeaderAreSkipped(titles: [String]) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write(titles.joined(separator: "\n") + "\n" + Self.countSheet, named: "bieu.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", register, "--by", "total", "--format", "json"])
        #expect(outcome.status == 0)
        #expect((try json(outcome)["total"] as? [String: Any])?["births"] as? Int == 309)
        #expect(outcome.standardError.contains("the header is on this line; \(titles.count) \(titles.count == 1 ? "line" : "lines") above it"))
    }

    @Test func periodsAsStaffWriteThem() throws {
        for period in ["09/2024", "Quý 3/2024", "Q3/2024"] {
            let outcome = try BinaryRunner.run(["report", births, "--period", period, "--format", "json"])
            #expect(outcome.status == 0, "\(period)")
            let from = (try json(outcome)["period"] as? [String: String])?["from"]
            #expect(from == (period == "09/2024" ? "2024-09-01" : "2024-07-01"), "\(period)")
        }
        let reduction = try BinaryRunner.run(["progress", births, "--annual-reduction", "0,2", "--format", "json"])
        #expect(reduction.status == 0)
    }
}
