import Foundation
import Testing

/// `srb report` through the built binary, on the shipped sample data and small registers.
@Suite struct ReportCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
    let counts = BinaryRunner.sample("registers/long-bien-monthly-counts-2024.csv")

    @Test func sampleReportShowsEveryWardWithIntervalsAndStatuses() throws {
        let outcome = try BinaryRunner.run(["report", births])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        // 2024 counts of Việt Hưng from data/README.md (tallied by the generating script):
        // 275 boys, 195 girls; 100·275/195 = 141.03 → 141.0.
        let vietHung = try #require(lines.first { $0.contains("Việt Hưng") })
        #expect(vietHung.contains("470") && vietHung.contains("275") && vietHung.contains("195"))
        #expect(vietHung.contains("141.0"))
        #expect(vietHung.contains("significantly over"))
        #expect(vietHung.hasPrefix("▲"))
        for ward in ["Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm",
                     "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh", "Việt Hưng"] {
            #expect(lines.contains { $0.contains(ward) }, "missing \(ward)")
        }
        #expect(outcome.standardError.contains("13491 rows read"))
        #expect(outcome.standardError.contains("3558 used, 9933 outside 2024, 0 rejected"))
        #expect(!outcome.standardOutput.contains("\u{1B}["), "no colour when standard output is a pipe")
    }

    @Test func jsonOfSampleAccountsForEveryRow() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["report", "--format", "json", births]))
        #expect(json["schema"] as? String == "srb.report/1")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2024-01-01")
        #expect(period["to"] as? String == "2024-12-31")
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 13491)
        #expect(input["rows_used"] as? Int == 3558)
        #expect(input["rows_outside_period"] as? Int == 9933)
        #expect(input["rows_rejected"] as? Int == 0)
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.count == 14)
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["boys"] as? Int == 1886)
        #expect(total["girls"] as? Int == 1672)
        // 100·1886/1672 computed by hand: 112.799043…
        let srb = try #require(total["srb"] as? Double)
        #expect(abs(srb - 112.79904306220095) < 1e-9)
    }

    @Test func countSheetGivesTheSameNumbersAsTheBirthRegister() throws {
        let fromBirths = try BinaryRunner.run(["report", "--format", "csv", births])
        let fromCounts = try BinaryRunner.run(["report", "--format", "csv", counts])
        #expect(fromCounts.status == 0)
        // The count sheet has no district column, so only `parent` (column 4) may differ.
        func withoutParent(_ csv: String) -> [[Substring]] {
            csv.split(separator: "\n").map { line in
                var cells = line.split(separator: ",", omittingEmptySubsequences: false)
                cells.remove(at: 3)
                return cells
            }
        }
        #expect(withoutParent(fromBirths.standardOutput) == withoutParent(fromCounts.standardOutput))
        #expect(withoutParent(fromBirths.standardOutput).count == 16)
    }

    @Test(arguments: [
        ("2021", 3396), ("2021..2024", 13491), ("2024-Q1", nil), ("2024-01..2024-06", nil),
    ] as [(String, Int?)])
    func everyPeriodFormKeepsTheAccountingBalanced(period: String, expectedUsed: Int?) throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["report", "--format", "json", "--period", period, births]))
        let input = try #require(json["input"] as? [String: Any])
        let read = try #require(input["rows_read"] as? Int)
        let used = try #require(input["rows_used"] as? Int)
        let outside = try #require(input["rows_outside_period"] as? Int)
        let rejected = try #require(input["rows_rejected"] as? Int)
        #expect(read == 13491)
        #expect(read == used + outside + rejected)
        if let expectedUsed { #expect(used == expectedUsed) }  // yearly totals from data/README.md
    }

    @Test func badRowsAreRejectedWithReasonAndCountedOnce() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("""
        ward,birth_date,sex
        A,01/02/2024,M
        A,31/02/2024,F
        ,01/02/2024,F
        A,01/02/2024,X
        A,01/02/2024
        B,2024-03-05,nữ

        """, named: "bad.csv", in: folder)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let outcome = try BinaryRunner.run(["report", "--format", "json", "--rejects", rejects, register])
        #expect(outcome.status == 0)
        let input = try #require(try BinaryRunner.json(outcome)["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 6)
        #expect(input["rows_used"] as? Int == 2)
        #expect(input["rows_rejected"] as? Int == 4)
        let reasons = try #require(input["rejected_by_reason"] as? [String: Int])
        #expect(reasons == ["fields": 1, "unit": 1, "date": 1, "sex": 1, "count": 0, "duplicate": 0, "total": 0])
        #expect(outcome.standardError.contains("srb: warning: \(register):3:2: date: '31/02/2024' is not a day of the calendar"))
        #expect(outcome.standardError.contains("srb: warning: \(register):5:3: sex: 'X' is not a sex"))
        let listed = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(listed == """
        file,line,column,reason,field
        \(register),3,2,date,31/02/2024
        \(register),4,1,unit,
        \(register),5,3,sex,X
        \(register),6,3,fields,

        """)
    }

    @Test func standardInputIsReadWhenTheFileIsADash() throws {
        let outcome = try BinaryRunner.run(["report", "--format", "json", "--by", "total", "-"],
                                           input: "xã;ngày sinh;giới tính\r\nA;1/1/2024;Nam\r\nA;2/1/2024;Nữ\r\n")
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        #expect((json["units"] as? [Any])?.isEmpty == true)
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["srb"] as? Double == 100)
        // One boy in two births: the Clopper–Pearson bounds have closed forms,
        // p_low = 1 − √0.975 and p_high = √0.975; SRB = 100·p/(1−p).
        let low = 1 - 0.975.squareRoot(), high = 0.975.squareRoot()
        let ciLow = try #require(total["ci_low"] as? Double)
        let ciHigh = try #require(total["ci_high"] as? Double)
        #expect(abs(ciLow - 100 * low / (1 - low)) < 1e-9 * ciLow)
        #expect(abs(ciHigh - 100 * high / (1 - high)) < 1e-9 * ciHigh)
        #expect((json["input"] as? [String: Any])?["files"] as? [String] == ["-"])
    }

    @Test func sameInputGivesSameBytes() throws {
        let first = try BinaryRunner.run(["report", "--format", "json", births])
        let second = try BinaryRunner.run(["report", "--format", "json", births])
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func quietSilencesTheSummary() throws {
        let outcome = try BinaryRunner.run(["report", "--quiet", births])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
    }

    @Test func vietnameseLocaleTranslatesLabelsButNotJSON() throws {
        let table = try BinaryRunner.run(["report", births], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(table.standardOutput.contains("Tỷ số giới tính khi sinh"))
        #expect(table.standardOutput.contains("Vượt ngưỡng có ý nghĩa thống kê"))
        let json = try BinaryRunner.run(["report", "--format", "json", "--lang", "vi", births])
        #expect(json.standardOutput.contains("\"status\": \"significant\""))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let target = folder.appendingPathComponent("report.json").path
        let outcome = try BinaryRunner.run(["report", "--format", "json", "--output", target, births])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"schema\": \"srb.report/1\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    /// SPEC Output: "numbers are written plainly". 1 boy and 1,000,000 girls:
    /// ci_low = 100·p/(1 − p) with p = 1 − 0.975^(1/1000001), 2.53177829870023e-6.
    @Test(arguments: ["csv", "tsv", "json"])
    func tinyLowerBoundIsWrittenWithoutAnExponent(format: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let sheet = try BinaryRunner.write("ward,period,boys,girls\nA,2024,1,1000000\n", named: "counts.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", "--format", format, sheet])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("0.00000253177829870023"))
        #expect(!outcome.standardOutput.contains("e-0"))
    }
}
