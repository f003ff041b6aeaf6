import Foundation
import Testing

/// `--wards FILE`, through the built binary: registry errors and their exit
/// codes, the suggestion for an unknown unit, the shipped merged registry.
@Suite struct WardsOptionTests {
    let births = BinaryRunner.sample("registers/long-bien-births-2021-2024.csv")
    let births2026 = BinaryRunner.sample("registers/long-bien-births-2026-q1.csv")
    let merged = BinaryRunner.sample("wards/long-bien-2025.csv")

    @Test func registryThatCannotBeOpenedExits66() throws {
        let outcome = try BinaryRunner.run(["report", "--wards", "/nonexistent/wards.csv", births])
        #expect(outcome.status == 66)
        #expect(outcome.standardError == "srb: error: cannot open /nonexistent/wards.csv: No such file or directory\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func registryWithoutNameColumnExits65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let wards = try BinaryRunner.write("code,district\n00139,Long Biên\n", named: "wards.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", "--wards", wards, births])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("srb: error: \(wards):1: ward registry: no 'name' column; headers accepted: 'name', "))
    }

    @Test func nameSharedByTwoUnitsExits65NamingBothLines() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let wards = try BinaryRunner.write("code,name,aliases\n1,Bồ Đề,Ngọc Thụy\n2,Ngọc Thụy,\n", named: "wards.csv", in: folder)
        let outcome = try BinaryRunner.run(["validate", "--wards", wards, births], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError == "srb: error: \(wards):3:2: danh mục phường/xã: 'Ngọc Thụy' đã chỉ đơn vị ở dòng 2; "
                + "mỗi mã, tên hay tên khác chỉ được chỉ một đơn vị\n")
    }

    @Test func unknownUnitIsRejectedWithASuggestionAndListedInRejects() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let register = try BinaryRunner.write("ward,dob,sex\nPhuc Dongg,2024-01-05,M\nPhúc Đồng,2024-01-06,F\n",
                                              named: "so-sinh.csv", in: folder)
        let rejects = folder.appendingPathComponent("loai.csv").path
        let outcome = try BinaryRunner.run(["report", "--wards", BinaryRunner.sample("wards/long-bien.csv"),
                                            "--rejects", rejects, "--format", "json", register])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains(
            "srb: warning: \(register):2:1: unit: 'Phuc Dongg' is not in the ward registry; did you mean 'Phúc Đồng'?\n"))
        let json = try BinaryRunner.json(outcome)
        #expect((json["units"] as? [[String: Any]])?.count == 14)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8)
                == "file,line,column,reason,field\n\(register),2,1,unit,Phuc Dongg\n")
    }

    @Test func mergedRegistryReportsThe2024And2026RegistersOnTheSameFourWards() throws {
        func units(_ period: String) throws -> [[String: Any]] {
            let outcome = try BinaryRunner.run(["report", "--wards", merged, "--period", period, "--format", "json",
                                                births, births2026])
            #expect(outcome.status == 0)
            return try BinaryRunner.json(outcome)["units"] as? [[String: Any]] ?? []
        }
        let old = try units("2024"), new = try units("2026")
        #expect(old.map { $0["name"] as? String } == ["Bồ Đề", "Long Biên", "Phúc Lợi", "Việt Hưng"])
        #expect(new.map { $0["code"] as? String } == old.map { $0["code"] as? String })
        #expect(old.map { $0["parent"] as? String } == ["Hà Nội", "Hà Nội", "Hà Nội", "Hà Nội"])
        // 2024, from data/README.md's table: Long Biên = Long Biên 118/112 + Thạch Bàn 122/103 + Cự Khối 77/51.
        #expect(old[1]["boys"] as? Int == 317 && old[1]["girls"] as? Int == 266)
        // Bồ Đề = Bồ Đề 217/209 + Ngọc Thụy 220/171 + Ngọc Lâm 92/101 + Gia Thụy 76/79 + Thượng Thanh 212/162.
        #expect(old[0]["boys"] as? Int == 817 && old[0]["girls"] as? Int == 722)
        #expect(new.reduce(0) { $0 + ($1["births"] as? Int ?? 0) } == 770)
    }

    @Test func byDistrictWithoutARegisterColumnComesFromTheRegistry() throws {
        let outcome = try BinaryRunner.run(["report", "--wards", BinaryRunner.sample("wards/long-bien.csv"), "--by", "district",
                                            "--format", "csv", BinaryRunner.sample("registers/long-bien-monthly-counts-2024.csv")])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix(",Long Biên,district,Hà Nội,3558,1886,1672,"))
    }
}
