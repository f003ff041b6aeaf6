import Testing
import SRBKit
@testable import srb

/// Every error, rejection, warning and usage problem, worded in both
/// languages; the Vietnamese holds no English word. What may stay as written
/// is set apart: text in quotes ('…', data and words the user types), an
/// option with its value (`--column date=TIÊU_ĐỀ`), and the files named.
@Suite struct VietnameseMessagesTests {
    static let file = "so-sinh.csv"
    static let at = SourceLocation(file: file, line: 7, column: 3)
    static let day = CalendarDay(year: 2024, month: 3, day: 15)!

    static var errors: [SRBError] {
        let problems: [FileProblem] = [.notFound, .permissionDenied, .isDirectory, .notADirectory, .noSpaceLeft,
                                       .readOnlyFileSystem, .inputOutputError, .nameTooLong, .tooManySymbolicLinks,
                                       .fileTooLarge, .tooManyOpenFiles, .busy, .noReader, .system(code: 99)]
        let registryProblems: [UnitRegistry.Problem] = [
            .missingColumn(.name), .fieldCount(found: 3, expected: 5), .fieldTooLong(limit: 65_536), .unclosedQuote,
            .emptyName, .sharedName("Bồ Đề", firstLine: 2), .noEntries,
        ]
        let dated = DatedSource(day: day, location: at)
        return problems.map { .cannotOpen(path: file, reason: $0) } + problems.map { .cannotWriteOutput(path: file, reason: $0) }
            + [.cannotRead(path: file, reason: .inputOutputError), .noHeader(file: file, reason: .empty),
               .noHeader(file: file, reason: .firstLineTooLong(limit: 1_048_576))]
            + FileFormat.allCases.map { .unsupportedFormat(file: file, format: $0) }
            + ColumnRole.allCases.map { .missingColumn(at, role: $0) }
            + [.overriddenColumnNotFound(at, role: .unit, header: "Tổ dân phố"), .noUsableRow]
            + [UnitLevel.district, .province].map { .levelUnavailable($0) }
            + registryProblems.map { .invalidRegistry(at, $0) }
            + PlanColumn.required.map { .missingPlanColumn(at, column: $0) }
            + [.yearSpanTooLong(years: 1_001, limit: 200, earliest: dated, latest: DatedSource(day: day, location: nil)),
               .outputIsInput(output: file, input: file),
               .noRowInPeriod(Period.year(2024)!, dataFrom: day, dataTo: day), .noRowInPeriod(Period.year(2024)!, dataFrom: nil, dataTo: nil),
               .noRowInWindows(month: CalendarMonth(year: 2025, month: 1)!, span: Period.year(2024)!, dataFrom: day, dataTo: day)]
    }

    static var rejections: [Rejection] {
        let problems: [(RejectionReason, Rejection.Problem)] = [
            (.fields, .fieldCount(found: 4, expected: 5)), (.fields, .unclosedQuote), (.fields, .strayQuote),
            (.fields, .fieldTooLong(limit: 65_536)), (.fields, .rowTooLong(limit: 1_048_576)),
            (.unit, .emptyUnit), (.unit, .unitTooLong(limit: 256)), (.unit, .tooManyCombiningMarks(limit: 30)),
            (.unit, .unknownUnit(suggestion: "Bồ Đề")), (.unit, .unknownUnit(suggestion: nil)),
            (.date, .emptyDate), (.date, .unreadableDate(order: .mdy)), (.date, .twoDigitYear), (.date, .nonexistentDate),
            (.date, .afterLatestDate(day)), (.date, .unreadablePeriod), (.sex, .emptySex), (.sex, .unknownSex),
            (.count, .invalidCount), (.count, .countTooLarge(limit: 999_999_999)),
            (.duplicate, .duplicateID(firstSeen: at)), (.duplicate, .duplicateCount(firstSeen: at)), (.total, .totalRow),
        ]
        return problems.map { Rejection(reason: $0.0, problem: $0.1, location: at, field: "Bồ Đề 2") }
    }

    static var warnings: [ReadWarning] {
        [.unclosedQuote(at), .duplicateColumn(at, role: .date), .notUTF8(at), .linesAboveHeaderSkipped(at, count: 2),
         .countRowsStraddlePeriod(count: 3), .datesReadDayFirst(at, field: "15/9/2024"), .datesReadMonthFirst(at, field: "9/15/2024"),
         .datesLookMonthFirst(at, field: "9/15/2024"), .datesCouldBeEitherOrder(at, field: "9/1/2024"),
         .noBirthsInMonth(CalendarMonth(year: 2025, month: 1)!, dataTo: CalendarDay(year: 2024, month: 12, day: 31)!)]
    }

    static var usageErrors: [UsageError] {
        let expected: [ExpectedValue] = [
            .oneOf(["table", "csv"]), .number(minimum: 0), .confidence, .share, .wholeNumber(minimum: "0", maximum: nil),
            .wholeNumber(minimum: "1", maximum: "9"), .period, .date, .year, .yearRange, .fileName,
            .columnAssignment(roles: ["unit", "date"]), .wardsFileOrCount(maximum: 10), .wardRatio,
            .wardOfRegistry(suggestion: "Bồ Đề"), .wardOfRegistry(suggestion: nil), .month, .monthWindow,
        ]
        return [.unknownCommand("reprot", suggestion: "report"), .unknownOption("--fromat", command: "report", suggestion: "--format"),
                .missingValue(option: "--period", command: "report"), .takesNoValue(option: "--quiet", command: "report"),
                .noInput(command: "report"), .unexpectedArgument("x", command: "plan"),
                .sameOutputTwice(option: "--output", other: "--rejects", path: "x.csv", command: "report"),
                .conflictingOptions("--window", "--period", command: "check")]
            + expected.map { .badValue(option: "--threshold", value: "x", expected: $0, command: "report") }
    }

    /// Every message, in `language`.
    static func messages(_ language: Language) -> [String] {
        let diagnostics = Diagnostics(language: language)
        let summary = InputAccounting(files: [file], rowsRead: 10, rowsUsed: 4, rowsOutsidePeriod: 1,
                                      rejectedByReason: Dictionary(uniqueKeysWithValues: RejectionReason.allCases.map { ($0, 1) }))
        return errors.map(diagnostics.message(for:)) + rejections.map { diagnostics.message(for: $0) }
            + warnings.map(diagnostics.message(for:))
            + [diagnostics.summaryLine(summary, period: Period.year(2024)!), diagnostics.text(.moreRejections, "3")]
            + usageErrors.map(UsageMessages(text: Localizer(language)).message(for:))
    }

    @Test func everyMessageHasWordsInBothLanguages() {
        let english = Self.messages(.en), vietnamese = Self.messages(.vi)
        #expect(english.count == vietnamese.count)
        for (en, vi) in zip(english, vietnamese) {
            #expect(!en.isEmpty && !vi.isEmpty)
            #expect(en != vi, "the same in both languages: \(en)")
            #expect(!vi.contains("{") && !en.contains("{"), "a placeholder left: \(vi)")
        }
    }

    @Test func noVietnameseMessageHoldsAnEnglishWord() {
        let vocabulary = EnglishVocabulary()
        for message in Self.messages(.vi) {
            let found = vocabulary.englishWords(in: message, leaving: [Self.file, "x.csv"])
            #expect(found.isEmpty, "English \(found) in: \(message)")
        }
    }
}

/// The words only English texts use: every word of the English wordings that
/// no Vietnamese wording uses too (those are the names both share: CSV, UTF-8,
/// Excel, option names).
struct EnglishVocabulary {
    let words: Set<String>

    init() {
        let english = Set(TextTables.all.values.flatMap { EnglishVocabulary.words(of: EnglishVocabulary.plain($0.english)) })
        let vietnamese = Set(TextTables.all.values.flatMap { EnglishVocabulary.words(of: EnglishVocabulary.plain($0.vietnamese)) })
        words = english.subtracting(vietnamese)
    }

    /// The English words of `message`, once what may stay as written is set apart.
    func englishWords(in message: String, leaving names: [String]) -> [String] {
        var text = message
        for name in names { text = text.replacingOccurrences(of: name, with: " ") }
        return EnglishVocabulary.words(of: EnglishVocabulary.plain(text)).filter(words.contains)
    }

    /// Text without quoted parts ('…'), options with their values, and placeholders.
    static func plain(_ text: String) -> String {
        var result = ""
        var inQuote = false
        var skippingOption = 0  // 2: in the option's name, 1: in its value
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if character == "'" && !(previous.isLetter && !inQuote) {
                inQuote.toggle()
                result.append(" ")
                continue
            }
            if inQuote { continue }
            if character == "-" && previous == "-" { skippingOption = 2 }
            if skippingOption > 0 {
                if character == " " { skippingOption -= 1 }
                if skippingOption > 0 && (character == ";" || character == ")" || character == ",") { skippingOption = 0 }
                if skippingOption > 0 { continue }
            }
            result.append(character)
        }
        return result.replacingOccurrences(of: #"\{[^}]*\}"#, with: " ", options: .regularExpression)
    }

    /// Lowercased runs of ASCII letters of three or more.
    static func words(of text: String) -> [String] {
        text.lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 3 }
    }
}
