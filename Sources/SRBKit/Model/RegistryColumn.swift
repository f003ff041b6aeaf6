/// What a ward registry column holds, as recognised from its header.
public enum RegistryColumn: String, Sendable, CaseIterable, Hashable {
    case code, name, district, province, aliases

    /// Headers that name the column; matched like register headers (case,
    /// spacing, underscores and diacritics do not matter).
    public var acceptedHeaders: [String] {
        switch self {
        case .code: ["code", "ward_code", "mã", "mã phường", "mã xã", "mã phường/xã", "mã đơn vị"]
        case .name: ["name", "ward", "ward_name", "commune", "unit", "tên", "tên phường", "tên xã", "tên phường/xã",
                     "tên đơn vị", "phường", "xã", "phường/xã", "xã/phường", "đơn vị"]
        case .district: ColumnRole.district.acceptedHeaders
        case .province: ColumnRole.province.acceptedHeaders
        case .aliases: ["aliases", "alias", "other names", "tên khác", "tên cũ", "tên gọi khác"]
        }
    }

    /// Required to read a registry.
    static let required: [RegistryColumn] = [.code, .name]

    /// The column whose accepted headers include `header`, whatever its spelling.
    static func matching(header: String) -> RegistryColumn? {
        let key = TextFolding.headerKey(header)
        return allCases.first { column in
            column.acceptedHeaders.contains { TextFolding.headerKey($0) == key }
        }
    }
}
