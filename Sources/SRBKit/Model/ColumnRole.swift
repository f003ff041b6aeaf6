/// What a register column holds, as recognised from its header.
public enum ColumnRole: String, Sendable, CaseIterable, Hashable {
    case unit
    case date
    case sex
    case id
    case birthOrder = "birth_order"
    case district
    case province
    case period
    case year
    case month
    case boys
    case girls
    /// The mother's birth date, year of birth or age at the birth (SPEC
    /// "Fertility"); read only by `srb fertility`, in this order of preference.
    case motherBirthDate = "mother_birth_date"
    case motherBirthYear = "mother_birth_year"
    case motherAge = "mother_age"

    /// Headers that name the role: SPEC's, then those Vietnamese sheets also
    /// use; matched after `TextFolding.headerKey`, so case, spacing, underscores
    /// and diacritics do not matter.
    public var acceptedHeaders: [String] { specHeaders + sheetHeaders }

    /// The headers of the role in SPEC's table.
    var specHeaders: [String] {
        switch self {
        case .unit:
            ["ward", "ward_code", "ward_name", "commune", "unit", "phường", "xã", "phường/xã",
             "xã/phường", "đơn vị", "tên phường", "mã phường"]
        case .date: ["birth_date", "date_of_birth", "dob", "date", "ngày sinh"]
        case .sex: ["sex", "gender", "giới tính"]
        case .id: ["id", "record_id", "mã", "mã trẻ", "số định danh"]
        case .birthOrder: ["birth_order", "order", "parity", "con thứ", "lần sinh"]
        case .district: ["district", "quận", "huyện", "quận/huyện"]
        case .province: ["province", "tỉnh", "thành phố", "tỉnh/thành phố"]
        case .period: ["period", "kỳ", "tháng/năm"]
        case .year: ["year", "năm"]
        case .month: ["month", "tháng"]
        case .boys: ["boys", "male", "males", "trai", "số trẻ trai"]
        case .girls: ["girls", "female", "females", "gái", "số trẻ gái"]
        case .motherBirthDate: ["mother_birth_date", "ngày sinh mẹ", "ngày sinh của mẹ"]
        case .motherBirthYear: ["mother_birth_year", "năm sinh mẹ", "năm sinh của mẹ"]
        case .motherAge: ["mother_age", "tuổi mẹ"]
        }
    }

    /// Headers beyond SPEC, as district registers and count sheets write them.
    var sheetHeaders: [String] {
        switch self {
        case .unit: ["xã/phường/thị trấn", "phường/xã/thị trấn", "tên xã", "tên phường/xã", "tên xã/phường"]
        case .date: ["ngày tháng năm sinh", "ngày/tháng/năm sinh", "ngày, tháng, năm sinh"]
        case .sex: ["giới", "giới tính (nam/nữ)"]
        case .motherAge: ["tuổi của mẹ", "tuổi mẹ khi sinh"]
        default: []
        }
    }

    /// The role whose accepted headers include `header`, whatever its spelling.
    static func matching(header: String) -> ColumnRole? {
        let key = TextFolding.headerKey(header)
        return allCases.first { role in
            role.acceptedHeaders.contains { TextFolding.headerKey($0) == key }
        }
    }
}
