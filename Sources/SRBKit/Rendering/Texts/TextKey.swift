/// Every text the tool shows a person, by key; its wording in both languages
/// is in `TextTables` (one file per area of the tool).
public enum TextKey: String, Sendable, CaseIterable {
    // Headings
    case reportTitle, checkTitle, settingsLine, methodExact, methodWilson, minimumBirthsNote
    case legend, noUnitFlagged, noUnits, periodDataCovers, footerFiles, footerMadeOn
    case excelParent, excelIntervalLow, excelIntervalHigh
    // Columns
    case columnWard, columnDistrict, columnProvince, columnUnit, columnBirths, columnBoys, columnGirls
    case columnSRB, columnInterval, columnIntervalLow, columnIntervalHigh, columnStatus, columnOrder
    case totalRow, unknownGroup
    // Statuses
    case statusNoBirths, statusFewBirths, statusSignificant, statusOver, statusOK
    // Birth orders
    case orderFirst, orderSecond, orderThirdOrLater, orderUnknown
    // Accounting
    case summaryLine, summaryFiles, summaryRejectedDetail, moreRejections
    case reasonFields, reasonUnit, reasonDate, reasonSex, reasonCount, reasonDuplicate, reasonTotal
    // Rejected rows
    case problemFieldCount, problemUnclosedQuote, problemStrayQuote, problemFieldTooLong, problemEmptyUnit
    case problemUnitTooLong, problemTooManyCombiningMarks, problemEmptyDate, problemUnreadableDate
    case problemTwoDigitYear, problemNonexistentDate, problemAfterLatestDate, problemUnreadablePeriod
    case problemEmptySex
    case problemUnknownSex, problemInvalidCount, problemCountTooLarge, problemDuplicateID
    case problemDuplicateCount, problemTotalRow
    // Errors that stop a run
    case errorCannotOpen, errorCannotRead, errorNoHeader, errorFirstLineTooLong
    case errorFormatZip, errorFormatGzip, errorFormatCompoundFile, errorFormatUTF32, errorFormatUTF16WithoutMark
    case errorMissingColumn, errorOverrideNotFound
    case errorNoUsableRow, errorNoRowInPeriod, errorNoRowInPeriodNoDates, errorTooManyRejected
    case errorYearSpanTooLong, errorOutputIsInput
    case fileNotFound, filePermissionDenied, fileIsDirectory, fileNotADirectory, fileNoSpaceLeft, fileReadOnly
    case fileInputOutputError, fileNameTooLong, fileTooManySymbolicLinks, fileTooLarge, fileTooManyOpenFiles
    case fileBusy
    case fileNoReader, fileSystemError
    case errorLevelUnavailable, errorCannotWrite
    case roleUnit, roleDate, roleSex, roleID, roleBirthOrder, roleDistrict, roleProvince, rolePeriod, roleYear
    case roleMonth, roleBoys, roleGirls
    // Warnings
    case warningUnclosedQuote, warningDuplicateColumn, warningNotUTF8, warningStraddlingRows
    case warningLinesAboveHeader
    case warningDatesReadDayFirst, warningDatesReadMonthFirst, warningDatesLookMonthFirst, warningDatesEitherOrder
    // Command line
    case usageSameOutputTwice, expectedOneOf, expectedNumber, expectedConfidence, expectedShare
    case expectedWholeNumber, expectedWholeNumberBetween, expectedPeriod, expectedDate, expectedYear
    case expectedYearRange, expectedFileName, expectedColumnAssignment, expectedWardsFileOrCount
    case expectedWardRatio, expectedWardOfRegistry, expectedWardOfRegistrySuggestion, expectedMonth
    case helpOverviewTitle, helpUsage, helpCommandsHeading, helpOptionsHeading, helpCommandWord
    case helpOverviewNotes, commandReport, commandCheck, commandProgress, commandPlan, commandValidate
    case commandGenerate, optionPeriod, optionBy, optionWards, optionThreshold, optionConfidence, optionCI
    case optionMinBirths, optionFormat, optionOutput, optionLang, optionDelimiter, optionEncoding
    case optionDateOrder, optionMaxRejected, optionExcel, optionColumn, optionRejects, optionQuiet, optionByOrder
    case optionThreads, optionAsOf, optionHelp, optionFailOn, optionBaselineYear, optionAnnualReduction
    case optionTargetYear, optionPlan, optionPlanAsOf, optionGenerateWards, optionYears, optionBirths
    case optionSRB, optionSRBOf, optionSeed, optionShape, optionNoID
    case usageUnknownCommand, usageUnknownOption, usageDidYouMean, usageMissingValue, usageBadValue
    case usageNoInput, usageUnexpectedArgument, usageSeeHelp, usageTakesNoValue
    // Progress
    case progressTitle, progressSettingsLine, progressCountedNote, progressLegend, progressTrendNote
    case progressTrendHeading, progressMarkdownColumns
    case verdictMeets, verdictOnPath, verdictOffPath, verdictNoBirths
    case columnLevel, columnCode, columnName, columnYear, columnChange, columnPath, columnVerdict
    case columnTrend, columnTrendWeighted, columnProjected, columnProjectedWeighted, progressOrderNote
    case columnTrendBoth, columnTrendTest, columnProjectedInterval, projectionNotEnoughEvidence
    case trendTestIncreasing, trendTestDecreasing, trendTestNoChange, trendTestCannot
    // Plan
    case planTitle, planYearNote, planDate, planNoActivities
    case planColumnNumber, planColumnContent, planColumnTimeFrame, planColumnLead, planColumnPartners
    case planColumnState, planColumnPeriodsDue, planColumnActivities, planSummaryTitle
    case planStateDone, planStateInProgress, planStateOverdue, planStateDue, planStateUpcoming
    case planStateUnscheduled
    case planPeriodsMonths, planPeriodsQuarters, planPeriodsYears, planShare, planShareNone, planReadLine
    case planErrorMissingColumn, planWarningUnknownStatus, planWarningUnreadableDate, planWarningFieldCount
    // Validate and registry
    case problemUnknownUnit, problemUnknownUnitSuggestion, problemRowTooLong, errorRegistryMissingColumn
    case errorRegistryFieldCount, errorRegistryFieldTooLong, errorRegistryUnclosedQuote
    case errorRegistryEmptyName, errorRegistrySharedName
    case errorRegistryNoEntries, validateTitle, validateAllDates, validateFiles
    case validateRowsRead, validateRowsUsed, validateRowsOutside, validateRowsRejected, validateDates
    case validateNoDates, validateUnitsFound, validateRegistryUnitsFound, validateRegistryNoBirths, validateNone
    case validateMonthlyHeading, validateGapRule, validateGridNote, validateNoGaps, validateWholeYearNote
    case columnMedian, columnMonthsWithBirths, columnGaps, columnMonth, validateSexHeading, columnSpelling
    case columnReadAs, columnRows, sexMale, sexFemale, sexNotRead, validateOtherSpellings
    case validateDuplicatesHeading
    case validateDuplicatesCount, validateDuplicatesNone, columnID, columnRow, columnFirstSeen
    case validateUnknownUnitsHeading, columnSuggestion, validateOtherUnknownUnits, validateVerdictClean
    case validateVerdictRejected, validateFindingsHeading, validateNoFindings
    case findingMonthFirst, findingLookMonthFirst, findingEitherOrder, findingLinesAboveHeader, findingTotalRows
    case findingRepeatedCountRows, findingRepeatedIDs, findingRejectedShare
    // Charts
    case chartBarsTitle, chartFunnelTitle, chartFunnelNote, chartSRBAxis, chartThreshold
    case chartLimit, chartProgressTitle, chartProgressNote
    // Narrow tables
    case columnBirthsShort, columnIntervalShort
    case planColumnContentShort, planColumnTimeFrameShort, planColumnLeadShort, planColumnPeriodsDueShort
    case validateColumnUnitShort, validateColumnMonthsShort, validateColumnMedianShort, validateColumnGapsShort
    // The monthly view (`srb monthly`, `srb check --window`)
    case commandMonthly, optionMonth, optionWindow, expectedMonthWindow, usageConflictingOptions
    case monthlyTitle, monthlyLegend, monthlyChangeNote, monthlyWindowsLine
    case windowMonth, windowYearToDate, windowLastMonths, windowPrevious12Months
    case columnChange12Months, columnChangePValue
    case warningNoBirthsInMonth, chartRollingTitle, chartRollingNote, columnWindow, columnFrom, columnTo
    case errorNoRowInWindows
    // Speed (issue 16)
    case optionGenerateOrder
    // Excel workbooks (.xlsx) read as tables
    case optionSheet, errorWorkbookLegacy, errorWorkbookEncrypted, errorWorkbookOpenDocument, errorWorkbookBinary
    case errorWorkbookOtherArchive, errorWorkbookNoSuchSheet, errorWorkbookNoSheets, errorWorkbookPartTooLarge
    case errorWorkbookRatioTooHigh, errorWorkbookDamaged
    // Fertility (`srb fertility`)
    case roleMotherBirthDate, roleMotherBirthYear, roleMotherAge
    case commandFertility, optionPopulation, optionTFRTarget
    case fertilityErrorNoMotherAge, fertilityErrorMissingColumn, fertilityErrorBadCount, fertilityErrorBadYear
    case fertilityErrorUnknownAgeGroup, fertilityErrorGivenTwice, fertilityErrorFieldCount
    case fertilityErrorMissingPopulation, fertilityGap, fertilityGapSuggestion, fertilityWarningUnmatchedUnits
    case fertilityWarningMissingPopulation
    case fertilityTitle, fertilitySettingsLine, fertilityLegend, fertilityUnknownAgeNote, fertilityIntervalNote
    case fertilityStatusAbove, fertilityStatusBelow, fertilityStatusAtReplacement, fertilityStatusNoBirths
    case fertilityStatusNoPopulation, columnTFR, columnWomen, columnBirthsUnknownAge, columnASFR
    case chartASFRTitle, chartTFRTitle, chartTFRAxis, chartASFRAxis, fertilityChartNote
    case optionGenerateTFR, optionGeneratePopulation
    // Places in a workbook
    case positionWorkbookRow
    // Workbooks on standard input
    case errorWorkbookStandardInputTooLarge
}
