import Foundation
import Testing

/// `srb validate`, through the built binary: output, standard error, exit codes.
@Suite struct ValidateCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
    let wards = BinaryRunner.sample("wards/long-bien.csv")

    @Test func cleanSampleRegisterExitsZeroAndSaysSo() throws {
        let outcome = try BinaryRunner.run(["validate", "--wards", wards, births])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("Data quality of the register, all dates\nFiles: \(births)\n"))
        #expect(outcome.standardOutput.contains("Rows read   13491\n  used      13491\n  rejected      0\n"))
        #expect(outcome.standardOutput.contains("Dates of the rows used: 2021-01-01 to 2024-12-31\n"))
        #expect(outcome.standardOutput.contains("Units with births: 14 of the 14 in the ward registry\n"))
        #expect(outcome.standardOutput.contains("Registry units with no births: none\n"))
        #expect(outcome.standardOutput.hasSuffix("No row rejected.\n"))
        // Row 98 (line 99) is the first birth after 12 January.
        #expect(outcome.standardError == "srb: info: \(births): dates are read day first (dmy, DD/MM/YYYY): line 99 has '13/01/2021'\n")
    }

    /// A register with one gap, one odd sex spelling, one duplicate id across files.
    private func plantedRegister(in folder: URL) throws -> [String] {
        var first = "id,ward,dob,sex\n"
        var number = 0
        for month in 1...6 {
            // Bồ Đề registers 20 a month, but only 1 in April: a gap.
            for day in 1...(month == 4 ? 1 : 20) {
                number += 1
                first += "B\(number),Bồ Đề,2024-0\(month)-\(day < 10 ? "0" : "")\(day),\(number % 2 == 0 ? "Nam" : "Nữ")\n"
            }
        }
        first += "X1,Bồ Đề,2024-06-21,Trai\nX2,Bồ Đề,2024-06-22,?\n"
        let second = "id,ward,dob,sex\nB7,Bồ Đề,2024-01-07,Nữ\nY1,Bồ Đề,2024-06-23,Nam\n"
        return [try BinaryRunner.write(first, named: "thang-1-6.csv", in: folder),
                try BinaryRunner.write(second, named: "bo-sung.csv", in: folder)]
    }

    @Test func findsPlantedGapOddSpellingAndDuplicateAndExitsOne() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let files = try plantedRegister(in: folder)
        let outcome = try BinaryRunner.run(["validate", "--format", "json"] + files)
        #expect(outcome.status == 1)
        let json = try BinaryRunner.json(outcome)
        #expect(json["schema"] as? String == "srb.validate/1")
        let input = try #require(json["input"] as? [String: Any])
        // 103 rows in the first file (101 births, X1, X2), 2 in the second: 2 rejected (sex "?", duplicate B7).
        #expect(input["rows_read"] as? Int == 105)
        #expect(input["rows_used"] as? Int == 103)
        #expect(input["rejected_by_reason"] as? [String: Int] == ["fields": 0, "unit": 0, "date": 0, "sex": 1, "count": 0,
                                                                  "duplicate": 1, "total": 0])
        let unit = try #require((json["units"] as? [[String: Any]])?.first)
        #expect(unit["monthly_births"] as? [Int] == [20, 20, 20, 1, 20, 22])
        #expect(unit["gap_months"] as? [String] == ["2024-04"])
        let spellings = try #require(json["sex_spellings"] as? [[String: Any]])
        // B1…B101: 51 odd numbers are Nữ, 50 even Nam; then Y1 Nam, and the duplicate B7 Nữ (its sex is still seen).
        #expect(spellings.map { $0["spelling"] as? String } == ["Nữ", "Nam", "?", "Trai"])
        #expect(spellings.map { $0["rows"] as? Int } == [52, 51, 1, 1])
        let duplicates = try #require(json["duplicate_ids"] as? [String: Any])
        #expect(duplicates["rows"] as? Int == 1)
        let example = try #require((duplicates["examples"] as? [[String: Any]])?.first)
        #expect(example["id"] as? String == "B7")
        #expect((example["location"] as? [String: Any])?["file"] as? String == files[1])
        #expect((example["first_seen"] as? [String: Any])?["line"] as? Int == 8)
        // The rejected rows are told on standard error, as report tells them.
        #expect(outcome.standardError.contains("srb: warning: \(files[0]):104:4: sex: '?' is not a sex"))
        #expect(outcome.standardError.contains("srb: warning: \(files[1]):2:1: duplicate: id 'B7' was already used at \(files[0]):8"))
    }

    /// SPEC "Output", json: validate has the keys of every schema, with the
    /// numbers report gives for the same rows and options.
    @Test func jsonCarriesTheReportsNumbersPeriodAndOptions() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let files = try plantedRegister(in: folder)
        let options = ["--threshold", "101.5", "--confidence", "0.9", "--ci", "wilson", "--format", "json", "--quiet"]
        let validate = try BinaryRunner.run(["validate"] + options + files)
        #expect(validate.status == 1)  // rows were rejected: still 1
        let json = try BinaryRunner.json(validate)
        // Every birth is in 2024: the whole year, as report takes it without --period.
        #expect(json["period"] as? [String: String] == ["from": "2024-01-01", "to": "2024-12-31"])
        #expect(json["threshold"] as? Double == 101.5 && json["confidence"] as? Double == 0.9)
        #expect(json["ci_method"] as? String == "wilson")
        let unit = try #require((json["units"] as? [[String: Any]])?.first)
        // 103 rows used: B1…B101 (51 odd Nữ, 50 even Nam), X1 Trai, Y1 Nam: 52 boys, 51 girls.
        #expect(unit["births"] as? Int == 103 && unit["boys"] as? Int == 52 && unit["girls"] as? Int == 51)
        // 101.96…, above 101.5 but not significantly (Foundation's JSON parser may miss the last bit).
        #expect(abs((unit["srb"] as? Double ?? 0) - 5200.0 / 51.0) < 1e-12)
        #expect(validate.standardOutput.contains("\"srb\": 101.96078431372548,"))
        #expect(unit["status"] as? String == "over")
        #expect(unit["monthly_births"] as? [Int] == [20, 20, 20, 1, 20, 22])  // validate's own keys stay

        let report = try BinaryRunner.json(try BinaryRunner.run(["report"] + options + files))
        let numbers = ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low", "ci_high", "status"]
        func standard(_ object: [String: Any]?) -> [String] { numbers.map { "\(object?[$0] ?? "absent")" } }
        #expect(standard(unit) == standard((report["units"] as? [[String: Any]])?.first))
        #expect(standard(json["total"] as? [String: Any]) == standard(report["total"] as? [String: Any]))
        #expect(json["period"] as? [String: String] == report["period"] as? [String: String])
    }

    @Test func cleanSmallRegisterStillExitsZeroWithTheNewKeys() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write("ward,dob,sex\nBồ Đề,2024-01-05,Nam\nBồ Đề,2024-02-05,Nữ\nCự Khối,2023-03-09,M\n",
                                          named: "ba-dong.csv", in: folder)
        let outcome = try BinaryRunner.run(["validate", "--format", "json", "--quiet", file])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        #expect(json["period"] as? [String: String] == ["from": "2023-01-01", "to": "2024-12-31"])
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["births"] as? Int == 3 && total["srb"] as? Double == 200 && total["status"] as? String == "over")
        // Cự Khối: one boy, no girl: SRB null, status over.
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.map { $0["status"] as? String } == ["ok", "over"])
        #expect(units[1]["srb"] is NSNull && units[1]["ci_high"] is NSNull)
    }

    @Test(arguments: ["table", "csv", "tsv", "json", "markdown", "html"])
    func everyFormatWritesAndExitsAsTheData(format: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let files = try plantedRegister(in: folder)
        let output = folder.appendingPathComponent("validate.\(format)").path
        let outcome = try BinaryRunner.run(["validate", "--quiet", "--format", format, "--output", output] + files)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.isEmpty)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("2024-04"))
    }

    @Test func periodIsRespected() throws {
        let outcome = try BinaryRunner.run(["validate", "--period", "2024-Q1", "--format", "json", births])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 13491)
        #expect((input["rows_used"] as! Int) + (input["rows_outside_period"] as! Int) == 13491)
        #expect(json["months"] as? [String] == ["2024-01", "2024-02", "2024-03"])
        #expect((json["period"] as? [String: String]) == ["from": "2024-01-01", "to": "2024-03-31"])
    }

    @Test func missingColumnExits65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write("ward,dob\nBồ Đề,2024-01-01\n", named: "thieu-cot.csv", in: folder)
        let outcome = try BinaryRunner.run(["validate", file])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("srb: error: \(file):1: no column for sex"))
    }

    @Test func noUsableRowWritesTheValidationThenExits65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write("ward,dob,sex\nBồ Đề,31/02/2024,M\n", named: "hong.csv", in: folder)
        let outcome = try BinaryRunner.run(["validate", file])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.contains("  rejected  1\n    date    1\n"))
        // 31 first: the dates are day first, which is said first, then the rejected row.
        #expect(outcome.standardError.hasPrefix(
            "srb: info: \(file): dates are read day first (dmy, DD/MM/YYYY): line 2 has '31/02/2024'\n"
            + "srb: warning: \(file):2:2: date: '31/02/2024' is not a day of the calendar\n"))
        #expect(outcome.standardError.contains("srb: error: no usable row"))
    }

    @Test func helpListsValidate() throws {
        let overview = try BinaryRunner.run(["--help"])
        #expect(overview.standardOutput.contains("  validate"))
        let help = try BinaryRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.hasPrefix("srb validate: data quality of registers"))
        #expect(help.standardOutput.contains("--wards FILE"))
    }
}
