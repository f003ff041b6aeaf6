import Foundation
import Testing

/// `srb progress` (and `--by-order` in report csv) through the built binary, on the
/// shipped register. Expected counts are the per-ward-per-year table of
/// data/README.md, tallied by the script that generated the register.
@Suite struct ProgressCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")

    /// data/README.md, "Boys / girls per ward and year": (boys, girls) for 2021…2024.
    static let expected: [String: [(Int, Int)]] = [
        "Thượng Thanh": [(199, 164), (183, 169), (191, 151), (212, 162)],
        "Ngọc Thụy": [(203, 174), (202, 159), (186, 169), (220, 171)],
        "Giang Biên": [(68, 63), (70, 63), (74, 50), (64, 76)],
        "Đức Giang": [(116, 88), (91, 98), (107, 76), (100, 101)],
        "Việt Hưng": [(237, 189), (235, 184), (230, 192), (275, 195)],
        "Gia Thụy": [(78, 73), (80, 72), (71, 75), (76, 79)],
        "Ngọc Lâm": [(92, 101), (89, 94), (92, 96), (92, 101)],
        "Phúc Lợi": [(76, 82), (79, 77), (74, 77), (82, 84)],
        "Bồ Đề": [(210, 187), (210, 171), (214, 173), (217, 209)],
        "Sài Đồng": [(85, 88), (87, 85), (75, 86), (92, 93)],
        "Long Biên": [(112, 120), (125, 100), (111, 119), (118, 112)],
        "Thạch Bàn": [(105, 107), (111, 92), (101, 97), (122, 103)],
        "Phúc Đồng": [(138, 126), (133, 117), (118, 125), (139, 135)],
        "Cự Khối": [(63, 52), (72, 46), (59, 54), (77, 51)],
    ]
    static let total = [(1782, 1614), (1767, 1527), (1703, 1540), (1886, 1672)]

    private func counts(_ years: [[String: Any]]) -> [String] {
        years.map { "\($0["boys"] as? Int ?? -1)/\($0["girls"] as? Int ?? -1)" }
    }

    private func written(_ pairs: [(Int, Int)]) -> [String] { pairs.map { "\($0.0)/\($0.1)" } }

    /// Ordinary least squares over four consecutive years, by the closed form for
    /// x = −1.5, −0.5, 0.5, 1.5 (Σx² = 5): slope = (−3y₁ − y₂ + y₃ + 3y₄)/10.
    private func slope(_ srbs: [Double]) -> Double {
        (-3 * srbs[0] - srbs[1] + srbs[2] + 3 * srbs[3]) / 10
    }

    @Test func jsonHasEveryWardAndYearWithTheRegisterCounts() throws {
        let outcome = try BinaryRunner.run(["progress", "--format", "json", births])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        #expect(json["schema"] as? String == "srb.progress/1")
        #expect(json["period"] as? [String: String] == ["from": "2021-01-01", "to": "2024-12-31"])
        #expect(json["baseline_year"] as? Int == 2021)
        #expect(json["annual_reduction"] as? Double == 0.2)
        #expect(json["target_year"] as? Int == 2030)
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.count == 14)
        for unit in units {
            let name = try #require(unit["name"] as? String)
            let years = try #require(unit["years"] as? [[String: Any]])
            #expect(years.map { $0["year"] as? Int } == [2021, 2022, 2023, 2024])
            #expect(counts(years) == written(try #require(Self.expected[name])), "\(name)")
        }
        let total = try #require(json["total"] as? [String: Any])
        #expect(counts(try #require(total["years"] as? [[String: Any]])) == written(Self.total))
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 13491)
        #expect(input["rows_used"] as? Int == 13491)
        #expect(input["rows_outside_period"] as? Int == 0)
    }

    @Test func vietHungYearsPathVerdictsAndTrendByHand() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["progress", "--format", "json", births]))
        let units = try #require(json["units"] as? [[String: Any]])
        let vietHung = try #require(units.first { $0["name"] as? String == "Việt Hưng" })
        let years = try #require(vietHung["years"] as? [[String: Any]])
        // 237/189, 235/184, 230/192, 275/195 from data/README.md.
        let srbs = [23_700.0 / 189, 23_500.0 / 184, 23_000.0 / 192, 27_500.0 / 195]
        for (year, srb) in zip(years, srbs) {
            #expect(abs((year["srb"] as? Double ?? 0) - srb) < 1e-9)
        }
        // path(y) = 125.397 − 0.2·(y − 2021).
        let paths = years.map { $0["path"] as? Double ?? .nan }
        for (offset, path) in paths.enumerated() { #expect(abs(path - (srbs[0] - 0.2 * Double(offset))) < 1e-9) }
        // 127.72 > 125.20 (off), 119.79 ≤ 125.00 (on), 141.03 > 124.80 (off); Y0 sits on its own path.
        #expect(years.map { $0["verdict"] as? String } == ["on_path", "off_path", "on_path", "off_path"])
        #expect(years[0]["change"] is NSNull)
        #expect(abs((years[1]["change"] as? Double ?? 0) - (srbs[1] - srbs[0])) < 1e-9)
        let trend = try #require(vietHung["trend_per_year"] as? Double)
        #expect(abs(trend - slope(srbs)) < 1e-9)
        // The fitted line passes through (2022.5, mean SRB).
        let mean = srbs.reduce(0, +) / 4
        let projected = try #require(vietHung["projected_target_year_srb"] as? Double)
        #expect(abs(projected - (mean + slope(srbs) * 7.5)) < 1e-9)
        #expect(vietHung["trend_per_year_weighted"] is Double)
    }

    @Test func districtTrendFromTheYearlyTotals() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["progress", "--format", "json", "--by", "total", births]))
        #expect((json["units"] as? [Any])?.isEmpty == true)
        let total = try #require(json["total"] as? [String: Any])
        let srbs = Self.total.map { 100 * Double($0.0) / Double($0.1) }
        // District SRB by year in data/README.md: 110.4, 115.7, 110.6, 112.8.
        #expect(srbs.map { ($0 * 10).rounded() / 10 } == [110.4, 115.7, 110.6, 112.8])
        let trend = try #require(total["trend_per_year"] as? Double)
        #expect(abs(trend - slope(srbs)) < 1e-9)
        let years = try #require(total["years"] as? [[String: Any]])
        // 110.4 on its path; 115.7 above 110.2; 110.6 above 110.0; 112.8 above 109.8.
        #expect(years.map { $0["verdict"] as? String } == ["on_path", "off_path", "off_path", "off_path"])
    }

    @Test func tableShowsYearsAcrossWithMarks() throws {
        let outcome = try BinaryRunner.run(["progress", births])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        let vietHung = try #require(lines.first { $0.hasPrefix("Việt Hưng") })
        #expect(vietHung.contains("125.4 ↘") && vietHung.contains("127.7 ✗") && vietHung.contains("119.8 ↘")
                && vietHung.contains("141.0 ✗"))
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(outcome.standardOutput.contains("✓ meets") && outcome.standardOutput.contains("· no births"))
        #expect(outcome.standardError == "srb: info: \(births): dates are read day first (dmy, DD/MM/YYYY): line 99 has '13/01/2021'\n"
                + "13491 rows read from \(births): 13491 used, 0 outside 2021..2024, 0 rejected\n")
    }

    @Test func baselineYearCountsEarlierYearsOutside() throws {
        let outcome = try BinaryRunner.run(["progress", "--format", "json", "--baseline-year", "2023", births])
        let json = try BinaryRunner.json(outcome)
        let input = try #require(json["input"] as? [String: Any])
        // 2021 and 2022: 3396 + 3294 rows; 2023 and 2024: 3243 + 3558 (data/README.md).
        #expect(input["rows_outside_period"] as? Int == 6690)
        #expect(input["rows_used"] as? Int == 6801)
        #expect(json["period"] as? [String: String] == ["from": "2023-01-01", "to": "2024-12-31"])
        let total = try #require(json["total"] as? [String: Any])
        #expect(counts(try #require(total["years"] as? [[String: Any]])) == written(Array(Self.total[2...])))
        #expect(total["boys"] as? Int == 1703 + 1886)
    }

    @Test func periodLimitsTheYears() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["progress", "--format", "json", "--period", "2022..2023", births]))
        #expect(json["baseline_year"] as? Int == 2022)
        #expect(json["period"] as? [String: String] == ["from": "2022-01-01", "to": "2023-12-31"])
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_used"] as? Int == 3294 + 3243)
        #expect(input["rows_outside_period"] as? Int == 3396 + 3558)
    }

    @Test func byOrderSplitsEachYearAndSumsToIt() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["progress", "--format", "json", "--by-order", "--by", "total", births]))
        let total = try #require(json["total"] as? [String: Any])
        let years = try #require(total["years"] as? [[String: Any]])
        var third = (0, 0), unknown = (0, 0)
        for year in years {
            let orders = try #require(year["by_order"] as? [[String: Any]])
            #expect(orders.map { $0["order"] as? String } == ["1", "2", "3+", "unknown"])
            #expect(orders.reduce(0) { $0 + ($1["boys"] as? Int ?? 0) } == year["boys"] as? Int)
            #expect(orders.reduce(0) { $0 + ($1["girls"] as? Int ?? 0) } == year["girls"] as? Int)
            third.0 += orders[2]["boys"] as? Int ?? 0
            third.1 += orders[2]["girls"] as? Int ?? 0
            unknown.0 += orders[3]["boys"] as? Int ?? 0
            unknown.1 += orders[3]["girls"] as? Int ?? 0
        }
        // Over all four years, data/README.md: 3+ 1225 / 1023, unknown 80 / 66.
        #expect(third == (1225, 1023))
        #expect(unknown == (80, 66))
    }

    @Test func csvIsLongWithOrderLast() throws {
        let plain = try BinaryRunner.run(["progress", "--format", "csv", births])
        let lines = plain.standardOutput.split(separator: "\n")
        #expect(lines[0] == "level,code,name,year,births,boys,girls,srb,ci_low,ci_high,change,path,verdict")
        #expect(lines.count == 1 + 15 * 4)
        #expect(lines.last?.hasPrefix("total,,Total,2024,3558,1886,1672,") == true)
        let split = try BinaryRunner.run(["progress", "--format", "tsv", "--by-order", births])
        let rows = split.standardOutput.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows[0].last == "order")
        #expect(rows.count == 1 + 15 * 4 * 5)
        #expect(rows[1...5].map { String($0.last!) } == ["", "1", "2", "3+", "unknown"])
    }

    @Test func reportCSVByOrderPutsOrderLast() throws {
        let outcome = try BinaryRunner.run(["report", "--format", "csv", "--by-order", "--by", "total",
                                            "--period", "2021..2024", births])
        let rows = outcome.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows[0].joined(separator: ",") == "code,name,level,parent,births,boys,girls,srb,ci_low,ci_high,status,order")
        // Total, then orders 1, 2, 3+, unknown over 2021–2024 (data/README.md).
        #expect(rows[1...].map { "\($0[5])/\($0[6]) \($0[11])" } == [
            "7138/6353 ", "3216/2868 1", "2617/2396 2", "1225/1023 3+", "80/66 unknown",
        ])
    }

    @Test func vietnameseTranslatesTheTableButNotTheWords() throws {
        let table = try BinaryRunner.run(["progress", "--lang", "vi", births])
        #expect(table.standardOutput.contains("Tỷ số giới tính khi sinh theo năm"))
        #expect(table.standardOutput.contains("✗ chệch lộ trình"))
        let csv = try BinaryRunner.run(["progress", "--format", "csv", births], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(csv.standardOutput.contains(",off_path\n"))
    }

    @Test func markdownAndHTMLAreWritten() throws {
        let markdown = try BinaryRunner.run(["progress", "--format", "markdown", "--quiet", births])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("| level | code | name | year | births |"))
        let folder = try BinaryRunner.temporaryFolder()
        let target = folder.appendingPathComponent("progress.html").path
        let html = try BinaryRunner.run(["progress", "--format", "html", "--output", target, births])
        #expect(html.status == 0 && html.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func helpListsTheCommandAndItsOptions() throws {
        #expect(try BinaryRunner.run(["--help"]).standardOutput.contains("  progress"))
        let help = try BinaryRunner.run(["progress", "--help"])
        #expect(help.status == 0)
        for option in ["--baseline-year Y0", "--annual-reduction R", "--target-year Y", "--by-order", "--period P"] {
            #expect(help.standardOutput.contains(option), "\(option)")
        }
    }

    // MARK: Exit codes

    @Test(arguments: [
        ["--baseline-year", "24"], ["--baseline-year", "twenty"], ["--annual-reduction", "-0.2"],
        ["--annual-reduction", "lots"], ["--target-year", "30"], ["--by", "street"], ["--as-of", "31/02/2024"],
    ])
    func badValuesExit64(option: [String]) throws {
        let outcome = try BinaryRunner.run(["progress"] + option + [births])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: option '\(option[0])': '\(option[1])' is not valid"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func unknownOptionSuggestsTheNearest() throws {
        let outcome = try BinaryRunner.run(["progress", "--baseline-yaer", "2022", births])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: unknown option '--baseline-yaer'; did you mean '--baseline-year'?"))
    }

    @Test func dataErrorsExit65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let empty = try BinaryRunner.write("", named: "empty.csv", in: folder)
        #expect(try BinaryRunner.run(["progress", empty]).status == 65)
        let allBad = try BinaryRunner.write("ward,date,sex\nA,2024-01-01,?\n", named: "bad.csv", in: folder)
        let outcome = try BinaryRunner.run(["progress", allBad])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("srb: error: no usable row"))
        let noDistrict = try BinaryRunner.write("ward,date,sex\nA,2024-01-01,M\n", named: "wards.csv", in: folder)
        #expect(try BinaryRunner.run(["progress", "--by", "district", noDistrict]).status == 65)
    }

    @Test func missingInputExits66AndUnwritableOutputExits73() throws {
        #expect(try BinaryRunner.run(["progress", "/nonexistent/so-sinh.csv"]).status == 66)
        let outcome = try BinaryRunner.run(["progress", "--output", "/nonexistent/folder/progress.json", births])
        #expect(outcome.status == 73)
        #expect(outcome.standardOutput.isEmpty)
    }

    /// SPEC "Output": the long markdown table has the csv's column names and
    /// verdict words in every language; with --plan the activities follow it.
    @Test func markdownWithPlanInVietnameseKeepsSpecColumnsThenTheActivities() throws {
        let plan = BinaryRunner.sample("plans/long-bien-2024.csv")
        let outcome = try BinaryRunner.run(["progress", "--plan", plan, "--as-of", "2024-09-30", "--lang", "vi",
                                            "--format", "markdown", "--quiet", births])
        #expect(outcome.status == 0)
        let text = outcome.standardOutput
        let header = "| level | code | name | year | births | boys | girls | srb | ci_low | ci_high | change | path | verdict |\n"
        let table = try #require(text.range(of: header))
        // Việt Hưng 2022: 235 boys, 184 girls, SRB 127.7 above its path 125.2 (docs/progress.md).
        #expect(text.contains("| ward |  | Việt Hưng | 2022 | 419 | 235 | 184 | 127.7 | 104.9 | 155.8 | 2.3 | 125.2 | off_path |\n"))
        #expect(!text.contains("chệch lộ trình |") && !text.contains("✗"))
        let activities = try #require(text.range(of: "**Tiến độ thực hiện các hoạt động"))
        #expect(table.upperBound < activities.lowerBound)
    }

    @Test func planActivitiesComeUnderPlanInJSON() throws {
        let plan = BinaryRunner.sample("plans/long-bien-2024.csv")
        let outcome = try BinaryRunner.run(["progress", "--plan", plan, "--as-of", "2024-09-30", "--format", "json", births])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        let planObject = try #require(json["plan"] as? [String: Any])
        #expect(Set(planObject.keys) == ["activities", "summary", "share_done_of_due"])
        // Counted by hand from data/plans/long-bien-2024.csv as of 2024-09-30 (data/README.md):
        // 13 activities; 2 done among the 8 whose window has opened.
        let summary = try #require(planObject["summary"] as? [String: Int])
        #expect(summary == ["done": 3, "in_progress": 6, "overdue": 0, "due": 1, "upcoming": 2, "unscheduled": 1])
        #expect(planObject["share_done_of_due"] as? Double == 0.25)
        #expect((planObject["activities"] as? [Any])?.count == 13)
    }

    @Test func missingPlanFileExits66() throws {
        let outcome = try BinaryRunner.run(["progress", "--plan", "/nonexistent/ke-hoach.csv", births])
        #expect(outcome.status == 66)
        #expect(outcome.standardError.hasPrefix("srb: error: cannot open /nonexistent/ke-hoach.csv"))
    }
}
