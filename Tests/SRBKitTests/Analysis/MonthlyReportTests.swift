import Foundation
import Testing
@testable import SRBKit

/// `MonthlyReport` and `MonthWindow` against SPEC "The monthly view", with
/// numbers from scripts/crosscheck/monthly_reference.py (plain sums, scipy
/// 1.17.1's beta quantiles and `fisher_exact`), not from srb.
struct MonthlyReportTests {
    /// Relative difference, absolute when `expected` is 0.
    private func close(_ value: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let value else { return false }
        return expected == 0 ? abs(value) <= tolerance : abs(value - expected) / abs(expected) <= tolerance
    }

    /// The reference register: two wards, 2022-01..2024-03, newest month first.
    static var register: String {
        func counts(_ ward: Int, _ k: Int) -> (Int, Int) {
            ward == 0 ? (5 + k % 4, 4 + k % 5) : (3 + k % 5, 5 + k % 2)
        }
        var text = "STT;Phường/Xã;Ngày sinh;Giới tính\n"
        var row = 0
        for k in (0...26).reversed() {
            let year = 2022 + k / 12, month = k % 12 + 1
            for ward in 0...1 {
                let (boys, girls) = counts(ward, k)
                for i in 0..<(boys + girls) {
                    row += 1
                    let day = 1 + i % 28
                    text += "\(row);\(ward == 0 ? "Bồ Đề" : "Gia Thụy");\(day)/\(month)/\(year);\(i < boys ? "Nam" : "Nữ")\n"
                }
            }
        }
        return text
    }

    func monthly(_ text: String, month: CalendarMonth?, settings: ReportSettings = ReportSettings()) throws -> MonthlyReport {
        let scan = try RegisterReader(settings: ReadSettings(latestDate: CalendarDay(year: 2026, month: 1, day: 1)!))
            .read([.memory(name: "so-sinh.csv", bytes: Array(text.utf8))])
        return try MonthlyReport(scan: scan, settings: settings, month: month)
    }

    // MARK: Windows

    @Test func windowsOfMarch2024SpanTheMonthsSpecNames() throws {
        let march = try #require(CalendarMonth(year: 2024, month: 3))
        func span(_ window: MonthWindow) -> String? { window.period(endingAt: march)?.description }
        #expect(span(.month) == "2024-03-01..2024-03-31")
        #expect(span(.yearToDate) == "2024-01-01..2024-03-31")
        #expect(span(.lastMonths(12)) == "2023-04-01..2024-03-31")
        #expect(span(.previous12Months) == "2022-04-01..2023-03-31")
        #expect(span(.lastMonths(84)) == "2017-04-01..2024-03-31")
        let january = try #require(CalendarMonth(year: 2024, month: 1))
        #expect(MonthWindow.yearToDate.period(endingAt: january)?.description == "2024-01-01..2024-01-31")
        #expect(MonthWindow.lastMonths(12).period(endingAt: january)?.description == "2023-02-01..2024-01-31")
        #expect(MonthWindow.lastMonths(12).period(endingAt: CalendarMonth(year: 2024, month: 2)!)?.to
                == CalendarDay(year: 2024, month: 2, day: 29))  // a leap February ends on the 29th
    }

    @Test(arguments: [("month", MonthWindow.month), ("year_to_date", .yearToDate), ("last_12_months", .lastMonths(12)),
                      ("previous_12_months", .previous12Months), ("last_1_months", .lastMonths(1)),
                      ("last_240_months", .lastMonths(240))])
    func windowNamesReadAndWriteBack(_ name: String, _ window: MonthWindow) {
        #expect(MonthWindow(name: name) == window)
        #expect(window.name == name)
    }

    @Test(arguments: ["", "last_0_months", "last_241_months", "last_012_months", "last__months", "last_12_month",
                      "Month", "last_١٢_months", "last_-1_months"])
    func badWindowNamesAreRefused(_ name: String) {
        #expect(MonthWindow(name: name) == nil)
    }

    @Test func monthsAddAcrossYears() throws {
        let march = try #require(CalendarMonth(year: 2024, month: 3))
        #expect(march.adding(months: -3) == CalendarMonth(year: 2023, month: 12))
        #expect(march.adding(months: -27) == CalendarMonth(year: 2021, month: 12))
        #expect(march.adding(months: 10) == CalendarMonth(year: 2025, month: 1))
        #expect(CalendarMonth(year: 1, month: 1)!.adding(months: -1) == nil)
    }

    // MARK: Numbers

    @Test func everyWindowMatchesTheIndependentSums() throws {
        let view = try monthly(Self.register, month: CalendarMonth(year: 2024, month: 3))
        let wards = Dictionary(uniqueKeysWithValues: view.units.map { ($0.unit.name, $0) })
        // (window, boys, girls, srb, ci_low, ci_high) from the reference script.
        let expected: [String: [(Int, Int, Double, Double, Double)]] = [
            "Bồ Đề": [(7, 5, 140.0, 38.249424945366414, 559.4034266843408),
                      (18, 17, 105.88235294117646, 51.49022801942399, 218.64536542656623),
                      (78, 69, 113.04347826086956, 80.71135427909516, 158.62150083228354),
                      (78, 75, 104.0, 74.76874895189518, 144.74142982643966)],
            "Gia Thụy": [(4, 5, 80.0, 15.874272732480721, 371.6791864597367),
                         (14, 16, 87.5, 39.55138567557143, 191.32840196650864),
                         (57, 66, 86.36363636363636, 59.50983782650982, 124.99843076445296),
                         (63, 66, 95.45454545454545, 66.50013466040755, 136.90513517824957)],
            "Total": [(11, 10, 110.0, 42.41095687513903, 288.9073868701472),
                      (32, 33, 96.96969696969697, 57.73113873084336, 162.69420455755537),
                      (135, 135, 100.0, 78.1878990087139, 127.89702916669391),
                      (141, 141, 100.0, 78.61536440154863, 127.20159826420661)],
        ]
        for (name, rows) in expected {
            let unit = try #require(name == "Total" ? view.total : wards[name])
            #expect(unit.windows.map(\.window) == MonthWindow.monthlyWindows)
            for (window, row) in zip(unit.windows, rows) {
                #expect(window.estimate.boys == row.0 && window.estimate.girls == row.1, "\(name) \(window.window)")
                #expect(close(window.estimate.srb, row.2), "\(name) \(window.window)")
                #expect(close(window.estimate.ciLow, row.3, tolerance: 1e-10), "\(name) \(window.window)")
                #expect(close(window.estimate.ciHigh, row.4, tolerance: 1e-10), "\(name) \(window.window)")
            }
        }
        #expect(close(wards["Bồ Đề"]?.change12Months, 9.043478260869563, tolerance: 1e-13))
        #expect(close(wards["Bồ Đề"]?.changePValue, 0.7301835514606629, tolerance: 1e-9))
        #expect(close(wards["Gia Thụy"]?.change12Months, -9.090909090909093, tolerance: 1e-13))
        #expect(close(wards["Gia Thụy"]?.changePValue, 0.7067808149929005, tolerance: 1e-9))
        #expect(view.total.change12Months == 0 && view.total.changePValue == 1)
    }

    @Test func rowsOutsideTheFourWindowsAreCountedOutsideAndTheCountsAddUp() throws {
        let view = try monthly(Self.register, month: CalendarMonth(year: 2024, month: 3))
        #expect(view.input.rowsRead == 613)
        #expect(view.input.rowsUsed == 552)
        #expect(view.input.rowsOutsidePeriod == 61)
        #expect(view.input.isBalanced)
        #expect(view.span.description == "2022-04-01..2024-03-31")
    }

    @Test func theDefaultMonthIsTheLastMonthWithBirths() throws {
        let view = try monthly(Self.register, month: nil)
        #expect(view.month == CalendarMonth(year: 2024, month: 3))
        #expect(view.warnings.filter { !$0.isInformation }.isEmpty)  // the day-first note aside
    }

    @Test func theRollingChartStartsWhereTwelveMonthsOfDataExist() throws {
        let view = try monthly(Self.register, month: CalendarMonth(year: 2024, month: 3))
        // The data starts in 2022-01: the first 12-month window ends in 2022-12.
        #expect(view.total.rolling.map(\.month.description).first == "2022-12")
        #expect(view.total.rolling.count == 16)
        #expect(view.total.rolling.last?.month == CalendarMonth(year: 2024, month: 3))
        let first = try #require(view.total.rolling.first)
        #expect(first.estimate.boys == 135 && first.estimate.girls == 135)
        // The last point is the last 12 months window.
        #expect(view.total.rolling.last?.estimate == view.total.windows[2].estimate)
    }

    @Test func aWindowWithoutBirthsHasNullNumbersAndNoPValue() throws {
        let text = "ward,date,sex\nA,15/03/2024,M\nA,16/03/2024,F\n"
        let view = try monthly(text, month: CalendarMonth(year: 2024, month: 3))
        let unit = try #require(view.units.first)
        let previous = unit.windows[3]
        #expect(previous.estimate.births == 0 && previous.status == .noBirths)
        #expect(previous.estimate.srb == nil && previous.estimate.ciLow == nil && previous.estimate.ciHigh == nil)
        #expect(unit.change12Months == nil && unit.changePValue == nil)
    }

    @Test func aMonthWithoutRowsInAnyWindowIsNoRowInPeriod() throws {
        let text = "ward,date,sex\nA,15/03/2020,M\n"
        #expect(throws: SRBError.noRowInWindows(month: CalendarMonth(year: 2024, month: 3)!,
                                                span: Period(from: CalendarDay(year: 2022, month: 4, day: 1)!,
                                                             to: CalendarDay(year: 2024, month: 3, day: 31)!)!,
                                                dataFrom: CalendarDay(year: 2020, month: 3, day: 15)!,
                                                dataTo: CalendarDay(year: 2020, month: 3, day: 15)!)) {
            try monthly(text, month: CalendarMonth(year: 2024, month: 3))
        }
    }

    @Test func aMonthAskedForWithoutBirthsIsWarnedAbout() throws {
        let text = "ward,date,sex\nA,15/03/2024,M\nA,16/03/2024,F\n"
        let view = try monthly(text, month: CalendarMonth(year: 2024, month: 4))
        #expect(view.warnings == [.datesReadDayFirst(SourceLocation(file: "so-sinh.csv", line: 2), field: "15/03/2024"),
                                  .noBirthsInMonth(CalendarMonth(year: 2024, month: 4)!,
                                                   dataTo: CalendarDay(year: 2024, month: 3, day: 16)!)])
    }

    // MARK: Whole-year counts

    @Test func aWholeYearCountCountsOnlyInWindowsHoldingTheWholeYear() throws {
        let sheet = "ward,period,boys,girls\nA,2023,100,90\nA,2024-06,5,4\nA,2024-12,6,3\n"
        // December 2024: previous 12 months are 2023 whole, last 12 are 2024.
        let december = try monthly(sheet, month: CalendarMonth(year: 2024, month: 12))
        let unit = try #require(december.units.first)
        #expect(unit.windows.map(\.estimate.births) == [9, 18, 18, 190])
        #expect(december.input.rowsUsed == 3 && december.warnings.isEmpty)
        // June 2024: every window only cuts 2023, so the count is outside, with a warning.
        let june = try monthly(sheet, month: CalendarMonth(year: 2024, month: 6))
        #expect(june.units.first?.windows.map(\.estimate.births) == [9, 9, 9, 0])
        #expect(june.input.rowsUsed == 1 && june.input.rowsOutsidePeriod == 2)
        #expect(june.warnings == [.countRowsStraddlePeriod(count: 1)])
    }

    @Test func higherLevelsAddCountsAndTheTotalIsEveryUnit() throws {
        let sheet = "ward,district,period,boys,girls\nA,X,2024-03,5,4\nB,X,2024-03,6,3\nC,Y,2024-03,2,7\n"
        let view = try monthly(sheet, month: CalendarMonth(year: 2024, month: 3),
                               settings: ReportSettings(level: .district))
        #expect(view.units.map(\.unit.name) == ["X", "Y"])
        #expect(view.units.map { $0.windows[0].estimate.boys } == [11, 2])
        #expect(view.total.windows[0].estimate.births == 27)
        let total = try monthly(sheet, month: CalendarMonth(year: 2024, month: 3), settings: ReportSettings(level: .total))
        #expect(total.units.isEmpty && total.total.windows[0].estimate.boys == 13)
    }
}

extension MonthlyReportTests {
    /// A narrow terminal loses the previous 12 months, then the year to date;
    /// the change and p stay (they are what the row is read for).
    @Test func aNarrowTableDropsThePreviousYearThenTheYearToDateButKeepsTheChange() throws {
        let view = try monthly(Self.register, month: CalendarMonth(year: 2024, month: 3))
        /// The header line and the table's width (its rule's), at `width`.
        func header(width: Int?) -> (text: String, count: Int) {
            let table = MonthlyRenderer(options: RenderOptions(maximumWidth: width)).render(view, as: .table)
            let lines = table.split(separator: "\n")  // title, two setting lines, the header, the rule
            return (String(lines[3]).trimmingCharacters(in: .whitespaces), lines[4].count)
        }
        let (full, fullWidth) = header(width: nil)
        #expect(full.contains("Year to date") && full.contains("Previous 12 months") && full.contains("Change"))
        let (narrower, narrowerWidth) = header(width: fullWidth - 1)
        #expect(!narrower.contains("Previous 12 months") && narrower.contains("Year to date"))
        #expect(narrower.contains("Change") && narrower.hasSuffix("p"))
        let narrowest = header(width: narrowerWidth - 1).text
        #expect(!narrowest.contains("Previous 12 months") && !narrowest.contains("Year to date"))
        #expect(narrowest.contains("Change") && narrowest.contains("Last 12 months") && narrowest.hasSuffix("p"))
    }
}
