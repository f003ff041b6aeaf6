/// The cells of one unit's progress, shared by every format.
extension UnitProgress {
    /// The report's unit object over the whole span, then `years`, the trend, and
    /// the extras: the births-weighted trend and, when split, each order's trends.
    func jsonValue() -> JSONValue {
        guard case .object(var members) = result.jsonValue() else { preconditionFailure("a unit is an object") }
        members.append(("years", .array(series.years.indices.map { offset in
            var year = series.years[offset].jsonMembers()
            if let byOrder {
                year.append(("by_order", .array(byOrder.map { part in
                    .object([("order", .string(part.order.rawValue))] + part.series.years[offset].jsonMembers().dropFirst())
                })))
            }
            return .object(year)
        })))
        members += series.trendMembers()
        if let byOrder {
            members.append(("trend_by_order", .array(byOrder.map { part in
                .object([("order", .string(part.order.rawValue))] + part.series.trendMembers())
            })))
        }
        return .object(members)
    }

    /// CSV/TSV cells of one year, in SPEC's column order; null is an empty cell.
    func delimitedCells(_ year: YearProgress, _ writer: DelimitedText) -> [String] {
        let estimate = year.estimate
        return [
            writer.text(unit.level.rawValue),
            writer.text(unit.code ?? ""),
            writer.text(unit.name),
            writer.number(String(year.year)),
            writer.number(String(estimate.births)),
            writer.number(String(estimate.boys)),
            writer.number(String(estimate.girls)),
            writer.number(estimate.srb.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciLow.map(NumberFormatting.exact) ?? ""),
            writer.number(estimate.ciHigh.map(NumberFormatting.exact) ?? ""),
            writer.number(year.change.map(NumberFormatting.exact) ?? ""),
            writer.number(year.path.map(NumberFormatting.exact) ?? ""),
            writer.text(year.verdict.rawValue),
        ]
    }

    static let delimitedHeader = ["level", "code", "name", "year", "births", "boys", "girls", "srb", "ci_low",
                                  "ci_high", "change", "path", "verdict"]
}

extension YearProgress {
    /// `year`, `births`, `boys`, `girls`, `srb`, `ci_low`, `ci_high`, `change`, `path`, `verdict`.
    func jsonMembers() -> [(String, JSONValue)] {
        [
            ("year", .int(year)),
            ("births", .int(estimate.births)),
            ("boys", .int(estimate.boys)),
            ("girls", .int(estimate.girls)),
            ("srb", .optional(estimate.srb)),
            ("ci_low", .optional(estimate.ciLow)),
            ("ci_high", .optional(estimate.ciHigh)),
            ("change", .optional(change)),
            ("path", .optional(path)),
            ("verdict", .string(verdict.rawValue)),
        ]
    }

    /// SRB with one decimal and the verdict's mark: `130.9 ✗`, `– ·`.
    var markedSRB: String { estimate.srbText + " " + verdict.mark }
}

extension ProgressSeries {
    func trendMembers() -> [(String, JSONValue)] {
        [
            ("trend_per_year", .optional(trendPerYear)),
            ("projected_target_year_srb", .optional(projectedTargetYearSRB)),
            ("trend_per_year_weighted", .optional(weightedTrendPerYear)),
            ("projected_target_year_srb_weighted", .optional(weightedProjectedTargetYearSRB)),
            ("projected_target_year_srb_low", .optional(projectionLow)),
            ("projected_target_year_srb_high", .optional(projectionHigh)),
            ("trend_test", .object([("chi_squared", .optional(trendTest.chiSquared)),
                                    ("p_value", .optional(trendTest.pValue)),
                                    ("direction", .string(trendTest.direction.rawValue))])),
        ]
    }

    /// `+2.35 (+1.90)`: the ordinary slope, then the births-weighted one in brackets;
    /// `–` for a missing one.
    var trendText: String {
        let ordinary = trendPerYear.map { ProgressSeries.signed($0) } ?? "–"
        guard let weighted = weightedTrendPerYear else { return ordinary }
        return "\(ordinary) (\(ProgressSeries.signed(weighted)))"
    }

    /// The births-weighted line's value at the target year with its 95%
    /// prediction interval, `128.4 (95.2–175.0)`, only when the five-year test
    /// finds a trend and the interval exists; else the words "not enough
    /// evidence": a line through a few noisy years is no forecast.
    func projectionText(_ text: Localizer) -> String {
        guard hasEvidenceOfTrend, let interval = projectionInterval else { return text(.projectionNotEnoughEvidence) }
        let fixed = { NumberFormatting.fixed($0, places: 1) }
        return "\(fixed(interval.center)) (\(fixed(interval.lower))–\(fixed(interval.upper)))"
    }

    /// The five-year test in a few words: `↑ rising (p 0.0004)`, `no clear change`, `< 5 years`.
    func trendTestText(_ text: Localizer) -> String {
        let p = trendTest.pValue.map { " (p " + ProgressSeries.pValueText($0) + ")" } ?? ""
        switch trendTest.direction {
        case .increasing: return text(.trendTestIncreasing) + p
        case .decreasing: return text(.trendTestDecreasing) + p
        case .noSignificantChange: return text(.trendTestNoChange)
        case .cannotCalculate: return text(.trendTestCannot)
        }
    }

    /// A p-value as people read it: `0.0004`, `< 0.0001`.
    static func pValueText(_ value: Double) -> String {
        value < 0.0001 ? "< 0.0001" : NumberFormatting.fixed(value, places: 4)
    }

    /// A change with two decimals and its sign: `+0.25`, `-1.50`, `0.00`.
    static func signed(_ value: Double, places: Int = 2) -> String {
        let text = NumberFormatting.fixed(value, places: places)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }
}

extension ProgressVerdict {
    /// The verdict in words of the localizer's language, for tables and markdown.
    func label(_ text: Localizer) -> String {
        switch self {
        case .meets: text(.verdictMeets)
        case .onPath: text(.verdictOnPath)
        case .offPath: text(.verdictOffPath)
        case .noBirths: text(.verdictNoBirths)
        }
    }

    /// `✓` meets, `↘` on path, `✗` off path, `·` no births: marks that survive
    /// black-and-white print; the legend gives their words.
    var mark: String {
        switch self {
        case .meets: "✓"
        case .onPath: "↘"
        case .offPath: "✗"
        case .noBirths: "·"
        }
    }
}
