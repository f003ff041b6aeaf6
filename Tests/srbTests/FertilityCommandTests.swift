import Foundation
import Testing

/// `srb fertility`, run as a user would, against SPEC "Fertility". The sample's
/// numbers are those of scripts/crosscheck/fertility_report_reference.py
/// (stdlib csv counts, scipy 1.17.1 chi2.ppf for the exact Poisson limits).
@Suite struct FertilityCommandTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
    let women = BinaryRunner.sample("population/long-bien-women-2021-2024.csv")

    private func year(_ unit: [String: Any], _ year: Int) throws -> [String: Any] {
        let years = try #require(unit["years"] as? [[String: Any]])
        return try #require(years.first { $0["year"] as? Int == year })
    }

    private func close(_ value: Any?, _ expected: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs((value as? Double ?? .nan) - expected) <= tolerance
    }

    @Test func jsonHasSpecKeysAndTheIndependentNumbers() throws {
        let outcome = try BinaryRunner.run(["fertility", "--population", women, "--format", "json", births])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        #expect(json["schema"] as? String == "srb.fertility/1")
        #expect(json["tfr_target"] as? Double == 2.1 && json["confidence"] as? Double == 0.95)
        let raw = outcome.standardOutput
        let keys = ["\"schema\"", "\"period\"", "\"tfr_target\"", "\"confidence\"", "\"units\"", "\"total\"", "\"input\""]
        let positions = keys.compactMap { raw.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())

        let total = try #require(json["total"] as? [String: Any])
        let total2021 = try year(total, 2021)
        #expect(Set(total2021.keys) == ["year", "births", "births_unknown_age", "women", "asfr", "tfr", "tfr_low",
                                        "tfr_high", "status"])
        #expect(total2021["births"] as? Int == 3396 && total2021["births_unknown_age"] as? Int == 65)
        #expect(total2021["women"] as? Int == 59371)
        #expect(close(total2021["tfr"], 1.9482375931962101) && close(total2021["tfr_low"], 1.8824219854255047)
                && close(total2021["tfr_high"], 2.0157613872225735))
        #expect(total2021["status"] as? String == "below")  // 2.0158 < 2.1
        let asfr = try #require(total2021["asfr"] as? [String: Double])
        #expect(Set(asfr.keys) == ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"])

        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.count == 14)
        let cuKhoi = try year(try #require(units.first { $0["name"] as? String == "Cự Khối" }), 2021)
        #expect(cuKhoi["births"] as? Int == 115 && cuKhoi["births_unknown_age"] as? Int == 1 && cuKhoi["women"] as? Int == 2010)
        #expect(close(cuKhoi["tfr"], 1.9369337067394075) && close(cuKhoi["tfr_low"], 1.5965981766303785)
                && close(cuKhoi["tfr_high"], 2.328151769915332))
        #expect(cuKhoi["status"] as? String == "at_replacement")
        let boDe = try year(try #require(units.first { $0["name"] as? String == "Bồ Đề" }), 2024)
        #expect(close(boDe["tfr"], 1.940657237332677) && close(boDe["tfr_high"], 2.1379757226045975))
        let input = try #require(json["input"] as? [String: Any])
        #expect(input["rows_read"] as? Int == 13491 && input["rows_used"] as? Int == 13491)
        #expect(outcome.standardError.contains("261"))  // births of unknown mother's age, told on stderr
    }

    @Test func csvIsLongWithSpecColumns() throws {
        let outcome = try BinaryRunner.run(["fertility", "--population", women, "--format", "csv", "--period", "2024", births])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "level,code,name,year,births,births_unknown_age,women,tfr,tfr_low,tfr_high,status,asfr_15_19,asfr_20_24,asfr_25_29,asfr_30_34,asfr_35_39,asfr_40_44,asfr_45_49")
        #expect(lines.count == 1 + 15)  // 14 wards and the total, one year
        #expect(lines.last?.hasPrefix("total,,Total,2024,3558,67,62200,1.9462222063020989,1.881991227127566,2.0120810538304843,below,") == true)
    }

    @Test func higherLevelsAddBirthsAndWomen() throws {
        let district = try BinaryRunner.json(try BinaryRunner.run(
            ["fertility", "--population", women, "--format", "json", "--by", "district", births]))
        let units = try #require(district["units"] as? [[String: Any]])
        #expect(units.count == 1)
        let longBien = try year(units[0], 2021)
        #expect(longBien["women"] as? Int == 59371 && longBien["births"] as? Int == 3396)
        #expect(close(longBien["tfr"], 1.9482375931962101))
    }

    @Test(arguments: ["2024-03", "2024-Q1", "2024-01-01..2024-06-30"])
    func periodsOtherThanWholeYearsAreUsageErrors(period: String) throws {
        let outcome = try BinaryRunner.run(["fertility", "--population", women, "--period", period, births])
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func withoutPopulationItIsAUsageError() throws {
        #expect(try BinaryRunner.run(["fertility", births]).status == 64)
    }

    @Test func aRegisterWithoutMotherAgeIsExit65() throws {
        let counts = BinaryRunner.sample("registers/long-bien-monthly-counts-2024.csv")
        let outcome = try BinaryRunner.run(["fertility", "--population", women, counts])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("năm sinh mẹ"))
    }

    @Test(arguments: [
        ("unit;year;age_group;women\nA;2024;15-19;-3\n", "pop.csv:2:4"),
        ("unit;year;age_group;women\nA;2024;15-19;12.5\n", "pop.csv:2:4"),
        ("unit;year;age_group;women\nA;2024;15-20;12\n", "pop.csv:2:3"),
        ("unit;year;age_group;women\nA;2024;15-19;12\nA;2024;15-19;13\n", "pop.csv:3:4"),
        ("unit,year,15-19,20-24,25-29,30-34,35-39,40-44,45-49\nA,24,1,2,3,4,5,6,7\n", "pop.csv:2:2"),
    ])
    func badPopulationFilesAreExit65WithLineAndColumn(population: String, place: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,date,sex,mother_age\nA,2024-01-02,F,25\n", named: "r.csv", in: folder)
        let pop = try BinaryRunner.write(population, named: "pop.csv", in: folder)
        let outcome = try BinaryRunner.run(["fertility", "--population", pop, register])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains(place), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
    }

    // SPEC: a unit-year with births but no women is an error for that unit (no_population), not for the run.
    // Bồ Đề: 1 birth at 30-34 among 4 women → tfr 5·1/4 = 1.25. The total adds the women given (Bồ Đề's only)
    // and every birth (25-29 among 3, 30-34 among 4) → 5·(1/3 + 1/4) = 35/12.
    @Test func aWardWithBirthsButNoWomenIsNoPopulationNamedWithTheClosestName() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,date,sex,mother_age\nPhúc Đồng,2024-01-02,F,25\nBồ Đề,2024-01-03,M,31\n",
                                              named: "r.csv", in: folder)
        let wide = "unit,year,15-19,20-24,25-29,30-34,35-39,40-44,45-49\nPhuc Dong,2024,10,20,30,40,50,60,70\nBồ Đề,2024,1,2,3,4,5,6,7\n"
        let pop = try BinaryRunner.write(wide, named: "pop.csv", in: folder)
        let outcome = try BinaryRunner.run(["fertility", "--population", pop, "--format", "json", register])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("srb: warning: \(pop): no women given for 1 unit with births, shown as no population "
                                               + "(the total still counts its births): 'Phúc Đồng' in 2024 (did you mean 'Phuc Dong'?)\n"),
                "\(outcome.standardError)")
        let json = try BinaryRunner.json(outcome)
        let units = try #require(json["units"] as? [[String: Any]])
        let phucDong = try year(try #require(units.first { $0["name"] as? String == "Phúc Đồng" }), 2024)
        #expect(phucDong["status"] as? String == "no_population" && phucDong["births"] as? Int == 1)
        #expect(phucDong["women"] is NSNull && phucDong["tfr"] is NSNull && phucDong["tfr_low"] is NSNull
                && phucDong["tfr_high"] is NSNull)
        #expect((phucDong["asfr"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } == true)
        let boDe = try year(try #require(units.first { $0["name"] as? String == "Bồ Đề" }), 2024)
        #expect(close(boDe["tfr"], 1.25) && boDe["women"] as? Int == 28)
        let total = try year(try #require(json["total"] as? [String: Any]), 2024)
        #expect(close(total["tfr"], 35.0 / 12) && total["women"] as? Int == 28 && total["births"] as? Int == 2)

        let csv = try BinaryRunner.run(["fertility", "--population", pop, "--format", "csv", register])
        #expect(csv.status == 0)
        #expect(csv.standardOutput.contains("\nward,,Phúc Đồng,2024,1,0,,,,,no_population,,,,,,,\n"), "\(csv.standardOutput)")
    }

    // A TFR worked by hand: one ward, 100 women in every group, births 5, 20, 30, 20, 10, 4, 1
    // → 5·(90/100) = 4.5 children per woman; with 10 births of unknown age more, × 100/90 = 5.0.
    @Test func aTFRWorkedByHand() throws {
        let folder = try BinaryRunner.temporaryFolder()
        var rows = ["xã;ngày sinh;giới tính;tuổi mẹ"]
        for (age, count) in [(17, 5), (22, 20), (27, 30), (32, 20), (37, 10), (42, 4), (47, 1)] {
            rows += Array(repeating: "Xã A;01/06/2024;Nữ;\(age)", count: count)
        }
        rows += Array(repeating: "Xã A;02/06/2024;Nam;", count: 10)
        let register = try BinaryRunner.write(rows.joined(separator: "\n") + "\n", named: "r.csv", in: folder)
        let pop = try BinaryRunner.write("phường;năm;nhóm tuổi;số phụ nữ\n"
            + ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"].map { "A;2024;\($0);100" }.joined(separator: "\n") + "\n",
            named: "pop.csv", in: folder)
        let json = try BinaryRunner.json(try BinaryRunner.run(["fertility", "--population", pop, "--format", "json", register]))
        let total = try year(try #require(json["total"] as? [String: Any]), 2024)
        #expect(close(total["tfr"], 5.0, 1e-12))
        #expect(total["births"] as? Int == 100 && total["births_unknown_age"] as? Int == 10)
        let asfr = try #require(total["asfr"] as? [String: Double])
        #expect(asfr["25-29"] == 300)  // 1000 · 30 / 100
        #expect(total["status"] as? String == "above")
    }

    // SPEC/issue 14: a register generated with --tfr X for the sample population gives X back within its interval.
    @Test(arguments: [1.6, 2.1, 2.6])
    func aGeneratedRegisterGivesItsTFRBack(tfr: Double) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = folder.appendingPathComponent("generated.csv").path
        let wards = BinaryRunner.sample("wards/long-bien.csv")
        let made = try BinaryRunner.run(["generate", "--wards", wards, "--years", "2021..2024", "--srb", "106",
                                         "--seed", "11", "--tfr", String(tfr), "--population", women, "--output", register])
        #expect(made.status == 0, "\(made.standardError)")
        let json = try BinaryRunner.json(try BinaryRunner.run(["fertility", "--wards", wards, "--population", women,
                                                               "--format", "json", register]))
        let total = try #require(json["total"] as? [String: Any])
        for year in 2021...2024 {
            let result = try self.year(total, year)
            let low = try #require(result["tfr_low"] as? Double), high = try #require(result["tfr_high"] as? Double)
            #expect(low <= tfr && tfr <= high, "\(year): \(low)–\(high)")
            #expect(result["births_unknown_age"] as? Int == 0)
        }
    }
}
