/// The words and cells of a validation, shared by the table, Markdown and HTML
/// forms so that they say the same things in the same order.
struct ValidationSections {
    let validation: Validation
    let text: Localizer

    var title: String {
        text(.validateTitle, validation.period.map(PeriodLabel.text) ?? text(.validateAllDates))
    }

    var filesLine: String { text(.validateFiles, validation.input.files.joined(separator: ", ")) }

    /// Rows read, then where they went; reasons indented under `rejected`.
    var rowLines: [(label: String, count: Int)] {
        let input = validation.input
        var lines = [(text(.validateRowsRead), input.rowsRead), ("  " + text(.validateRowsUsed), input.rowsUsed)]
        if let period = validation.period {
            lines.append(("  " + text(.validateRowsOutside, PeriodLabel.text(period)), input.rowsOutsidePeriod))
        }
        lines.append(("  " + text(.validateRowsRejected), input.rowsRejected))
        let diagnostics = Diagnostics(language: text.language)
        for reason in RejectionReason.allCases where input.rejectedByReason[reason, default: 0] > 0 {
            lines.append(("    " + diagnostics.reasonWord(reason), input.rejectedByReason[reason, default: 0]))
        }
        return lines
    }

    /// Dates, units found and registry units without births.
    var factLines: [String] {
        var lines: [String] = []
        if let first = validation.firstDay, let last = validation.lastDay {
            lines.append(text(.validateDates, first.description, last.description))
        } else {
            lines.append(text(.validateNoDates))
        }
        if let count = validation.registryUnitCount {
            lines.append(text(.validateRegistryUnitsFound, String(validation.unitsWithBirths), String(count)))
            let names = validation.registryUnitsWithoutBirths.map(\.name)
            lines.append(text(.validateRegistryNoBirths, names.isEmpty ? text(.validateNone) : names.joined(separator: ", ")))
        } else {
            lines.append(text(.validateUnitsFound, String(validation.unitsWithBirths)))
        }
        return lines
    }

    var unitColumnTitle: String { ReportHeading.unitColumnTitle(validation.level, text) }

    /// Per unit: name, births, months with births, median, and its gaps as `2024-03 (2)`.
    var unitRows: [[String]] {
        validation.unitsInReadingOrder.map { entry in
            let gaps = entry.gapMonths.map { "\(Validation.monthLabel(validation.months[$0])) (\(entry.monthlyBirths[$0]))" }
            return [entry.unit.name, String(entry.births), String(entry.monthsWithBirths),
                    entry.medianMonthlyBirths.map { NumberFormatting.fixed($0, places: 1) } ?? "–",
                    gaps.isEmpty ? "–" : gaps.joined(separator: ", ")]
        }
    }

    var unitTitles: [String] {
        [unitColumnTitle, text(.columnBirths), text(.columnMonthsWithBirths), text(.columnMedian), text(.columnGaps)]
    }

    /// The rule, with the months it looked at; then a line when nothing was found.
    var gapLines: [String] {
        var lines: [String] = []
        if let first = validation.months.first, let last = validation.months.last {
            lines.append(text(.validateGapRule, NumberFormatting.plain(Validation.GapRule.minimumMedian),
                              Validation.monthLabel(first), Validation.monthLabel(last)))
        }
        if validation.gapCount == 0 { lines.append(text(.validateNoGaps)) }
        if validation.wholeYearRows > 0 { lines.append(text(.validateWholeYearNote, String(validation.wholeYearRows))) }
        return lines
    }

    var sexTitles: [String] { [text(.columnSpelling), text(.columnReadAs), text(.columnRows)] }

    var sexRows: [[String]] {
        validation.sexSpellings.map { spelling in
            let reading = switch spelling.sex {
            case .male: text(.sexMale)
            case .female: text(.sexFemale)
            case nil: text(.sexNotRead)
            }
            return [spelling.spelling, reading, String(spelling.rows)]
        }
    }

    var otherSpellingsLine: String? {
        validation.otherSexSpellingRows > 0
            ? text(.validateOtherSpellings, String(validation.otherSexSpellingRows), String(validation.sexSpellings.count))
            : nil
    }

    var duplicateLine: String {
        let count = validation.repeatedIDRows
        return count == 0 ? text(.validateDuplicatesNone) : text(.validateDuplicatesCount, String(count))
    }

    var duplicateTitles: [String] { [text(.columnID), text(.columnRow), text(.columnFirstSeen)] }

    var duplicateRows: [[String]] {
        let diagnostics = Diagnostics(language: text.language)
        return validation.duplicateExamples.map { rejection in
            var first = ""
            if case .duplicateID(let place) = rejection.problem { first = diagnostics.position(place) }
            return [rejection.field ?? "", diagnostics.position(rejection.location), first]
        }
    }

    var unknownTitles: [String] { [text(.columnSpelling), text(.columnRows), text(.columnSuggestion)] }

    var unknownRows: [[String]] {
        validation.unknownUnits.map { [$0.spelling, String($0.rows), $0.suggestion ?? "–"] }
    }

    var otherUnknownLine: String? {
        validation.otherUnknownUnitRows > 0 ? text(.validateOtherUnknownUnits, String(validation.otherUnknownUnitRows)) : nil
    }

    /// One line per finding; one saying there is none when none.
    var findingLines: [String] {
        let diagnostics = Diagnostics(language: text.language)
        guard !validation.findings.isEmpty else { return [text(.validateNoFindings)] }
        return validation.findings.map { finding in
            switch finding {
            case .datesReadMonthFirst(let at, let field): text(.findingMonthFirst, diagnostics.fileAndSheet(at), String(at.line), field)
            case .datesLookMonthFirst(let at, let field): text(.findingLookMonthFirst, diagnostics.fileAndSheet(at), String(at.line), field)
            case .datesCouldBeEitherOrder(let at, let field): text(.findingEitherOrder, diagnostics.fileAndSheet(at), String(at.line), field)
            case .linesAboveHeader(let at, let count): text(.findingLinesAboveHeader, diagnostics.fileAndSheet(at), String(at.line), String(count))
            case .totalRows(let count, let first): text(.findingTotalRows, String(count), diagnostics.position(first))
            case .repeatedCountRows(let count, let first): text(.findingRepeatedCountRows, String(count), diagnostics.position(first))
            case .repeatedIDs(let count): text(.findingRepeatedIDs, String(count))
            case .rejectedShare(let rejected, let read):
                text(.findingRejectedShare, String(rejected), String(read),
                     NumberFormatting.fixed(100 * Double(rejected) / Double(max(read, 1)), places: 1))
            }
        }
    }

    var verdict: String {
        let rejected = validation.input.rowsRejected
        return rejected == 0 ? text(.validateVerdictClean) : text(.validateVerdictRejected, String(rejected))
    }
}
