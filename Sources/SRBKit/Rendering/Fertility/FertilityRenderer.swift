/// Turns a `FertilityReport` into the bytes of one output format.
public struct FertilityRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// The report in `format`: JSON `srb.fertility/1`; csv/tsv long (one row
    /// per unit and year, the total's last); a table with the years across;
    /// markdown long; html with each unit's age curve and TFR by year.
    public func render(_ report: FertilityReport, as format: OutputFormat) -> String {
        let text = Localizer(options.language)
        let units = VietnameseCollation.sorted(report.units) { $0.unit.name }
        switch format {
        case .json: return json(report)
        case .csv: return delimited(report, writer: .csv)
        case .tsv: return delimited(report, writer: .tsv)
        case .table: return FertilityTable(report: report, units: units, text: text).rendered(colors: options.usesColor)
        case .markdown: return FertilityMarkdown(report: report, units: units, text: text).rendered()
        case .html: return FertilityHTML(report: report, units: units, text: text).rendered()
        }
    }

    private func json(_ report: FertilityReport) -> String {
        JSONValue.object([
            ("schema", .string("srb.fertility/1")),
            ("period", .object([("from", .string(report.period.from.description)),
                                ("to", .string(report.period.to.description))])),
            ("tfr_target", .double(report.target)),
            ("confidence", .double(report.confidence)),
            ("units", .array(report.units.map { $0.jsonValue() })),
            ("total", report.total.jsonValue()),
            ("births_unknown_age", .int(report.birthsUnknownAge)),
            ("population", .string(report.populationFile)),
            ("input", report.input.jsonValue()),
        ]).rendered()
    }

    private func delimited(_ report: FertilityReport, writer: DelimitedText) -> String {
        var output = writer.line(["level", "code", "name", "year", "births", "births_unknown_age", "women", "tfr",
                                  "tfr_low", "tfr_high", "status"] + AgeGroup.allCases.map(\.csvColumn))
        for unit in report.units + [report.total] {
            for year in unit.years {
                let estimate = year.estimate
                output += writer.line([
                    writer.text(unit.unit.level.rawValue), writer.text(unit.unit.code ?? ""), writer.text(unit.unit.name),
                    writer.number(String(year.year)), writer.number(String(estimate.totalBirths)),
                    writer.number(String(estimate.birthsUnknownAge)),
                    writer.number(year.hasPopulation ? String(estimate.totalWomen) : ""),
                    writer.number(estimate.tfr.map(NumberFormatting.exact) ?? ""),
                    writer.number(estimate.tfrLow.map(NumberFormatting.exact) ?? ""),
                    writer.number(estimate.tfrHigh.map(NumberFormatting.exact) ?? ""),
                    writer.text(year.status.rawValue),
                ] + AgeGroup.allCases.map { group in
                    writer.number(year.hasPopulation ? (estimate.asfr[group] ?? nil).map(NumberFormatting.exact) ?? "" : "")
                })
            }
        }
        return output
    }
}

extension FertilityReport.UnitFertility {
    /// The JSON unit object of SPEC: identity, then `years`.
    func jsonValue() -> JSONValue {
        .object(unit.jsonIdentity + [
            ("years", .array(years.map { year in
                let estimate = year.estimate
                return .object([
                    ("year", .int(year.year)),
                    ("births", .int(estimate.totalBirths)),
                    ("births_unknown_age", .int(estimate.birthsUnknownAge)),
                    ("women", year.hasPopulation ? .int(estimate.totalWomen) : .null),
                    ("asfr", .object(AgeGroup.allCases.map { group in
                        (group.rawValue, year.hasPopulation ? .optional(estimate.asfr[group] ?? nil) : .null)
                    })),
                    ("tfr", .optional(estimate.tfr)),
                    ("tfr_low", .optional(estimate.tfrLow)),
                    ("tfr_high", .optional(estimate.tfrHigh)),
                    ("status", .string(year.status.rawValue)),
                ])
            })),
        ])
    }
}

extension FertilityReport.YearResult {
    /// `1.85 (1.62–2.10) ≈`: the TFR with its interval and status mark; the
    /// status in words when there is no TFR.
    func cell(_ text: Localizer) -> String {
        guard let tfr = estimate.tfr, let low = estimate.tfrLow, let high = estimate.tfrHigh else {
            return status.label(text)
        }
        return NumberFormatting.fixed(tfr, places: 2) + " (" + NumberFormatting.fixed(low, places: 2) + "–"
            + NumberFormatting.fixed(high, places: 2) + ") " + status.mark
    }
}

extension FertilityStatus {
    /// ▲ above, ▼ below, ≈ at replacement; nothing otherwise.
    var mark: String {
        switch self {
        case .above: "▲"
        case .below: "▼"
        case .atReplacement: "≈"
        case .noBirths, .noPopulation: ""
        }
    }

    func label(_ text: Localizer) -> String {
        switch self {
        case .above: text(.fertilityStatusAbove)
        case .below: text(.fertilityStatusBelow)
        case .atReplacement: text(.fertilityStatusAtReplacement)
        case .noBirths: text(.fertilityStatusNoBirths)
        case .noPopulation: text(.fertilityStatusNoPopulation)
        }
    }
}

/// The lines above a fertility table.
struct FertilityHeading {
    let report: FertilityReport
    let text: Localizer

    var lines: [String] {
        var lines = [text(.fertilityTitle, PeriodLabel.text(report.period)),
                     text(.fertilitySettingsLine, NumberFormatting.plain(report.target),
                          NumberFormatting.percent(report.confidence), report.populationFile)]
        if report.birthsUnknownAge > 0 { lines.append(text(.fertilityUnknownAgeNote, String(report.birthsUnknownAge))) }
        return lines
    }

    var notes: [String] { [text(.fertilityLegend), text(.fertilityIntervalNote)] }

    func name(_ unit: FertilityReport.UnitFertility) -> String {
        unit.unit.level == .total ? text(.totalRow) : unit.unit.name
    }

    /// The titles of the long table (Markdown, HTML): name, year, births, of
    /// unknown age, women, TFR, its interval, status, then one ASFR per group.
    var longTitles: [String] {
        let percent = NumberFormatting.percent(report.confidence)
        return [text(.columnName), text(.columnYear), text(.columnBirths), text(.columnBirthsUnknownAge),
                text(.columnWomen), text(.columnTFR), text(.columnIntervalLow, percent),
                text(.columnIntervalHigh, percent), text(.columnStatus)]
            + AgeGroup.allCases.map { text(.columnASFR, $0.rawValue) }
    }

    /// Index of the status among `longTitles` (the rates follow it).
    static let longStatusIndex = 8

    /// One unit-year's cells under `longTitles`, `–` where there is no number.
    func longCells(_ unit: FertilityReport.UnitFertility, _ year: FertilityReport.YearResult) -> [String] {
        let estimate = year.estimate
        func fixed(_ value: Double?, _ places: Int) -> String { value.map { NumberFormatting.fixed($0, places: places) } ?? "–" }
        return [name(unit), String(year.year), String(estimate.totalBirths), String(estimate.birthsUnknownAge),
                year.hasPopulation ? String(estimate.totalWomen) : "–",
                fixed(estimate.tfr, 2), fixed(estimate.tfrLow, 2), fixed(estimate.tfrHigh, 2),
                (year.status.mark + " " + year.status.label(text)).trimmingCharacters(in: .whitespaces)]
            + AgeGroup.allCases.map { fixed(year.hasPopulation ? estimate.asfr[$0] ?? nil : nil, 1) }
    }
}
