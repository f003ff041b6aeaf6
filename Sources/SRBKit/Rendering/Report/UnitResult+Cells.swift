extension Unit {
    /// The JSON members that name a unit, in SPEC's order: `code`, `name`, `level`, `parent`.
    var jsonIdentity: [(String, JSONValue)] {
        [("code", .optional(code)), ("name", .string(name)), ("level", .string(level.rawValue)),
         ("parent", .optional(parent))]
    }
}

/// The cells of one unit, shared by every format.
extension UnitResult {
    /// JSON unit object, keys in SPEC's order; `by_order` follows when split.
    func jsonValue() -> JSONValue {
        var members = unit.jsonIdentity
        members += UnitResult.numberMembers(estimate, status: status)
        if let byOrder {
            members.append(("by_order", .array(byOrder.map { part in
                .object([("order", .string(part.order.rawValue))] + UnitResult.numberMembers(part.estimate, status: part.status))
            })))
        }
        return .object(members)
    }

    static func numberMembers(_ estimate: SexRatioEstimate, status: UnitStatus) -> [(String, JSONValue)] {
        [
            ("births", .int(estimate.births)),
            ("boys", .int(estimate.boys)),
            ("girls", .int(estimate.girls)),
            ("srb", .optional(estimate.srb)),
            ("ci_low", .optional(estimate.ciLow)),
            ("ci_high", .optional(estimate.ciHigh)),
            ("status", .string(status.rawValue)),
        ]
    }

    /// CSV/TSV cells in the JSON unit object's order; null is an empty cell.
    func delimitedCells(_ writer: DelimitedText) -> [String] {
        identityCells(writer) + UnitResult.numberCells(estimate, status: status, writer)
    }

    /// The cells of one birth order: the unit's code, name, level and parent, the
    /// order's numbers and status, then the order (the `order` column, last).
    func delimitedCells(_ part: OrderResult, _ writer: DelimitedText) -> [String] {
        identityCells(writer) + UnitResult.numberCells(part.estimate, status: part.status, writer)
            + [writer.text(part.order.rawValue)]
    }

    private func identityCells(_ writer: DelimitedText) -> [String] {
        [writer.text(unit.code ?? ""), writer.text(unit.name), writer.text(unit.level.rawValue),
         writer.text(unit.parent ?? "")]
    }

    private static func numberCells(_ estimate: SexRatioEstimate, status: UnitStatus,
                                    _ writer: DelimitedText) -> [String] {
        [
            writer.number(String(estimate.births)),
            writer.number(String(estimate.boys)),
            writer.number(String(estimate.girls)),
            writer.number(estimate.srb.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciLow.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciHigh.map(NumberFormatting.exact) ?? ""),
            writer.text(status.rawValue),
        ]
    }

    static let delimitedHeader = ["code", "name", "level", "parent", "births", "boys", "girls",
                                  "srb", "ci_low", "ci_high", "status"]
}

extension UnitStatus {
    /// The status in words of `language`, for tables and markdown.
    func label(_ text: Localizer) -> String {
        switch self {
        case .noBirths: text(.statusNoBirths)
        case .fewBirths: text(.statusFewBirths)
        case .significant: text(.statusSignificant)
        case .over: text(.statusOver)
        case .ok: text(.statusOK)
        }
    }

    /// `▲` significant, `△` over, nothing otherwise: marks that survive black-and-white print.
    var mark: String {
        switch self {
        case .significant: "▲"
        case .over: "△"
        default: ""
        }
    }
}

extension BirthOrder {
    func label(_ text: Localizer) -> String {
        switch self {
        case .first: text(.orderFirst)
        case .second: text(.orderSecond)
        case .thirdOrLater: text(.orderThirdOrLater)
        case .unknown: text(.orderUnknown)
        }
    }
}

extension SexRatioEstimate {
    /// SRB with one decimal, `–` when null.
    var srbText: String { srb.map { NumberFormatting.fixed($0, places: 1) } ?? "–" }

    /// `low–high` with one decimal; `–` for a missing bound.
    var intervalText: String {
        guard let low = ciLow else { return "–" }
        let high = ciHigh.map { NumberFormatting.fixed($0, places: 1) } ?? "∞"
        return "\(NumberFormatting.fixed(low, places: 1))–\(high)"
    }
}
