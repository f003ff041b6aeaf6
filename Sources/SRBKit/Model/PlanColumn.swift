/// A column of a plan's activity table, as recognised from its header.
public enum PlanColumn: String, Sendable, CaseIterable, Hashable {
    case section
    case number = "no"
    case content
    case timeFrame = "timeframe"
    case lead
    case partners
    case status
    case doneOn = "done_on"
    case note

    /// Headers that name the column: English, or the Vietnamese of Biểu 1 (SPEC
    /// "Plan activities"); matched after `TextFolding.headerKey`, so case,
    /// spacing, underscores and diacritics do not matter.
    public var acceptedHeaders: [String] {
        switch self {
        case .section: ["section", "mục"]
        case .number: ["no", "TT", "STT"]
        case .content: ["content", "nội dung công việc", "nội dung"]
        case .timeFrame: ["timeframe", "thời gian thực hiện", "thời gian"]
        case .lead: ["lead", "đơn vị thực hiện", "đơn vị chủ trì"]
        case .partners: ["partners", "đơn vị phối hợp"]
        case .status: ["status", "trạng thái", "tiến độ"]
        case .doneOn: ["done_on", "ngày hoàn thành"]
        case .note: ["note", "ghi chú"]
        }
    }

    /// Columns without which a plan cannot be read.
    public static let required: [PlanColumn] = [.content, .timeFrame]

    /// The column whose accepted headers include `header`, whatever its spelling.
    static func matching(header: String) -> PlanColumn? {
        let key = TextFolding.headerKey(header)
        return allCases.first { column in
            column.acceptedHeaders.contains { TextFolding.headerKey($0) == key }
        }
    }
}
