import Testing
@testable import SRBKit

private typealias Support = RegistryTestSupport
private typealias Location = SRBKit.SourceLocation

extension RegistryTests {
    @Suite struct UnitRegistryReadingTests {
        @Test func readsCodesNamesHierarchyAndSemicolonSeparatedAliases() throws {
            let registry = try Support.registry("""
                Mã;Tên;Quận/Huyện;Tỉnh/Thành phố;Tên khác
                00139;Phường  Bồ Đề ;Long Biên;Hà Nội;"Bo De; Ngọc Thụy ;;"
                ;Ngọc Lâm;;Hà Nội;
                """)
            #expect(registry.file == "wards.csv")
            #expect(registry.hasDistrictColumn && registry.hasProvinceColumn)
            #expect(registry.entries == [
                UnitRegistry.Entry(code: "00139", name: "Phường Bồ Đề", district: "Long Biên", province: "Hà Nội",
                                   aliases: ["Bo De", "Ngọc Thụy"], line: 2),
                UnitRegistry.Entry(code: nil, name: "Ngọc Lâm", district: nil, province: "Hà Nội", aliases: [], line: 3),
            ])
        }

        @Test func onlyCodeAndNameAreRequired() throws {
            let registry = try Support.registry("code,name\n1,Phường 1\n2,Phường 2\n")
            #expect(!registry.hasDistrictColumn && !registry.hasProvinceColumn)
            #expect(registry.entry(named: "Phường 01")?.code == "1")  // digits match without leading zeros
            #expect(registry.entry(named: "2")?.name == "Phường 2")
        }

        @Test(arguments: [
            ("name,district\nBồ Đề,Long Biên\n", RegistryColumn.code),
            ("code,district\n00139,Long Biên\n", .name),
        ])
        func registryWithoutCodeOrNameColumnIsAnError(text: String, missing: RegistryColumn) {
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 1), .missingColumn(missing))) {
                try Support.registry(text)
            }
        }

        @Test func nameSharedByTwoUnitsIsAnErrorNamingBothLines() throws {
            let text = """
                code,name,district,province,aliases
                00139,Bồ Đề,Long Biên,Hà Nội,Ngọc Thụy
                00118,Phường Ngọc Thụy,Long Biên,Hà Nội,
                """
            let error = SRBError.invalidRegistry(Location(file: "wards.csv", line: 3, column: 2),
                                                 .sharedName("Phường Ngọc Thụy", firstLine: 2))
            #expect(throws: error) { try Support.registry(text) }
            #expect(Diagnostics(language: .en).message(for: error)
                    == "wards.csv:3:2: ward registry: 'Phường Ngọc Thụy' already names the unit on line 2; "
                    + "a code, name or alias must name one unit only")
        }

        @Test func aliasSharedByTwoUnitsIsAnError() {
            let text = "code,name,aliases\n1,Bồ Đề,Cũ\n2,Phúc Đồng,cũ\n"
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 3, column: 3),
                                                     .sharedName("cũ", firstLine: 2))) { try Support.registry(text) }
        }

        @Test func codeEqualToAnotherUnitsCodeWithoutZerosIsAnError() {
            let text = "code,name\n00115,Thượng Thanh\n115,Ngọc Thụy\n"
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 3, column: 1),
                                                     .sharedName("115", firstLine: 2))) { try Support.registry(text) }
        }

        @Test func aUnitMayRepeatItsOwnNameAsAnAlias() throws {
            let registry = try Support.registry("code,name,aliases\n1,Bồ Đề,bồ đề;Phường Bồ Đề\n")
            #expect(registry.entries.count == 1)
        }

        @Test func badRowsAreErrorsWithTheirPlace() {
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 3, column: 3),
                                                     .fieldCount(found: 2, expected: 3))) {
                try Support.registry("code,name,district\n1,Bồ Đề,Long Biên\n2,Cự Khối\n")
            }
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 2, column: 2), .emptyName)) {
                try Support.registry("code,name\n1,Phường\n")
            }
            #expect(throws: SRBError.invalidRegistry(Location(file: "wards.csv", line: 1), .noEntries)) {
                try Support.registry("code,name\n")
            }
            #expect(throws: SRBError.noHeader(file: "wards.csv", reason: .empty)) { try Support.registry("\n\n") }
        }

        @Test func registryThatCannotBeOpenedIsCannotOpen() {
            #expect {
                try UnitRegistry.read(.file("/nonexistent/wards.csv"))
            } throws: { error in
                guard case .cannotOpen(let path, _) = error as? SRBError else { return false }
                return path == "/nonexistent/wards.csv"
            }
        }

        @Test func registryInWindows1258IsDecoded() throws {
            // "Bồ Đề" written with a combining grave (0xCC) after ô, as Windows-1258 does.
            let bytes = Array("code,name\n1,B".utf8) + [0xF4, 0xCC, 0x20, 0xD0, 0xEA, 0xCC] + Array("\n".utf8)
            let registry = try UnitRegistry.read(.memory(name: "wards.csv", bytes: bytes))
            #expect(registry.entries.map(\.name) == ["Bồ Đề"])
            #expect(registry.entry(named: "Bồ Đề")?.code == "1")
        }

        @Test func shippedRegistriesAreValid() throws {
            let root = URLPaths.packageRoot
            let longBien = try UnitRegistry.read(.file(root + "/data/wards/long-bien.csv"))
            #expect(longBien.entries.count == 14)
            #expect(Set(longBien.entries.compactMap(\.code)).count == 14)
            let merged = try UnitRegistry.read(.file(root + "/data/wards/long-bien-2025.csv"))
            #expect(merged.entries.map(\.name) == ["Bồ Đề", "Việt Hưng", "Phúc Lợi", "Long Biên"])
            // Every one of the 14 old wards, by name and by its old code, leads to one new ward.
            for old in longBien.entries {
                #expect(merged.entry(named: old.name) != nil, "\(old.name)")
                #expect(merged.entry(named: old.code!) == merged.entry(named: old.name), "\(old.name)")
            }
        }
    }
}

/// The package root, from this file's path.
enum URLPaths {
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/SRBKitTests/Registry/File.swift
        return parts.joined(separator: "/")
    }
}
