import Foundation
import Testing

/// `srb monthly` and `srb check --window`, run as a user would, against SPEC
/// "The monthly view". Counts of the sample are those of the issue (Bồ Đề,
/// March 2024: 13 boys, 21 girls, 61.9, 28.5–129.5) and of the csv-module count
/// in scripts/crosscheck/monthly_reference.py; p-values from scipy 1.17.1.
@Suite struct MonthlyCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    private func unit(_ json: [String: Any], _ name: String) throws -> [String: Any] {
        let units = try #require(json["units"] as? [[String: Any]])
        return try #require(units.first { $0["name"] as? String == name })
    }

    @Test func jsonHasSpecKeysInOrderAndTheSampleNumbers() throws {
        let outcome = try BinaryRunner.run(["monthly", "--month", "2024-03", "--format", "json", births])
        #expect(outcome.status == 0)
        let raw = outcome.standardOutput
        let topKeys = ["\"schema\"", "\"month\"", "\"threshold\"", "\"confidence\"", "\"ci_method\"", "\"units\"",
                       "\"total\"", "\"input\""]
        let positions = topKeys.compactMap { raw.range(of: $0)?.lowerBound }
        #expect(positions.count == topKeys.count && positions == positions.sorted())
        let json = try BinaryRunner.json(outcome)
        #expect(json["schema"] as? String == "srb.monthly/1")
        #expect(json["month"] as? String == "2024-03")
        let boDe = try unit(json, "Bồ Đề")
        #expect(Set(boDe.keys) == ["code", "name", "level", "parent", "windows", "change_12_months", "change_p_value"])
        let windows = try #require(boDe["windows"] as? [String: [String: Any]])
        #expect(Set(windows.keys) == ["month", "year_to_date", "last_12_months", "previous_12_months"])
        let month = try #require(windows["month"])
        #expect(Set(month.keys) == ["from", "to", "births", "boys", "girls", "srb", "ci_low", "ci_high", "status"])
        #expect(month["from"] as? String == "2024-03-01" && month["to"] as? String == "2024-03-31")
        #expect(month["boys"] as? Int == 13 && month["girls"] as? Int == 21)
        #expect(abs((month["srb"] as? Double ?? 0) - 61.904761904761905) < 1e-12)
        #expect(abs((month["ci_low"] as? Double ?? 0) - 28.5) < 0.05 && abs((month["ci_high"] as? Double ?? 0) - 129.5) < 0.05)
        let counts = ["month": (13, 21), "year_to_date": (37, 47), "last_12_months": (198, 178),
                      "previous_12_months": (223, 180)]
        for (name, (boys, girls)) in counts {
            #expect(windows[name]?["boys"] as? Int == boys && windows[name]?["girls"] as? Int == girls, "\(name)")
        }
        #expect(windows["previous_12_months"]?["from"] as? String == "2022-04-01")
        #expect(abs((boDe["change_p_value"] as? Double ?? 0) - 0.47234026720130734) < 1e-9)
        #expect(abs((boDe["change_12_months"] as? Double ?? 0) - (100.0 * 198 / 178 - 100.0 * 223 / 180)) < 1e-12)
        #expect(try unit(json, "Việt Hưng")["change_p_value"] as? Double == 1)
        let input = try #require(json["input"] as? [String: Any])
        let read = input["rows_read"] as? Int ?? -1, used = input["rows_used"] as? Int ?? -1
        let outside = input["rows_outside_period"] as? Int ?? -1, rejected = input["rows_rejected"] as? Int ?? -1
        #expect(read == 13491 && read == used + outside + rejected)
    }

    @Test func csvIsLongWithOneRowPerUnitAndWindow() throws {
        let outcome = try BinaryRunner.run(["monthly", "--month", "2024-03", "--format", "csv", births])
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "level,code,name,window,from,to,births,boys,girls,srb,ci_low,ci_high,status")
        #expect(lines.count == 1 + (14 + 1) * 4)  // 14 wards and the total, four windows each
        #expect(lines.contains("ward,,Bồ Đề,month,2024-03-01,2024-03-31,34,13,21,61.904761904761905,28.47945332129805,129.54748453345053,ok"))
        #expect(lines.last?.hasPrefix("total,,Total,previous_12_months,2022-04-01,2023-03-31,") == true)
    }

    @Test func everyFormatRunsAndTheDefaultMonthIsTheLastWithBirths() throws {
        for format in ["table", "markdown", "html", "tsv"] {
            let outcome = try BinaryRunner.run(["monthly", "--format", format, births])
            #expect(outcome.status == 0, "\(format)")
            #expect(outcome.standardOutput.contains("Bồ Đề"), "\(format)")
        }
        let html = try BinaryRunner.run(["monthly", "--format", "html", births]).standardOutput
        #expect(html.contains("class=\"chart rolling\"") && html.contains("2024-12"))
        let table = try BinaryRunner.run(["monthly", births]).standardOutput
        #expect(table.contains("2024-12"))
    }

    @Test func vietnameseTableAndHelp() throws {
        let outcome = try BinaryRunner.run(["monthly", "--lang", "vi", births])
        #expect(outcome.standardOutput.contains("Lũy kế từ đầu năm") && outcome.standardOutput.contains("12 tháng gần nhất"))
        let help = try BinaryRunner.run(["monthly", "--help", "--lang", "vi"])
        #expect(help.standardOutput.contains("tháng cuối cùng có trẻ sinh"))
        let overview = try BinaryRunner.run(["--help"])
        #expect(overview.standardOutput.contains("monthly"))
    }

    @Test func monthlyRefusesPeriod() throws {
        #expect(try BinaryRunner.run(["monthly", "--period", "2024", births]).status == 64)
        #expect(try BinaryRunner.run(["monthly", "--month", "2024-13", births]).status == 64)
    }

    // SPEC: shared options apply to monthly except --period, --by-order among them. Bồ Đề, March 2024, by hand
    // from the register: third and later births of the month 1 boy and 2 girls (orders 3, 4).
    @Test func byOrderSplitsEachUnitsWindowsAsReportDoes() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("""
            xã;ngày sinh;giới tính;con thứ
            Bồ Đề;02/03/2024;Nam;1
            Bồ Đề;03/03/2024;Nữ;3
            Bồ Đề;04/03/2024;Nữ;4
            Bồ Đề;05/03/2024;Nam;3
            Bồ Đề;06/03/2023;Nam;3

            """, named: "r.csv", in: folder)
        let outcome = try BinaryRunner.run(["monthly", "--by-order", "--format", "json", register])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let boDe = try unit(try BinaryRunner.json(outcome), "Bồ Đề")
        let orders = try #require(boDe["by_order"] as? [[String: Any]])
        #expect(orders.map { $0["order"] as? String } == ["1", "2", "3+", "unknown"])
        let third = try #require(orders[2]["windows"] as? [String: [String: Any]])
        #expect(third["month"]?["boys"] as? Int == 1 && third["month"]?["girls"] as? Int == 2)
        #expect(third["month"]?["srb"] as? Double == 50)
        #expect(third["last_12_months"]?["births"] as? Int == 3 && third["previous_12_months"]?["boys"] as? Int == 1)
        let csv = try BinaryRunner.run(["monthly", "--by-order", "--format", "csv", register])
        #expect(csv.standardOutput.contains("\nward,,Bồ Đề,month,2024-03-01,2024-03-31,3,1,2,50.0,"))
        #expect(csv.standardOutput.split(separator: "\n").filter { $0.hasSuffix(",3+") }.count == 8)  // the ward's and the total's
    }

    @Test func noRowInTheWindowsIsExit65AndNothingIsWritten() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let output = folder.appendingPathComponent("monthly.json").path
        let outcome = try BinaryRunner.run(["monthly", "--month", "2030-01", "--output", output, births])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("2028-02..2030-01"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: check --window

    @Test func checkWindowChecksTheSpanOfTheMonth() throws {
        let outcome = try BinaryRunner.run(["check", "--window", "last_12_months", "--month", "2024-03",
                                            "--format", "json", births])
        let json = try BinaryRunner.json(outcome)
        let period = try #require(json["period"] as? [String: String])
        #expect(period == ["from": "2023-04-01", "to": "2024-03-31"])
        let total = try #require(json["total"] as? [String: Any])
        // Every ward of the 12 months, counted as monthly counts them.
        let monthly = try BinaryRunner.json(try BinaryRunner.run(["monthly", "--month", "2024-03", "--format", "json", births]))
        let last12 = try #require(((monthly["total"] as? [String: Any])?["windows"] as? [String: [String: Any]])?["last_12_months"])
        #expect(total["births"] as? Int == last12["births"] as? Int)
        #expect(outcome.status == ((json["units"] as? [Any])?.isEmpty == true ? 0 : 1))
    }

    @Test func checkMonthAloneChecksThatMonthAndWarnsWhenItHasNoBirths() throws {
        let outcome = try BinaryRunner.run(["check", "--month", "2024-03", "--format", "json", births])
        let period = try #require(try BinaryRunner.json(outcome)["period"] as? [String: String])
        #expect(period == ["from": "2024-03-01", "to": "2024-03-31"])
        let stale = try BinaryRunner.run(["check", "--window", "last_12_months", "--month", "2025-01",
                                          "--as-of", "2025-02-01", births])
        #expect(stale.standardError.contains("no births in 2025-01"))
    }

    @Test func checkWindowWithPeriodOrABadWindowIsAUsageError() throws {
        let both = try BinaryRunner.run(["check", "--window", "month", "--period", "2024", births])
        #expect(both.status == 64 && both.standardError.contains("'--window' and '--period'"))
        let bad = try BinaryRunner.run(["check", "--window", "last_0_months", births])
        #expect(bad.status == 64 && bad.standardError.contains("last_N_months"))
    }
}
