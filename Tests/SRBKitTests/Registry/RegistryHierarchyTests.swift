import Testing
@testable import SRBKit

private typealias Support = RegistryTestSupport

extension RegistryTests {
    @Suite struct RegistryHierarchyTests {
        /// Two districts of Hà Nội; the register itself has no district column.
        static let twoDistricts = """
            code,name,district,province,aliases
            00139,Bồ Đề,Long Biên,Hà Nội,
            00151,Phúc Đồng,Long Biên,Hà Nội,
            00070,Hàng Bạc,Hoàn Kiếm,Hà Nội,
            00076,Hàng Bồ,Hoàn Kiếm,Hà Nội,
            00082,Hàng Buồm,Hoàn Kiếm,Hà Nội,
            """

        static let register = """
            ward,dob,sex
            Bồ Đề,2024-01-01,M
            Bồ Đề,2024-01-02,M
            Phúc Đồng,2024-01-03,F
            Hàng Bạc,2024-01-04,F
            Hàng Bồ,2024-01-05,M
            Hàng Bồ,2024-01-06,F
            Hàng Bồ,2024-01-07,F
            """

        @Test func byDistrictFromTheRegistryAddsCounts() throws {
            let (scan, _) = try Support.scan(Self.register, registry: Support.registry(Self.twoDistricts))
            #expect(scan.hasDistricts && scan.hasProvinces)
            let report = try Support.report(scan, period: "2024", level: .district)
            // Hoàn Kiếm: Hàng Bạc 0/1 + Hàng Bồ 1/2 + Hàng Buồm 0/0 = 1/3; Long Biên: 2/0 + 0/1 = 2/1.
            #expect(report.units.map(\.unit) == [
                Unit(code: nil, name: "Hoàn Kiếm", level: .district, parent: "Hà Nội"),
                Unit(code: nil, name: "Long Biên", level: .district, parent: "Hà Nội"),
            ])
            #expect(Support.lines(report) == ["Hoàn Kiếm: 1/3 ok", "Long Biên: 2/1 over"])
            #expect(report.total.tally == Tally(boys: 3, girls: 4))
        }

        @Test func byProvinceAndTotalFromTheRegistry() throws {
            let (scan, _) = try Support.scan(Self.register, registry: Support.registry(Self.twoDistricts))
            let province = try Support.report(scan, period: "2024", level: .province)
            #expect(province.units.map(\.unit) == [Unit(code: nil, name: "Hà Nội", level: .province, parent: nil)])
            #expect(Support.lines(province) == ["Hà Nội: 3/4 ok"])
            let total = try Support.report(scan, period: "2024", level: .total)
            #expect(total.units.isEmpty)
            #expect(total.total.tally == Tally(boys: 3, girls: 4))
        }

        @Test func provinceToCommuneShapeHasTheProvinceAsParent() throws {
            // Sơn La since 2025: no district level; the registry's district cells are empty.
            let registry = try Support.registry("""
                code,name,district,province,aliases
                03646,Chiềng Cơi,,Sơn La,Phường Chiềng Cơi
                03647,Tô Hiệu,,Sơn La,
                """)
            let (scan, _) = try Support.scan("xã,ngày sinh,giới tính\nChiềng Cơi,15/06/2025,Nữ\nTô Hiệu,16/06/2025,Nam\n",
                                             registry: registry)
            let wards = try Support.report(scan, period: "2025")
            #expect(wards.units.map(\.unit.parent) == ["Sơn La", "Sơn La"])
            #expect(try Support.report(scan, period: "2025", level: .province).units.map(\.unit.name) == ["Sơn La"])
            #expect(throws: SRBError.levelUnavailable(.district)) { try Support.report(scan, period: "2025", level: .district) }
        }

        @Test func registryWithoutDistrictColumnKeepsTheRegisterDistricts() throws {
            let registry = try Support.registry("code,name\n1,Bồ Đề\n2,Hàng Bồ\n")
            let (scan, _) = try Support.scan("ward,dob,sex,district\nBồ Đề,2024-01-01,M,Long Biên\nHàng Bồ,2024-01-02,F,Hoàn Kiếm\n",
                                             registry: registry)
            let report = try Support.report(scan, period: "2024", level: .district)
            #expect(Support.lines(report) == ["Hoàn Kiếm: 0/1 ok", "Long Biên: 1/0 over"])
        }

        @Test func sameDistrictNameInTwoProvincesStaysTwoDistricts() throws {
            let registry = try Support.registry("""
                code,name,district,province
                1,Tân An,Thành phố,Long An
                2,Bình Thủy,Thành phố,Cần Thơ
                """)
            let (scan, _) = try Support.scan("ward,dob,sex\nTân An,2024-01-01,M\nBình Thủy,2024-01-02,F\n", registry: registry)
            let report = try Support.report(scan, period: "2024", level: .district)
            #expect(report.units.map(\.unit.parent) == ["Cần Thơ", "Long An"])
        }

        @Test func mergedWardIsFollowedByItsAliasesAcrossA2024AndA2026Register() throws {
            // 2025: Long Biên absorbed Thạch Bàn and Cự Khối; Bồ Đề absorbed Ngọc Thụy.
            let registry = try Support.registry("""
                code,name,district,province,aliases
                00139,Bồ Đề,,Hà Nội,Ngọc Thụy;00118
                00145,Long Biên,,Hà Nội,Thạch Bàn;Cự Khối;00148;00154
                """)
            let old = """
                Phường/Xã;Ngày sinh;Giới tính
                Bồ Đề;10/05/2024;Nam
                Ngọc Thụy;11/05/2024;Nam
                Phường Ngọc Thụy;12/05/2024;Nữ
                Thạch Bàn;13/05/2024;Nữ
                Cự Khối;14/05/2024;Nam
                Long Biên;15/05/2024;Nữ
                """
            let new = """
                Phường/Xã;Ngày sinh;Giới tính
                Bồ Đề;10/02/2026;Nữ
                Phường Bồ Đề;11/02/2026;Nữ
                Long Biên;12/02/2026;Nam
                00148;13/02/2026;Nam
                Thạch Bàn;14/02/2026;Nam
                """
            let files = [("2024.csv", Array(old.utf8)), ("2026.csv", Array(new.utf8))]
            let (scan, rejections) = try Support.scan(files, registry: registry)
            #expect(rejections.isEmpty)
            let year2024 = try Support.report(scan, period: "2024")
            let year2026 = try Support.report(scan, period: "2026")
            #expect(year2024.units.map(\.unit) == year2026.units.map(\.unit))
            #expect(year2024.units.map(\.unit.code) == ["00139", "00145"])
            // 2024: Bồ Đề 1 + Ngọc Thụy 1/1 = 2/1; Long Biên = Thạch Bàn 0/1 + Cự Khối 1/0 + Long Biên 0/1 = 1/2.
            #expect(Support.lines(year2024) == ["Bồ Đề: 2/1 over", "Long Biên: 1/2 ok"])
            #expect(Support.lines(year2026) == ["Bồ Đề: 0/2 ok", "Long Biên: 3/0 over"])
        }
    }
}
