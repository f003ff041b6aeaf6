import Testing
@testable import SRBKit

extension ProgressTests {
    /// `ProgressReport(scan:settings:targets:)` against SPEC "Targets and progress"
    /// and "Nothing is lost", on scans built by hand.
    @Suite struct ProgressBuildingTests {
        typealias Ward = AnalysisScanBuilder.Ward
        typealias Births = AnalysisScanBuilder.Births

        private func progress(_ wards: [Ward], _ births: [Births], settings: ReportSettings = ReportSettings(),
                              targets: Targets = Targets(), rowsOutsidePeriod: Int = 0,
                              rejected: [RejectionReason: Int] = [:]) throws -> ProgressReport {
            let scan = AnalysisScanBuilder.scan(wards: wards, births: births, rowsOutsidePeriod: rowsOutsidePeriod,
                                                rejected: rejected)
            return try ProgressReport(scan: scan, settings: settings, targets: targets)
        }

        private func unit(_ progress: ProgressReport, named name: String) throws -> UnitProgress {
            try #require(progress.units.first { $0.unit.name == name })
        }

        /// One ward, one (boys, girls) per year from 2021.
        private func oneWard(_ years: [(Int, Int)], targets: Targets = Targets()) throws -> UnitProgress {
            let births = years.enumerated().map { offset, counts in
                Births(ward: 0, year: 2021 + offset, month: 6, boys: counts.0, girls: counts.1)
            }
            return try unit(progress([Ward(name: "Bồ Đề")], births, targets: targets), named: "Bồ Đề")
        }

        // MARK: Years and path

        @Test func yearsRunFromTheFirstToTheLastYearWithBirths() throws {
            let report = try progress([Ward(name: "Bồ Đề")], [
                Births(ward: 0, year: 2022, month: 3, boys: 5, girls: 5),
                Births(ward: 0, year: 2024, month: 11, boys: 6, girls: 4),
            ])
            #expect(report.years == 2022...2024)
            #expect(report.baselineYear == 2022)
            #expect(report.period == AnalysisScanBuilder.period((2022, 1, 1), (2024, 12, 31)))
            let years = try unit(report, named: "Bồ Đề").series.years
            #expect(years.map(\.year) == [2022, 2023, 2024])
            #expect(years[1].verdict == .noBirths)
            #expect(years[1].estimate.srb == nil && years[1].estimate.ciLow == nil && years[1].estimate.ciHigh == nil)
        }

        @Test func moreThan200YearsStopWithTheEarliestAndLatestRows() throws {
            // SPEC: progress over more than 200 years stops, naming both ends (1024 for 2024).
            let text = "ward,date,sex\nA,15/03/2024,M\nA,15/03/1024,F\nA,16/03/2024,F\n"
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "so-sinh.csv", bytes: Array(text.utf8))])
            let expected = SRBError.yearSpanTooLong(
                years: 1_001, limit: 200,
                earliest: DatedSource(day: CalendarDay(year: 1024, month: 3, day: 15)!, location: SourceLocation(file: "so-sinh.csv", line: 3)),
                latest: DatedSource(day: CalendarDay(year: 2024, month: 3, day: 16)!, location: SourceLocation(file: "so-sinh.csv", line: 4)))
            #expect(throws: expected) { try ProgressReport(scan: scan, settings: ReportSettings(), targets: Targets()) }
            // Exactly 200 years are a (long) progress table.
            let twoHundred = "ward,date,sex\nA,15/03/2024,M\nA,15/03/1825,F\n"
            let long = try RegisterReader(settings: ReadSettings()).read([.memory(name: "a.csv", bytes: Array(twoHundred.utf8))])
            #expect(try ProgressReport(scan: long, settings: ReportSettings(), targets: Targets()).years.count == 200)
        }

        @Test func pathFallsByTheAnnualReductionFromTheBaselineSRB() throws {
            // SRB(2021) = 100·1150/1000 = 115: path 115, 114.8, 114.6, 114.4.
            let ward = try oneWard([(1150, 1000), (1148, 1000), (1147, 1000), (1145, 1000)])
            #expect(ward.series.years.map(\.path) == [115, 114.8, 114.6, 114.4])
            // 114.8 is at its path: on path; 114.7 is above 114.6 and 114.5 above 114.4: off path.
            #expect(ward.series.years.map(\.verdict) == [.onPath, .onPath, .offPath, .offPath])
        }

        @Test func annualReductionAndBaselineYearAreTheTargets() throws {
            // SRB(2021) = 120, R = 1.5: path(2023) = 120 − 3 = 117.
            let ward = try oneWard([(1200, 1000), (1190, 1000), (1170, 1000)], targets: Targets(annualReduction: 1.5))
            #expect(ward.series.years.map(\.path) == [120, 118.5, 117])
            #expect(ward.series.years.map(\.verdict) == [.onPath, .offPath, .onPath])
        }

        @Test func pathIsNullEveryYearWhenTheBaselineYearHasNoBirths() throws {
            let report = try progress([Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")], [
                Births(ward: 0, year: 2021, month: 1, boys: 10, girls: 10),
                Births(ward: 1, year: 2022, month: 1, boys: 1200, girls: 1000),
                Births(ward: 1, year: 2023, month: 1, boys: 1000, girls: 1000),
            ])
            let late = try unit(report, named: "Cự Khối")
            #expect(late.series.years.map(\.path) == [nil, nil, nil])
            // No births in 2021; 120 is above the threshold with no path: off path; 100 meets.
            #expect(late.series.years.map(\.verdict) == [.noBirths, .offPath, .meets])
        }

        @Test func pathIsNullWhenTheBaselineYearHasNoGirls() throws {
            let ward = try oneWard([(4, 0), (1200, 1000)])
            #expect(ward.series.years.map(\.path) == [nil, nil])
            #expect(ward.series.years.map(\.verdict) == [.offPath, .offPath])
        }

        // MARK: Change

        @Test func changeIsNullForTheBaselineAndWhenEitherYearHasNoSRB() throws {
            // SRB 120, 115, none (no girls), 110, none (no births), 100.
            let ward = try oneWard([(1200, 1000), (1150, 1000), (3, 0), (1100, 1000), (0, 0), (1000, 1000)])
            #expect(ward.series.years.map(\.change) == [nil, -5, nil, nil, nil, nil])
        }

        // MARK: Trend

        @Test func trendIsOrdinaryLeastSquaresOverYearsWithAnSRB() throws {
            // SRB 120, 118, 119, 115 in 2021…2024 (as in TrendTests.fourYearsByHand): slope −1.4,
            // 107.5 in 2030.
            let ward = try oneWard([(1200, 1000), (1180, 1000), (1190, 1000), (1150, 1000)])
            let slope = try #require(ward.series.trendPerYear)
            #expect(abs(slope - -1.4) < 1e-12)
            let projected = try #require(ward.series.projectedTargetYearSRB)
            #expect(abs(projected - 107.5) < 1e-9)
        }

        @Test func yearsWithoutSRBAreLeftOutOfTheTrend() throws {
            // 2021: 112, 2022: 110, 2023: no births, 2024: 108, 2025: no girls, 2026: 105.
            // Fitted on 2021, 2022, 2024, 2026: x̄ = 2023.25, ȳ = 108.75;
            // dx = −2.25, −1.25, 0.75, 2.75; dy = 3.25, 1.25, −0.75, −3.75;
            // Σdx·dy = −7.3125 − 1.5625 − 0.5625 − 10.3125 = −19.75; Σdx² = 5.0625 + 1.5625 + 0.5625 + 7.5625 = 14.75.
            let ward = try oneWard([(1120, 1000), (1100, 1000), (0, 0), (1080, 1000), (2, 0), (1050, 1000)])
            let slope = try #require(ward.series.trendPerYear)
            #expect(abs(slope - -19.75 / 14.75) < 1e-12)
            let projected = try #require(ward.series.projectedTargetYearSRB)
            #expect(abs(projected - (108.75 + (-19.75 / 14.75) * (2030 - 2023.25))) < 1e-9)
        }

        @Test func weightedTrendWeighsEachYearByItsBirths() throws {
            // SRB 100 (150/150, 300 births), 150 (60/40, 100), 100 (50/50, 100): as in
            // TrendTests.weightsPullTheLineTowardHeavyYears, ordinary slope 0, weighted 6.25.
            let ward = try oneWard([(150, 150), (60, 40), (50, 50)])
            #expect(abs(try #require(ward.series.trendPerYear)) < 1e-12)
            #expect(abs(try #require(ward.series.projectedTargetYearSRB) - 350.0 / 3) < 1e-9)
            #expect(abs(try #require(ward.series.weightedTrendPerYear) - 6.25) < 1e-12)
            // 110 + 6.25·(2030 − 2021.6) = 162.5.
            #expect(abs(try #require(ward.series.weightedProjectedTargetYearSRB) - 162.5) < 1e-9)
        }

        @Test func oneYearWithAnSRBHasNoTrend() throws {
            let ward = try oneWard([(0, 0), (1100, 1000), (5, 0)])
            #expect(ward.series.trendPerYear == nil)
            #expect(ward.series.projectedTargetYearSRB == nil)
            #expect(ward.series.weightedTrendPerYear == nil)
        }

        @Test func projectionIsAtTheTargetYear() throws {
            // Slope −2 through (2021, 115) and (2024, 109); in 2027: 115 − 2·6 = 103.
            let ward = try oneWard([(1150, 1000), (0, 0), (0, 0), (1090, 1000)], targets: Targets(targetYear: 2027))
            #expect(ward.series.trendPerYear == -2)
            #expect(ward.series.projectedTargetYearSRB == 103)
        }

        // MARK: Trend test and projection interval

        /// 2019: 600/400 (SRB 150), 2020: 500/500, 2021: no births, then 520/480,
        /// 540/460, 560/440, 580/420 in 2022…2025: each in 1000 births.
        private func risingWardWithAHeavyFirstYear() throws -> UnitProgress {
            let ward = [Ward(name: "Bồ Đề")]
            let counts = [(2019, 600, 400), (2020, 500, 500), (2022, 520, 480), (2023, 540, 460),
                          (2024, 560, 440), (2025, 580, 420)]
            let births = counts.map { Births(ward: 0, year: $0.0, month: 6, boys: $0.1, girls: $0.2) }
            return try unit(progress(ward, births), named: "Bồ Đề")
        }

        @Test func trendTestTakesTheLastFiveYearsWithBirths() throws {
            // 2020, 2022…2025 as t = 1…5 (2021 has no births, 2019 is a sixth year):
            // N = 5000, R = 2700, Σrt = 8400, Σnt = 15000, Σnt² = 55000;
            // χ² = 5000·(5000·8400 − 2700·15000)² / (2700·2300·(5000·55000 − 15000²))
            //    = 10000/621 (exact fractions, Python), p = erfc(√(χ²/2)) = 5.99870e-05.
            let test = try risingWardWithAHeavyFirstYear().series.trendTest
            #expect(abs(try #require(test.chiSquared) - 10000.0 / 621) < 1e-10)
            #expect(abs(try #require(test.pValue) - 5.998704416662943e-05) < 1e-15)
            #expect(test.direction == .increasing)
        }

        @Test func projectionIntervalIsTheWeightedPredictionInterval() throws {
            // statsmodels 0.15.0 WLS(srb ~ year, weights=births) over the six years with an SRB,
            // get_prediction([1, 2030], weights=mean births).summary_frame(alpha=0.05):
            // mean 127.22494221954113, obs_ci 19.518383787155656 … 234.93150065192663.
            let interval = try #require(try risingWardWithAHeavyFirstYear().series.projectionInterval)
            #expect(abs(interval.center - 127.22494221954113) < 1e-9)
            #expect(abs(interval.lower - 19.518383787155656) < 1e-9)
            #expect(abs(interval.upper - 234.93150065192663) < 1e-9)
        }

        @Test func fourYearsCannotBeTestedAndHaveNoEvidenceOfTrend() throws {
            let ward = try oneWard([(1200, 1000), (1180, 1000), (1190, 1000), (1150, 1000)])
            #expect(ward.series.trendTest == TrendTest.Result(chiSquared: nil, pValue: nil, direction: .cannotCalculate))
            #expect(!ward.series.hasEvidenceOfTrend)
            #expect(ward.series.projectionInterval != nil)
        }

        // MARK: Units, baseline and accounting

        @Test func everyUnitGetsEveryYear() throws {
            let report = try progress([Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")], [
                Births(ward: 0, year: 2021, month: 1, boys: 1, girls: 1),
                Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1),
                Births(ward: 1, year: 2023, month: 1, boys: 2, girls: 1),
            ])
            for unit in report.units + [report.total] {
                #expect(unit.series.years.map(\.year) == [2021, 2022, 2023, 2024])
            }
            #expect(try unit(report, named: "Cự Khối").series.years.map(\.verdict)
                    == [.noBirths, .noBirths, .offPath, .noBirths])
        }

        @Test func baselineYearAfterTheFirstCountsEarlierRowsOutside() throws {
            let report = try progress([Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")], [
                Births(ward: 0, year: 2021, month: 5, boys: 6, girls: 4),
                Births(ward: 1, year: 2022, month: 5, boys: 3, girls: 3),
                Births(ward: 0, year: 2023, month: 5, boys: 11, girls: 10),
                Births(ward: 1, year: 2024, month: 5, boys: 12, girls: 10),
            ], targets: Targets(baselineYear: 2023), rowsOutsidePeriod: 0, rejected: [.date: 2])
            #expect(report.years == 2023...2024)
            // 10 + 6 rows of 2021 and 2022 outside; 21 + 22 used; 2 rejected.
            #expect(report.input.rowsOutsidePeriod == 16)
            #expect(report.input.rowsUsed == 43)
            #expect(report.input.rowsRead == 61)
            #expect(report.input.isBalanced)
            #expect(report.total.result.tally == Tally(boys: 23, girls: 20))
            // Cự Khối has no births in 2023: no path.
            #expect(try unit(report, named: "Cự Khối").series.years.map(\.path) == [nil, nil])
        }

        @Test func baselineYearBeforeTheDataAddsYearsWithoutBirths() throws {
            let report = try progress([Ward(name: "Bồ Đề")], [Births(ward: 0, year: 2023, month: 5, boys: 5, girls: 5)],
                                      targets: Targets(baselineYear: 2021))
            #expect(report.years == 2021...2023)
            #expect(report.total.series.years.map(\.verdict) == [.noBirths, .noBirths, .meets])
            #expect(report.total.series.years.map(\.path) == [nil, nil, nil])
        }

        @Test func baselineYearAfterTheDataLeavesOneYearAndEveryRowOutside() throws {
            let report = try progress([Ward(name: "Bồ Đề")], [Births(ward: 0, year: 2023, month: 5, boys: 6, girls: 4)],
                                      targets: Targets(baselineYear: 2026))
            #expect(report.years == 2026...2026)
            #expect(report.input.rowsUsed == 0)
            #expect(report.input.rowsOutsidePeriod == 10)
            #expect(report.units[0].series.years.map(\.verdict) == [.noBirths])
        }

        @Test func periodLimitsTheYearsAndCountsTheRestOutside() throws {
            let births = (2021...2024).map { Births(ward: 0, year: $0, month: 7, boys: 5, girls: 5) }
            let settings = ReportSettings(period: AnalysisScanBuilder.period((2022, 1, 1), (2023, 12, 31)))
            let report = try progress([Ward(name: "Bồ Đề")], births, settings: settings)
            #expect(report.years == 2022...2023)
            #expect(report.input.rowsUsed == 20)
            #expect(report.input.rowsOutsidePeriod == 20)
            #expect(report.input.isBalanced)
        }

        @Test func zeroCountRowsAfterTheLastYearWithBirthsAreOutside() throws {
            let report = try progress([Ward(name: "Bồ Đề")], [
                Births(ward: 0, year: 2023, month: 5, boys: 6, girls: 4),
                Births(ward: 0, year: 2024, month: 0, boys: 0, girls: 0, rows: 1),
            ])
            #expect(report.years == 2023...2023)
            #expect(report.input.rowsOutsidePeriod == 1)
            #expect(report.input.isBalanced)
        }

        @Test func byTotalHasNoUnitsAndTheTotalCarriesTheYears() throws {
            let report = try progress([Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")], [
                Births(ward: 0, year: 2021, month: 5, boys: 600, girls: 500),
                Births(ward: 1, year: 2021, month: 8, boys: 550, girls: 500),
                Births(ward: 1, year: 2022, month: 8, boys: 1148, girls: 1000),
            ], settings: ReportSettings(level: .total))
            #expect(report.units.isEmpty)
            #expect(report.total.unit == Unit(code: nil, name: "Total", level: .total, parent: nil))
            // 2021: 1150 boys, 1000 girls: 115; 2022: 114.8, at the path.
            let years = report.total.series.years
            #expect(years.map { $0.estimate.srb } == [115, 114.8])
            #expect(years.map(\.verdict) == [.onPath, .onPath])
            #expect(report.total.result.tally == Tally(boys: 2298, girls: 2000))
        }

        @Test func districtsAddTheCountsOfTheirWardsEachYear() throws {
            let report = try progress([Ward(name: "Bồ Đề", district: "Long Biên"), Ward(name: "Cự Khối", district: "Long Biên"),
                                       Ward(name: "Hàng Bạc", district: "Hoàn Kiếm")], [
                Births(ward: 0, year: 2021, month: 5, boys: 6, girls: 4),
                Births(ward: 1, year: 2021, month: 8, boys: 5, girls: 6),
                Births(ward: 1, year: 2022, month: 8, boys: 3, girls: 2),
                Births(ward: 2, year: 2022, month: 1, boys: 7, girls: 7),
            ], settings: ReportSettings(level: .district))
            #expect(report.units.map(\.unit.name) == ["Hoàn Kiếm", "Long Biên"])
            let longBien = try unit(report, named: "Long Biên")
            #expect(longBien.series.years.map { Tally(boys: $0.estimate.boys, girls: $0.estimate.girls) }
                    == [Tally(boys: 11, girls: 10), Tally(boys: 3, girls: 2)])
            #expect(longBien.result.tally == Tally(boys: 14, girls: 12))
        }

        @Test func unitsAreSortedByCodePointsLikeTheReport() throws {
            let report = try progress([Ward(name: "Đức Giang"), Ward(name: "Việt Hưng"), Ward(name: "Bồ Đề")],
                                      (0..<3).map { Births(ward: $0, year: 2024, month: 1, boys: 1, girls: 1) })
            #expect(report.units.map(\.unit.name) == ["Bồ Đề", "Việt Hưng", "Đức Giang"])
        }

        @Test func noUnitsMeansNoUsableRow() {
            let scan = AnalysisScanBuilder.scan(wards: [], births: [], rejected: [.sex: 2])
            #expect(throws: SRBError.noUsableRow) {
                try ProgressReport(scan: scan, settings: ReportSettings(), targets: Targets())
            }
        }

        @Test func missingDistrictColumnIsReported() {
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Bồ Đề")],
                                                births: [Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1)])
            #expect(throws: SRBError.levelUnavailable(.district)) {
                try ProgressReport(scan: scan, settings: ReportSettings(level: .district), targets: Targets())
            }
        }

        // MARK: Birth order

        @Test func orderSplitSumsToTheUnitEveryYear() throws {
            func tally(_ parts: [BirthOrder: Tally]) -> OrderedTally {
                var tally = OrderedTally()
                for (order, part) in parts { tally[order] = part }
                return tally
            }
            let report = try progress([Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")], [
                Births(ward: 0, year: 2021, month: 3, tally: tally([.first: Tally(boys: 5, girls: 4),
                                                                   .thirdOrLater: Tally(boys: 6, girls: 2)]), rows: 17),
                Births(ward: 0, year: 2022, month: 3, tally: tally([.second: Tally(boys: 3, girls: 3),
                                                                   .unknown: Tally(boys: 1, girls: 0)]), rows: 7),
                Births(ward: 1, year: 2022, month: 9, tally: tally([.thirdOrLater: Tally(boys: 4, girls: 1)]), rows: 5),
            ], settings: ReportSettings(splitsByBirthOrder: true))
            for unit in report.units + [report.total] {
                let parts = try #require(unit.byOrder)
                #expect(parts.map(\.order) == BirthOrder.allCases)
                for (offset, year) in unit.series.years.enumerated() {
                    let summed = parts.reduce(Tally()) {
                        $0 + Tally(boys: $1.series.years[offset].estimate.boys, girls: $1.series.years[offset].estimate.girls)
                    }
                    #expect(summed == Tally(boys: year.estimate.boys, girls: year.estimate.girls))
                }
            }
            // Third and later in the total: 6/2 (SRB 300) in 2021, 4/1 (SRB 400) in 2022.
            let third = try #require(report.total.byOrder?.first { $0.order == .thirdOrLater }).series
            #expect(third.years.map { $0.estimate.srb } == [300, 400])
            // Its own path starts at its own baseline: 300, 299.8.
            #expect(third.years.map(\.path) == [300, 299.8])
            #expect(third.years.map(\.change) == [nil, 100])
            #expect(report.total.result.byOrder?.count == 4)
        }

        @Test func withoutByOrderThereIsNoSplit() throws {
            let ward = try oneWard([(3, 2)])
            #expect(ward.byOrder == nil)
            #expect(ward.result.byOrder == nil)
        }
    }
}
