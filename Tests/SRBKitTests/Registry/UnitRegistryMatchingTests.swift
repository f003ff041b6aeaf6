import Testing
@testable import SRBKit

private typealias Support = RegistryTestSupport

extension RegistryTests {
    @Suite struct UnitRegistryMatchingTests {
        @Test(arguments: [
            ("00151", "Phúc Đồng"),              // code
            ("151", "Phúc Đồng"),                // code without the zeros a spreadsheet drops
            ("Phúc Đồng", "Phúc Đồng"),          // name
            ("Phường Phúc Đồng", "Phúc Đồng"),   // prefix
            ("P.Phúc Đồng", "Phúc Đồng"),        // abbreviated prefix without a space
            ("  phúc   đồng ", "Phúc Đồng"),     // case and spaces
            ("Phu\u{0301}c \u{0110}o\u{0302}\u{0300}ng", "Phúc Đồng"),  // NFD
            ("phuc dong", "Phúc Đồng"),          // alias, folded like a name
            ("PĐ", "Phúc Đồng"),                 // second alias
            ("Xã Bo De", "Bồ Đề"),
        ])
        func unitMatchesCodeNameOrAlias(written: String, expected: String) throws {
            let registry = try Support.registry(Support.longBien)
            #expect(registry.entry(named: written)?.name == expected)
        }

        @Test func diacriticsAreNotIgnoredWhenMatching() throws {
            // "Phuc Đong" is neither the name nor an alias: it is suggested, never used.
            let registry = try Support.registry(Support.longBien)
            #expect(registry.entry(named: "Phuc Đong") == nil)
            #expect(registry.suggestion(for: "Phuc Đong") == "Phúc Đồng")
        }

        @Test(arguments: [
            ("Cu Khoi", "Cự Khối"),          // same letters without diacritics
            ("Phường Cụ Khôi", "Cự Khối"),   // wrong tone marks
            ("Phúc Đồngg", "Phúc Đồng"),     // one letter too many
            ("Bồ Để", "Bồ Đề"),
            ("Phuc Dongx", "Phúc Đồng"),     // edit distance from an alias
        ])
        func unknownUnitGetsTheClosestRegistryName(written: String, suggested: String) throws {
            let registry = try Support.registry(Support.longBien)
            #expect(registry.entry(named: written) == nil)
            #expect(registry.suggestion(for: written) == suggested)
        }

        @Test func farFromEveryNameGetsNoSuggestion() throws {
            let registry = try Support.registry(Support.longBien)
            #expect(registry.suggestion(for: "Hoàn Kiếm") == nil)
            #expect(registry.suggestion(for: "Phường") == nil)
        }

        @Test func rowOfAnUnknownUnitIsRejectedWithTheSuggestionInBothLanguages() throws {
            let registry = try Support.registry(Support.longBien)
            let (scan, rejections) = try Support.scan("""
                ward,dob,sex
                Phuc Dongg,2024-01-05,M
                Hoàn Kiếm,2024-01-06,F
                Phúc Đồng,2024-01-07,F
                Phuc Dongg,2024-01-08,M
                """, registry: registry)
            #expect(scan.rowsRead == 4)
            #expect(scan.rejectedByReason == [.unit: 3])
            #expect(rejections.map(\.problem) == [.unknownUnit(suggestion: "Phúc Đồng"), .unknownUnit(suggestion: nil),
                                                  .unknownUnit(suggestion: "Phúc Đồng")])
            #expect(rejections[0].location == SRBKit.SourceLocation(file: "so-sinh.csv", line: 2, column: 1))
            #expect(Diagnostics(language: .en).message(for: rejections[0])
                    == "so-sinh.csv:2:1: unit: 'Phuc Dongg' is not in the ward registry; did you mean 'Phúc Đồng'?")
            #expect(Diagnostics(language: .vi).message(for: rejections[0])
                    == "so-sinh.csv:2:1: đơn vị: 'Phuc Dongg' không có trong danh mục phường/xã; có phải ý bạn là 'Phúc Đồng'?")
            #expect(Diagnostics(language: .en).message(for: rejections[1])
                    == "so-sinh.csv:3:1: unit: 'Hoàn Kiếm' is not in the ward registry (no code, name or alias matches)")
            // validate's table of units absent from the registry: each spelling once, with its rows.
            #expect(scan.unknownUnits == [
                RegisterScan.UnknownUnit(spelling: "Phuc Dongg", suggestion: "Phúc Đồng", rows: 2),
                RegisterScan.UnknownUnit(spelling: "Hoàn Kiếm", suggestion: nil, rows: 1),
            ])
        }

        @Test func unknownUnitIsRejectedBeforeItsDateIsRead() throws {
            // SPEC order: fields, unit, date, sex, duplicate.
            let registry = try Support.registry(Support.longBien)
            let (scan, _) = try Support.scan("ward,dob,sex\nNowhere,31/02/2024,?\n", registry: registry)
            #expect(scan.rejectedByReason == [.unit: 1])
        }

        @Test func everyRegistryWardIsReportedWithItsCodeAndDistrictEvenWithoutBirths() throws {
            let registry = try Support.registry(Support.longBien)
            let (scan, _) = try Support.scan("ward,dob,sex\nBo De,2024-03-01,M\nBồ Đề,2024-03-02,F\n00139,2023-05-01,F\n",
                                             registry: registry)
            let report = try Support.report(scan, period: "2024")
            #expect(report.units.map(\.unit) == [
                Unit(code: "00139", name: "Bồ Đề", level: .ward, parent: "Long Biên"),
                Unit(code: "00154", name: "Cự Khối", level: .ward, parent: "Long Biên"),
                Unit(code: "00151", name: "Phúc Đồng", level: .ward, parent: "Long Biên"),
            ])
            #expect(Support.lines(report) == ["Bồ Đề: 1/1 ok", "Cự Khối: 0/0 no_births", "Phúc Đồng: 0/0 no_births"])
            #expect(report.input.rowsUsed == 2 && report.input.rowsOutsidePeriod == 1)
        }

        @Test func registryWithNoUsableRowIsStillNoUsableRow() throws {
            let registry = try Support.registry(Support.longBien)
            let (scan, _) = try Support.scan("ward,dob,sex\nNowhere,2024-03-01,M\n", registry: registry)
            #expect(throws: SRBError.noUsableRow) { try Support.report(scan, period: "2024") }
        }

        @Test func cp1258RegisterWithSeparateToneMarksMatchesTheUTF8Registry() throws {
            // "Phúc Đồng" as Excel on Vietnamese Windows writes it: u + 0xEC (combining
            // acute), Đ = 0xD0, ô = 0xF4 + 0xCC (combining grave). NFC makes it the
            // registry's "Phúc Đồng".
            let registry = try Support.registry(Support.longBien)
            var bytes = Array("ward;dob;sex\n".utf8)
            bytes += [0x50, 0x68, 0x75, 0xEC, 0x63, 0x20, 0xD0, 0xF4, 0xCC, 0x6E, 0x67] + Array(";01/02/2024;Nam\n".utf8)
            bytes += Array("Phúc Đồng;02/02/2024;N".utf8) + [0xEF] + Array("\n".utf8)  // "Nï" in cp1258: not a sex
            let (scan, rejections) = try Support.scan([("cp1258.csv", bytes)], registry: registry)
            let report = try Support.report(scan, period: "2024")
            #expect(Support.lines(report) == ["Bồ Đề: 0/0 no_births", "Cự Khối: 0/0 no_births", "Phúc Đồng: 1/0 over"])
            #expect(scan.warnings.withoutDateOrderNotes == [.notUTF8(SRBKit.SourceLocation(file: "cp1258.csv", line: 2))])
            #expect(rejections.map(\.reason) == [.sex])
            #expect(rejections.first?.field == "Nï")
        }

        @Test func registerDistrictColumnIsIgnoredWhenTheRegistryGivesDistricts() throws {
            let registry = try Support.registry(Support.longBien)
            let (scan, _) = try Support.scan("ward,dob,sex,district\nBồ Đề,2024-03-01,M,Gia Lâm\n", registry: registry)
            #expect(scan.units.map(\.district) == ["Long Biên", "Long Biên", "Long Biên"])
        }
    }
}
