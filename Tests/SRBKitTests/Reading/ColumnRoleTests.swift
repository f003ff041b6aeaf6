import Testing
@testable import SRBKit

extension Reading {
    @Suite struct ColumnRoleTests {
        /// Every alias of SPEC's header table, written as it might come out of a
        /// spreadsheet: other case, spaces for underscores and the reverse, runs of
        /// spaces, diacritics dropped, or NFD (combining marks written as `\u{…}`).
        @Test(arguments: [
            // unit
            ("WARD", ColumnRole.unit), (" Ward ", .unit), ("Ward Code", .unit), ("WARD_CODE", .unit),
            ("Ward  Name", .unit), ("ward_name", .unit), ("Commune", .unit), ("UNIT", .unit),
            ("PHƯỜNG", .unit), ("Phuong", .unit), ("Phu\u{031B}o\u{031B}\u{0300}ng", .unit),
            ("XÃ", .unit), ("xa", .unit), ("Phường / Xã", .unit), ("PHUONG/XA", .unit),
            ("Xã/Phường", .unit), ("xa / phuong", .unit), ("Đơn vị", .unit), ("DON_VI", .unit), ("đơn  vị", .unit),
            ("Tên phường", .unit), ("TEN_PHUONG", .unit), ("Mã phường", .unit), ("ma phuong", .unit),
            // date
            ("Birth Date", .date), ("BIRTH_DATE", .date), ("Date of Birth", .date), ("DATE_OF_BIRTH", .date),
            ("DOB", .date), ("Dob", .date), (" Date ", .date), ("DATE", .date),
            ("Ngày sinh", .date), ("NGÀY SINH", .date), ("ngay_sinh", .date), ("Nga\u{0300}y sinh", .date),
            // sex
            ("SEX", .sex), ("Sex", .sex), ("Gender", .sex), ("GENDER", .sex),
            ("Giới tính", .sex), ("GIỚI TÍNH", .sex), ("gioi_tinh", .sex), ("Gio\u{031B}\u{0301}i ti\u{0301}nh", .sex),
            // id
            ("ID", .id), ("Id", .id), ("Record ID", .id), ("RECORD_ID", .id), ("Mã", .id), ("MA", .id),
            ("Mã trẻ", .id), ("ma_tre", .id), ("MÃ  TRẺ", .id), ("Số định danh", .id), ("SO DINH DANH", .id),
            ("so_dinh_danh", .id),
            // birth order
            ("Birth Order", .birthOrder), ("BIRTH_ORDER", .birthOrder), ("Order", .birthOrder),
            ("PARITY", .birthOrder), ("Parity", .birthOrder), ("Con thứ", .birthOrder), ("CON THU", .birthOrder),
            ("con_thu", .birthOrder), ("Lần sinh", .birthOrder), ("LAN_SINH", .birthOrder),
            ("La\u{0302}\u{0300}n sinh", .birthOrder),
            // district
            ("District", .district), ("DISTRICT", .district), ("Quận", .district), ("QUAN", .district),
            ("Huyện", .district), ("huyen", .district), ("Quận/Huyện", .district), ("QUAN / HUYEN", .district),
            // province
            ("Province", .province), ("PROVINCE", .province), ("Tỉnh", .province), ("TINH", .province),
            ("Thành phố", .province), ("THANH_PHO", .province), ("Tỉnh/Thành phố", .province),
            ("tinh / thanh pho", .province),
            // period
            ("Period", .period), ("PERIOD", .period), ("Kỳ", .period), ("KY", .period),
            ("Tháng/Năm", .period), ("thang / nam", .period),
            // year, month
            ("Year", .year), ("YEAR", .year), ("Năm", .year), ("NAM", .year),
            ("Month", .month), ("MONTH", .month), ("Tháng", .month), ("THANG", .month),
            // boys
            ("Boys", .boys), ("BOYS", .boys), ("Male", .boys), ("MALES", .boys), ("Trai", .boys),
            ("TRAI", .boys), ("Số trẻ trai", .boys), ("SO_TRE_TRAI", .boys), ("so tre trai", .boys),
            // girls
            ("Girls", .girls), ("GIRLS", .girls), ("Female", .girls), ("FEMALES", .girls), ("Gái", .girls),
            ("GAI", .girls), ("Ga\u{0301}i", .girls), ("Số trẻ gái", .girls), ("SO_TRE_GAI", .girls),
            ("so tre gai", .girls),
        ])
        func everyAliasMatchesWhateverItsSpelling(header: String, role: ColumnRole) {
            #expect(ColumnRole.matching(header: header) == role)
        }

        @Test(arguments: [
            ("Ngày tháng năm sinh", ColumnRole.date), ("NGÀY/THÁNG/NĂM SINH", .date), ("Ngày, tháng, năm sinh", .date),
            ("Xã/Phường/Thị trấn", .unit), ("Tên xã", .unit), ("Tên phường/xã", .unit),
            ("Giới", .sex), ("Giới tính (Nam/Nữ)", .sex),
        ])
        func headersVietnameseSheetsUseMatchToo(header: String, role: ColumnRole) {
            #expect(ColumnRole.matching(header: header) == role)
        }

        @Test(arguments: ["", "Ghi chú", "note", "mother", "wards", "ngày đăng ký", "Tổ dân phố", "Sinh con",
                          "Họ tên mẹ", "số"])
        func otherHeadersMatchNoRole(header: String) {
            #expect(ColumnRole.matching(header: header) == nil)
        }

        @Test func everyRoleHasItsSpecAliases() {
            // A count of SPEC's table, row by row, to catch an alias dropped from the code.
            let counts = Dictionary(uniqueKeysWithValues: ColumnRole.allCases.map { ($0, $0.specHeaders.count) })
            #expect(counts == [.unit: 12, .date: 5, .sex: 3, .id: 5, .birthOrder: 5, .district: 4,
                               .province: 4, .period: 3, .year: 2, .month: 2, .boys: 5, .girls: 5,
                               .motherBirthDate: 3, .motherBirthYear: 3, .motherAge: 2])
        }
    }
}
