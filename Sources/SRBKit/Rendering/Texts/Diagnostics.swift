/// Words for errors, rejected rows, warnings and the accounting line, in one place.
public struct Diagnostics: Sendable {
    public let text: Localizer

    public init(language: Language) {
        text = Localizer(language)
    }

    /// `FILE:LINE:COLUMN` (the column when known); in a workbook
    /// `FILE, Sheet1!C7` (or the sheet's row, without a column).
    public func position(_ location: SourceLocation) -> String {
        if let sheet = location.sheet { return position(location, inSheet: sheet) }
        var result = "\(location.file):\(location.line)"
        if let column = location.column { result += ":\(column)" }
        return result
    }

    /// The message of an error that stops a run, without the `srb: error: ` prefix.
    public func message(for error: SRBError) -> String {
        switch error {
        case .cannotOpen(let path, let reason): text(.errorCannotOpen, path, describe(reason))
        case .cannotRead(let path, let reason): text(.errorCannotRead, path, describe(reason))
        case .noHeader(let file, .empty): text(.errorNoHeader, file)
        case .noHeader(let file, .firstLineTooLong(let limit)): text(.errorFirstLineTooLong, file, String(limit))
        case .missingColumn(let location, let role):
            text(.errorMissingColumn, position(location), name(of: role), quotedList(role.acceptedHeaders), role.rawValue)
        case .overriddenColumnNotFound(let location, let role, let header):
            text(.errorOverrideNotFound, position(location), role.rawValue, header, name(of: role))
        case .unsupportedFormat(let file, let format): text(formatKey(format), file)
        case .noUsableRow: text(.errorNoUsableRow)
        case .noRowInPeriod(let period, let from?, let to?):
            text(.errorNoRowInPeriod, PeriodLabel.text(period), from.description, to.description)
        case .noRowInPeriod(let period, _, _): text(.errorNoRowInPeriodNoDates, PeriodLabel.text(period))
        case .noRowInWindows(let month, let span, let from, let to):
            text(.errorNoRowInWindows, month.description, PeriodLabel.text(span), from.description, to.description)
        case .tooManyRejected(let rejected, let read, let limit):
            text(.errorTooManyRejected, String(rejected), String(read), NumberFormatting.percent(limit))
        case .yearSpanTooLong(let years, let limit, let earliest, let latest):
            text(.errorYearSpanTooLong, String(years), String(limit), datedSource(earliest), datedSource(latest))
        case .levelUnavailable(let level):
            text(.errorLevelUnavailable, level.rawValue, name(of: level == .province ? ColumnRole.province : .district))
        case .missingPlanColumn(let location, let column):
            text(.planErrorMissingColumn, position(location), "'\(column.rawValue)'", quotedList(column.acceptedHeaders))
        case .cannotWriteOutput(let path, let reason): text(.errorCannotWrite, path, describe(reason))
        case .unreadableWorkbook(let file, let problem): message(forWorkbook: problem, file: file)
        case .outputIsInput(let output, let input): text(.errorOutputIsInput, output, input)
        case .invalidRegistry(let location, let problem): registryMessage(location, problem)
        case .invalidPopulation(_, let problem): populationMessage(problem)
        case .missingPopulation(let file, let gaps): missingPopulationMessage(file: file, gaps: gaps, asWarning: false)
        case .noMotherAgeColumn:
            text(.fertilityErrorNoMotherAge, quotedList(ColumnRole.motherBirthDate.acceptedHeaders
                + ColumnRole.motherBirthYear.acceptedHeaders + ColumnRole.motherAge.acceptedHeaders))
        }
    }

    /// What a register column holds, in words: `birth date`, `ngày sinh`.
    public func name(of role: ColumnRole) -> String {
        switch role {
        case .unit: text(.roleUnit)
        case .date: text(.roleDate)
        case .sex: text(.roleSex)
        case .id: text(.roleID)
        case .birthOrder: text(.roleBirthOrder)
        case .district: text(.roleDistrict)
        case .province: text(.roleProvince)
        case .period: text(.rolePeriod)
        case .year: text(.roleYear)
        case .month: text(.roleMonth)
        case .boys: text(.roleBoys)
        case .girls: text(.roleGirls)
        case .motherBirthDate: text(.roleMotherBirthDate)
        case .motherBirthYear: text(.roleMotherBirthYear)
        case .motherAge: text(.roleMotherAge)
        }
    }

    /// `'a', 'b', 'c'`: spellings shown as they must be written.
    func quotedList(_ items: [String]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// A file problem in a few words.
    public func describe(_ problem: FileProblem) -> String {
        switch problem {
        case .notFound: text(.fileNotFound)
        case .permissionDenied: text(.filePermissionDenied)
        case .isDirectory: text(.fileIsDirectory)
        case .notADirectory: text(.fileNotADirectory)
        case .noSpaceLeft: text(.fileNoSpaceLeft)
        case .readOnlyFileSystem: text(.fileReadOnly)
        case .inputOutputError: text(.fileInputOutputError)
        case .nameTooLong: text(.fileNameTooLong)
        case .tooManySymbolicLinks: text(.fileTooManySymbolicLinks)
        case .fileTooLarge: text(.fileTooLarge)
        case .tooManyOpenFiles: text(.fileTooManyOpenFiles)
        case .busy: text(.fileBusy)
        case .noReader: text(.fileNoReader)
        case .system(let code): text(.fileSystemError, String(code))
        }
    }

    /// `2024-03-15 (so-sinh.csv:42)`, or `1800 (--baseline-year)` for a day from an option.
    private func datedSource(_ source: DatedSource) -> String {
        guard let location = source.location else { return "\(source.day.year) (--baseline-year)" }
        return "\(source.day) (\(position(location)))"
    }

    private func formatKey(_ format: FileFormat) -> TextKey {
        switch format {
        case .zip: .errorFormatZip
        case .gzip: .errorFormatGzip
        case .compoundFile: .errorFormatCompoundFile
        case .utf32: .errorFormatUTF32
        case .utf16WithoutMark: .errorFormatUTF16WithoutMark
        }
    }

    /// `FILE:LINE:COLUMN: reason: what is wrong`, quoting at most the offending field.
    public func message(for rejection: Rejection) -> String {
        "\(position(rejection.location)): \(reasonWord(rejection.reason)): \(problem(rejection))"
    }

    /// What is wrong with a rejected row, in a few words.
    public func problem(_ rejection: Rejection) -> String {
        let field = VisibleText.escaping(rejection.field ?? "")
        switch rejection.problem {
        case .fieldCount(let found, let expected): return text(.problemFieldCount, String(found), String(expected))
        case .unclosedQuote: return text(.problemUnclosedQuote)
        case .strayQuote: return text(.problemStrayQuote)
        case .fieldTooLong(let limit): return text(.problemFieldTooLong, String(limit))
        case .rowTooLong(let limit): return text(.problemRowTooLong, String(limit))
        case .emptyUnit: return text(.problemEmptyUnit)
        case .unitTooLong(let limit): return text(.problemUnitTooLong, String(limit))
        case .tooManyCombiningMarks(let limit): return text(.problemTooManyCombiningMarks, String(limit))
        case .emptyDate: return text(.problemEmptyDate)
        case .unreadableDate(let order):
            let form = switch order {
            case .dmy, .auto: "DD/MM/YYYY"
            case .mdy: "MM/DD/YYYY"
            case .ymd: "YYYY/MM/DD"
            }
            return text(.problemUnreadableDate, field, form)
        case .twoDigitYear: return text(.problemTwoDigitYear, field)
        case .nonexistentDate: return text(.problemNonexistentDate, field)
        case .afterLatestDate(let latest): return text(.problemAfterLatestDate, field, latest.description)
        case .unreadablePeriod: return text(.problemUnreadablePeriod, field)
        case .emptySex: return text(.problemEmptySex)
        case .unknownSex: return text(.problemUnknownSex, field)
        case .invalidCount: return text(.problemInvalidCount, field)
        case .countTooLarge(let limit): return text(.problemCountTooLarge, field, String(limit))
        case .duplicateID(let firstSeen): return text(.problemDuplicateID, field, position(firstSeen))
        case .duplicateCount(let firstSeen): return text(.problemDuplicateCount, position(firstSeen))
        case .totalRow: return text(.problemTotalRow, field)
        case .unknownUnit(let suggestion): return unknownUnitProblem(field, suggestion: suggestion)
        }
    }

    /// The message of a warning, without the `srb: warning: ` prefix (`srb: info: `
    /// when `isInformation`).
    public func message(for warning: ReadWarning) -> String {
        switch warning {
        case .unclosedQuote(let location): text(.warningUnclosedQuote, position(location))
        case .duplicateColumn(let location, let role): text(.warningDuplicateColumn, position(location), name(of: role))
        case .notUTF8(let location): text(.warningNotUTF8, position(location))
        case .datesReadDayFirst(let location, let field):
            text(.warningDatesReadDayFirst, fileAndSheet(location), field, String(location.line))
        case .datesReadMonthFirst(let location, let field):
            text(.warningDatesReadMonthFirst, fileAndSheet(location), field, String(location.line))
        case .datesLookMonthFirst(let location, let field):
            text(.warningDatesLookMonthFirst, fileAndSheet(location), field, String(location.line),
                 String(ReadSettings.defaultStreamMemoryLimit >> 20))
        case .datesCouldBeEitherOrder(let location, let field):
            text(.warningDatesEitherOrder, fileAndSheet(location), field, String(location.line))
        case .countRowsStraddlePeriod(let count): text(.warningStraddlingRows, String(count))
        case .noBirthsInMonth(let month, let dataTo): text(.warningNoBirthsInMonth, month.description, dataTo.description)
        case .linesAboveHeaderSkipped(let location, let count): text(.warningLinesAboveHeader, position(location), String(count))
        case .populationUnitsUnmatched(let file, let units):
            text(.fertilityWarningUnmatchedUnits, file, String(units.count), units.prefix(5).map(VisibleText.escaping).joined(separator: ", "))
        case .populationMissing(let file, let gaps): missingPopulationMessage(file: file, gaps: gaps, asWarning: true)
        }
    }

    /// The translated word of a rejection reason.
    public func reasonWord(_ reason: RejectionReason) -> String {
        switch reason {
        case .fields: text(.reasonFields)
        case .unit: text(.reasonUnit)
        case .date: text(.reasonDate)
        case .sex: text(.reasonSex)
        case .count: text(.reasonCount)
        case .duplicate: text(.reasonDuplicate)
        case .total: text(.reasonTotal)
        }
    }

    /// One line accounting for every row read.
    public func summaryLine(_ input: InputAccounting, period: Period) -> String {
        let source = input.files.count == 1 ? input.files[0] : text(.summaryFiles, String(input.files.count))
        let reasons = RejectionReason.allCases.compactMap { reason -> String? in
            let count = input.rejectedByReason[reason, default: 0]
            return count > 0 ? "\(reasonWord(reason)) \(count)" : nil
        }
        let detail = reasons.isEmpty ? "" : text(.summaryRejectedDetail, reasons.joined(separator: ", "))
        return text(.summaryLine, String(input.rowsRead), source, String(input.rowsUsed),
                    String(input.rowsOutsidePeriod), PeriodLabel.text(period), String(input.rowsRejected), detail)
    }
}
