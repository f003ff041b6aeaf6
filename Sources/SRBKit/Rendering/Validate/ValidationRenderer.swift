/// Turns a `Validation` into the bytes of one output format.
///
/// JSON (`srb.validate/1`) and CSV/TSV carry every month of every unit; the
/// terminal table shows each unit's gaps and points to them.
public struct ValidationRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    public static let schema = "srb.validate/1"

    /// The validation in `format`.
    public func render(_ validation: Validation, as format: OutputFormat) -> String {
        let text = Localizer(options.language)
        switch format {
        case .json: return validation.jsonValue().rendered()
        case .csv: return validation.delimited(.csv)
        case .tsv: return validation.delimited(.tsv)
        case .table: return ValidationTable(validation: validation, text: text).rendered(colors: options.usesColor,
                                                                                          maximumWidth: options.maximumWidth)
        case .markdown: return ValidationMarkdown(validation: validation, text: text).rendered()
        case .html: return ValidationHTML(validation: validation, text: text).rendered()
        }
    }
}

extension Validation {
    /// The JSON document; keys in a fixed order, every list in a fixed order.
    func jsonValue() -> JSONValue {
        func location(_ place: SourceLocation) -> JSONValue {
            .object([("file", .string(place.file)), ("line", .int(place.line)),
                     ("column", place.column.map(JSONValue.int) ?? .null)])
        }
        let duplicates: [JSONValue] = duplicateExamples.map { rejection in
            var firstSeen = JSONValue.null
            if case .duplicateID(let first) = rejection.problem { firstSeen = location(first) }
            return .object([("id", .optional(rejection.field)), ("location", location(rejection.location)),
                            ("first_seen", firstSeen)])
        }
        return .object([
            ("schema", .string(ValidationRenderer.schema)),
            ("period", span.map { .object([("from", .string($0.from.description)), ("to", .string($0.to.description))]) } ?? .null),
            ("threshold", .double(settings.threshold)),
            ("confidence", .double(settings.confidence)),
            ("ci_method", .string(settings.intervalMethod.rawValue)),
            ("level", .string(level.rawValue)),
            ("date_range", firstDay.flatMap { first in lastDay.map { last in
                .object([("from", .string(first.description)), ("to", .string(last.description))])
            } } ?? .null),
            ("units_with_births", .int(unitsWithBirths)),
            ("registry", registryUnitCount.map { count in .object([
                ("units", .int(count)),
                ("units_without_births", .array(registryUnitsWithoutBirths.map { unit in
                    .object([("code", .optional(unit.code)), ("name", .string(unit.name)), ("parent", .optional(unit.parent))])
                })),
            ]) } ?? .null),
            ("gap_rule", .object([("minimum_median", .double(GapRule.minimumMedian)),
                                  ("fraction_of_median", .double(GapRule.fractionOfMedian)),
                                  ("chance_limit", .double(GapRule.chanceLimit))])),
            ("months", .array(months.map { .string(Validation.monthLabel($0)) })),
            ("units", .array(level == .total ? [] : units.map(jsonValue))),  // SPEC: `--by total` has no units
            ("total", jsonValue(total)),
            ("input", input.jsonValue()),
            ("gap_count", .int(gapCount)),
            ("whole_year_count_rows", .int(wholeYearRows)),
            ("sex_spellings", .array(sexSpellings.map { spelling in .object([
                ("spelling", .string(spelling.spelling)),
                ("read_as", spelling.sex.map { .string($0.word) } ?? .null),
                ("rows", .int(spelling.rows)),
            ]) })),
            ("other_sex_spelling_rows", .int(otherSexSpellingRows)),
            ("duplicate_ids", .object([("rows", .int(repeatedIDRows)),
                                       ("examples", .array(duplicates))])),
            ("unknown_units", .array(unknownUnits.map { unknown in .object([
                ("unit", .string(unknown.spelling)), ("rows", .int(unknown.rows)),
                ("suggestion", .optional(unknown.suggestion)),
            ]) })),
            ("other_unknown_unit_rows", .int(otherUnknownUnitRows)),
            ("findings", .array(findings.map(\.jsonValue))),
        ])
    }

    /// A unit object: the report's keys in the report's order (`by_order` too when
    /// split), then the months: `months_with_births`, `median_monthly_births`,
    /// `monthly_births`, `gap_months`.
    private func jsonValue(_ entry: UnitMonths) -> JSONValue {
        guard case .object(var members) = entry.result.jsonValue() else { preconditionFailure("a unit is an object") }
        members += [
            ("months_with_births", .int(entry.monthsWithBirths)),
            ("median_monthly_births", .optional(entry.medianMonthlyBirths)),
            ("monthly_births", .array(entry.monthlyBirths.map(JSONValue.int))),
            ("gap_months", .array(entry.gapMonths.map { .string(Validation.monthLabel(months[$0])) })),
        ]
        return .object(members)
    }

    /// The columns of the CSV/TSV form: one line per fact, `section` saying
    /// which (see README "srb validate").
    static let delimitedHeader = ["section", "item", "code", "name", "month", "count", "detail"]

    /// Every fact of the validation as one long table.
    func delimited(_ writer: DelimitedText) -> String {
        var output = writer.line(Validation.delimitedHeader)
        func line(_ section: String, _ item: String, code: String? = nil, name: String = "", month: String = "",
                  count: Int? = nil, detail: String = "") {
            output += writer.line([writer.text(section), writer.text(item), writer.text(code ?? ""), writer.text(name),
                                   writer.text(month), writer.number(count.map(String.init) ?? ""), writer.text(detail)])
        }
        if let period { line("period", "from_to", detail: "\(period.from)..\(period.to)") }
        line("input", "rows_read", count: input.rowsRead)
        line("input", "rows_used", count: input.rowsUsed)
        line("input", "rows_outside_period", count: input.rowsOutsidePeriod)
        line("input", "rows_rejected", count: input.rowsRejected)
        for reason in RejectionReason.allCases {
            line("rejected", reason.rawValue, count: input.rejectedByReason[reason, default: 0])
        }
        if let firstDay, let lastDay {
            line("date_range", "from", detail: firstDay.description)
            line("date_range", "to", detail: lastDay.description)
        }
        line("units", "with_births", count: unitsWithBirths)
        if let registryUnitCount {
            line("registry", "units", count: registryUnitCount)
            for unit in registryUnitsWithoutBirths { line("registry", "without_births", code: unit.code, name: unit.name, count: 0) }
        }
        for entry in units {
            let median = entry.medianMonthlyBirths.map(NumberFormatting.exact) ?? ""
            line("unit", "births", code: entry.unit.code, name: entry.unit.name, count: entry.births, detail: median)
            for (index, month) in months.enumerated() {
                line("month", "births", code: entry.unit.code, name: entry.unit.name, month: Validation.monthLabel(month),
                     count: entry.monthlyBirths[index], detail: entry.gapMonths.contains(index) ? "gap" : "")
            }
        }
        line("gaps", "count", count: gapCount)
        if wholeYearRows > 0 { line("whole_year", "count_rows", count: wholeYearRows) }
        for spelling in sexSpellings {
            line("sex_spelling", spelling.sex?.word ?? "rejected", count: spelling.rows, detail: spelling.spelling)
        }
        if otherSexSpellingRows > 0 { line("sex_spelling", "other", count: otherSexSpellingRows) }
        line("duplicate_ids", "rows", count: repeatedIDRows)
        for rejection in duplicateExamples {
            line("duplicate_id", rejection.field ?? "", detail: Validation.duplicatePlaces(rejection))
        }
        for unknown in unknownUnits { line("unknown_unit", unknown.spelling, count: unknown.rows, detail: unknown.suggestion ?? "") }
        if otherUnknownUnitRows > 0 { line("unknown_unit", "other", count: otherUnknownUnitRows) }
        for finding in findings {
            let facts = finding.facts
            line("finding", facts.kind, name: facts.location.map { "\($0.file):\($0.line)" } ?? "", count: facts.count,
                 detail: facts.field ?? "")
        }
        return output
    }

    /// `YYYY-MM`.
    static func monthLabel(_ month: RegisterScan.TimeBucket) -> String {
        "\(CalendarDay.padded(month.year, 4))-\(CalendarDay.padded(month.month, 2))"
    }

    /// `FILE:LINE:COLUMN first FILE:LINE` for a duplicate row, locale-free.
    static func duplicatePlaces(_ rejection: Rejection) -> String {
        let diagnostics = Diagnostics(language: .en)
        var text = diagnostics.position(rejection.location)
        if case .duplicateID(let first) = rejection.problem { text += " first " + diagnostics.position(first) }
        return text
    }
}

extension Sex {
    /// `male` or `female`: the word of JSON and CSV, never translated.
    var word: String {
        switch self {
        case .male: "male"
        case .female: "female"
        }
    }
}

extension ValidationFinding {
    /// The facts of a finding, for JSON and CSV: its kind (snake_case), where, how many, the field.
    var facts: (kind: String, location: SourceLocation?, count: Int?, field: String?) {
        switch self {
        case .datesReadMonthFirst(let at, let field): ("dates_read_month_first", at, nil, field)
        case .datesLookMonthFirst(let at, let field): ("dates_look_month_first", at, nil, field)
        case .datesCouldBeEitherOrder(let at, let field): ("dates_could_be_either_order", at, nil, field)
        case .linesAboveHeader(let at, let count): ("lines_above_header", at, count, nil)
        case .totalRows(let count, let first): ("total_rows", first, count, nil)
        case .repeatedCountRows(let count, let first): ("repeated_count_rows", first, count, nil)
        case .repeatedIDs(let count): ("repeated_ids", nil, count, nil)
        case .rejectedShare(let rejected, _): ("rows_rejected", nil, rejected, nil)
        }
    }

    var jsonValue: JSONValue {
        let facts = self.facts
        var members: [(String, JSONValue)] = [("kind", .string(facts.kind))]
        if let location = facts.location {
            members += [("file", .string(location.file)), ("line", .int(location.line))]
        }
        if let count = facts.count { members.append(("count", .int(count))) }
        if case .rejectedShare(let rejected, let read) = self {
            members.append(("share", .double(Double(rejected) / Double(max(read, 1)))))
        }
        if let field = facts.field { members.append(("field", .string(field))) }
        return .object(members)
    }
}
