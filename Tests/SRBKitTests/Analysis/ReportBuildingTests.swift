import Testing
@testable import SRBKit

extension AnalysisTests {
    /// `Report(scan:settings:)` against SPEC "The numbers", "Nothing is lost" and the
    /// `--period`/`--by` defaults, on scans built by hand.
    @Suite struct ReportBuildingTests {
        typealias Ward = AnalysisScanBuilder.Ward
        typealias Births = AnalysisScanBuilder.Births

        private func unit(_ report: Report, named name: String) throws -> UnitResult {
            try #require(report.units.first { $0.unit.name == name })
        }

        // MARK: Period

        @Test func defaultPeriodIsLatestCalendarYearWithUsableRows() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Gia Thụy"), Ward(name: "Ngọc Lâm")],
                births: [
                    Births(ward: 0, year: 2022, month: 7, boys: 2, girls: 2),
                    Births(ward: 0, year: 2023, month: 12, boys: 3, girls: 1),
                    Births(ward: 1, year: 2023, month: 1, boys: 1, girls: 4),
                ])
            let report = try Report(scan: scan, settings: ReportSettings())
            #expect(report.period == AnalysisScanBuilder.period((2023, 1, 1), (2023, 12, 31)))
            #expect(report.input.rowsUsed == 9)
            #expect(report.input.rowsOutsidePeriod == 4)
            #expect(try unit(report, named: "Gia Thụy").tally == Tally(boys: 3, girls: 1))
        }

        @Test func rowsInOtherYearsAreCountedOutsideThePeriod() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề")],
                births: [
                    Births(ward: 0, year: 2021, month: 5, boys: 10, girls: 10),
                    Births(ward: 0, year: 2023, month: 5, boys: 3, girls: 2),
                    Births(ward: 0, year: 2024, month: 2, boys: 6, girls: 5),
                    Births(ward: 0, year: 2024, month: 11, boys: 1, girls: 0),
                ],
                rowsOutsidePeriod: 7)
            let report = try Report(scan: scan, settings: ReportSettings())
            // 7 found outside while reading + 20 (2021) + 5 (2023).
            #expect(report.input.rowsOutsidePeriod == 32)
            #expect(report.input.rowsUsed == 12)
            #expect(report.total.tally == Tally(boys: 7, girls: 5))
        }

        @Test func unitWithAllBirthsOutsideThePeriodAppearsWithNoBirths() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Thạch Bàn"), Ward(name: "Phúc Lợi")],
                births: [
                    Births(ward: 0, year: 2024, month: 4, boys: 5, girls: 4),
                    Births(ward: 1, year: 2022, month: 4, boys: 3, girls: 3),
                ])
            let report = try Report(scan: scan, settings: ReportSettings())
            let empty = try unit(report, named: "Phúc Lợi")
            #expect(empty.status == .noBirths)
            #expect(empty.tally == Tally())
            #expect(empty.estimate.srb == nil)
            #expect(empty.estimate.ciLow == nil)
            #expect(empty.estimate.ciHigh == nil)
            #expect(report.units.count == 2)
        }

        @Test func explicitPeriodKeepsOnlyItsMonths() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề")],
                births: [
                    Births(ward: 0, year: 2024, month: 3, boys: 1, girls: 1),
                    Births(ward: 0, year: 2024, month: 4, boys: 4, girls: 2),
                    Births(ward: 0, year: 2024, month: 6, boys: 3, girls: 3),
                    Births(ward: 0, year: 2024, month: 7, boys: 9, girls: 9),
                ])
            let q2 = AnalysisScanBuilder.period((2024, 4, 1), (2024, 6, 30))
            let report = try Report(scan: scan, settings: ReportSettings(period: q2))
            #expect(report.period == q2)
            #expect(report.total.tally == Tally(boys: 7, girls: 5))
            #expect(report.input.rowsUsed == 12)
            #expect(report.input.rowsOutsidePeriod == 20)
        }

        @Test func wholeYearCountIsInsideAYearPeriod() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Long Biên")],
                births: [
                    Births(ward: 0, year: 2024, month: 0, boys: 120, girls: 100, rows: 1),
                    Births(ward: 0, year: 2024, month: 5, boys: 3, girls: 2, rows: 1),
                ])
            let year = try #require(Period.year(2024))
            let report = try Report(scan: scan, settings: ReportSettings(period: year))
            #expect(report.total.tally == Tally(boys: 123, girls: 102))
            #expect(report.input.rowsUsed == 2)
            #expect(report.input.rowsOutsidePeriod == 0)
        }

        @Test func wholeYearCountIsOutsideAQuarterPeriod() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Long Biên")],
                births: [
                    Births(ward: 0, year: 2024, month: 0, boys: 120, girls: 100, rows: 1),
                    Births(ward: 0, year: 2024, month: 5, boys: 3, girls: 2, rows: 1),
                ])
            let q2 = AnalysisScanBuilder.period((2024, 4, 1), (2024, 6, 30))
            let report = try Report(scan: scan, settings: ReportSettings(period: q2))
            #expect(report.total.tally == Tally(boys: 3, girls: 2))
            #expect(report.input.rowsUsed == 1)
            #expect(report.input.rowsOutsidePeriod == 1)
        }

        @Test func defaultPeriodCountsWholeYearCountRows() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Long Biên")],
                births: [
                    Births(ward: 0, year: 2023, month: 0, boys: 50, girls: 50, rows: 1),
                    Births(ward: 0, year: 2024, month: 0, boys: 120, girls: 100, rows: 1),
                ])
            let report = try Report(scan: scan, settings: ReportSettings())
            #expect(report.period == Period.year(2024))
            #expect(report.total.tally == Tally(boys: 120, girls: 100))
        }

        // MARK: Nothing is lost

        static let balancedScans: [RegisterScan] = [
            AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề")],
                births: [Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1)]),
            AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề"), Ward(name: "Cự Khối")],
                births: [
                    Births(ward: 0, year: 2023, month: 1, boys: 4, girls: 4),
                    Births(ward: 1, year: 2024, month: 9, boys: 2, girls: 3),
                ],
                rowsOutsidePeriod: 5,
                rejected: [.sex: 3, .date: 1, .duplicate: 2]),
            AnalysisScanBuilder.scan(
                wards: [Ward(name: "Việt Hưng")],
                births: [
                    Births(ward: 0, year: 2024, month: 0, boys: 300, girls: 280, rows: 1),
                    Births(ward: 0, year: 2022, month: 0, boys: 310, girls: 290, rows: 1),
                ],
                rejected: [.count: 4, .fields: 1, .unit: 2]),
        ]

        @Test(arguments: balancedScans)
        func rowsReadIsUsedPlusOutsidePlusRejected(scan: RegisterScan) throws {
            let report = try Report(scan: scan, settings: ReportSettings())
            let input = report.input
            #expect(input.rowsRead == scan.rowsRead)
            #expect(input.rowsRead == input.rowsUsed + input.rowsOutsidePeriod + input.rowsRejected)
            #expect(input.isBalanced)
            #expect(input.rowsRejected == scan.rejectedByReason.values.reduce(0, +))
        }

        @Test func accountingOfAMixedScanMatchesHandCount() throws {
            let report = try Report(scan: Self.balancedScans[1], settings: ReportSettings())
            // 8 rows in 2023, 5 rows in 2024, 5 outside while reading, 6 rejected.
            #expect(report.input.rowsRead == 24)
            #expect(report.input.rowsUsed == 5)
            #expect(report.input.rowsOutsidePeriod == 13)
            #expect(report.input.rowsRejected == 6)
            #expect(report.input.rejectedByReason == [.fields: 0, .unit: 0, .date: 1, .sex: 3, .count: 0, .duplicate: 2, .total: 0])
            #expect(report.input.files == ["so-sinh.csv"])
        }

        // MARK: Totals add counts

        @Test func totalAddsCountsRatherThanAveragingRatios() throws {
            // Wards: 300/1 → SRB 30000 and 100/100 → SRB 100; averaged: 15050.
            // Pooled: 100·400/101 = 396.0396…
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 300, 1), ("Cự Khối", 100, 100)])
            #expect(report.total.tally == Tally(boys: 400, girls: 101))
            let srb = try #require(report.total.estimate.srb)
            #expect(abs(srb - 396.039_603_960_396) < 1e-9)
        }

        @Test func totalIsPooledWhenWardRatiosAverageToSomethingElse() throws {
            // 3 boys/1 girl (SRB 300) and 100/100 (SRB 100): average 200; pooled
            // 100·103/101 = 101.980198…
            let report = try AnalysisScanBuilder.report([("Gia Thụy", 3, 1), ("Ngọc Thụy", 100, 100)])
            let srb = try #require(report.total.estimate.srb)
            #expect(abs(srb - 101.980_198_019_802) < 1e-9)
            #expect(report.total.unit.level == .total)
            #expect(report.total.estimate.births == 204)
        }

        // MARK: Order of units

        @Test func unitsAreSortedByNFCCodePoints() throws {
            let names = ["Việt Hưng", "Đức Giang", "Cự Khối", "Long Biên", "Bồ Đề", "Ái Mộ", "Ngọc Thụy"]
            let report = try AnalysisScanBuilder.report(names.map { ($0, 1, 1) })
            // B 0x42 < C 0x43 < L 0x4C < N 0x4E < V 0x56 < Á 0xC1 < Đ 0x110
            #expect(report.units.map(\.unit.name) == ["Bồ Đề", "Cự Khối", "Long Biên", "Ngọc Thụy", "Việt Hưng", "Ái Mộ",
                                                      "Đức Giang"])
        }

        @Test func sortIsByCodePointNotByLocale() throws {
            // In code points every capital comes before every small letter.
            let report = try AnalysisScanBuilder.report([("an Khánh", 1, 1), ("Yên Viên", 1, 1), ("Bồ Đề", 1, 1)])
            #expect(report.units.map(\.unit.name) == ["Bồ Đề", "Yên Viên", "an Khánh"])
        }

        @Test func namesReadInNFDSortAsTheirNFCForm() throws {
            let folder = try AnalysisTemporaryFolder()
            // "Ái Mộ" written decomposed: A + U+0301 … would sort before "Bồ Đề" if left in NFD.
            let aiMoNFD = "A\u{0301}i Mo\u{0323}\u{0302}"
            let path = try folder.write("nfd.csv", "ward,birth_date,sex\n\(aiMoNFD),2024-01-02,Nam\nBồ Đề,2024-01-03,Nữ\n")
            let scan = try RegisterReader(settings: ReadSettings()).read([.file(path)])
            let report = try Report(scan: scan, settings: ReportSettings())
            let scalars = report.units.map { Array($0.unit.name.unicodeScalars.map(\.value)) }
            let aiMoNFC = Array("\u{00C1}i M\u{1ED9}".unicodeScalars.map(\.value))
            let boDe = Array("B\u{1ED3} \u{0110}\u{1EC1}".unicodeScalars.map(\.value))
            #expect(scalars == [boDe, aiMoNFC])
        }

        // MARK: Levels

        @Test func byTotalLeavesUnitsEmptyAndTotalCarriesTheNumbers() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 12, 10), ("Cự Khối", 8, 9)],
                                                        settings: ReportSettings(level: .total))
            #expect(report.units.isEmpty)
            #expect(report.total.tally == Tally(boys: 20, girls: 19))
            let srb = try #require(report.total.estimate.srb)
            #expect(abs(srb - 2000.0 / 19.0) < 1e-12)
            #expect(report.total.estimate.ciLow != nil)
        }

        @Test func byDistrictAddsTheCountsOfItsWards() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [
                    Ward(name: "Bồ Đề", district: "Long Biên"),
                    Ward(name: "Đa Tốn", district: "Gia Lâm"),
                    Ward(name: "Cự Khối", district: "Long Biên"),
                ],
                births: [
                    Births(ward: 0, year: 2024, month: 1, boys: 10, girls: 8),
                    Births(ward: 1, year: 2024, month: 2, boys: 7, girls: 7),
                    Births(ward: 2, year: 2024, month: 3, boys: 5, girls: 6),
                    Births(ward: 2, year: 2024, month: 8, boys: 1, girls: 0),
                ])
            let report = try Report(scan: scan, settings: ReportSettings(level: .district))
            #expect(report.units.map(\.unit.name) == ["Gia Lâm", "Long Biên"])
            #expect(report.units.map(\.unit.level) == [.district, .district])
            #expect(report.units.map(\.tally) == [Tally(boys: 7, girls: 7), Tally(boys: 16, girls: 14)])
            #expect(report.total.tally == Tally(boys: 23, girls: 21))
        }

        @Test func byDistrictLosesNoBirthWhenADistrictIsMissing() throws {
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề", district: "Long Biên"), Ward(name: "Lạ", district: nil)],
                births: [
                    Births(ward: 0, year: 2024, month: 1, boys: 10, girls: 8),
                    Births(ward: 1, year: 2024, month: 2, boys: 3, girls: 2),
                ],
                hasDistricts: true)
            let report = try Report(scan: scan, settings: ReportSettings(level: .district))
            let births = report.units.map(\.tally.births).reduce(0, +)
            #expect(births == 23)
            #expect(report.total.tally == Tally(boys: 13, girls: 10))
        }

        @Test func byDistrictWithoutADistrictColumnThrowsLevelUnavailable() {
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Bồ Đề")],
                                                births: [Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1)])
            #expect(throws: SRBError.levelUnavailable(.district)) {
                try Report(scan: scan, settings: ReportSettings(level: .district))
            }
        }

        @Test func byProvinceWithoutAProvinceColumnThrowsLevelUnavailable() {
            let scan = AnalysisScanBuilder.scan(wards: [Ward(name: "Bồ Đề", district: "Long Biên")],
                                                births: [Births(ward: 0, year: 2024, month: 1, boys: 1, girls: 1)])
            #expect(throws: SRBError.levelUnavailable(.province)) {
                try Report(scan: scan, settings: ReportSettings(level: .province))
            }
        }

        @Test func scanWithoutUnitsThrowsNoUsableRow() {
            let scan = AnalysisScanBuilder.scan(wards: [], births: [], rejected: [.sex: 4])
            #expect(throws: SRBError.noUsableRow) {
                try Report(scan: scan, settings: ReportSettings())
            }
        }

        // MARK: Birth order

        @Test func byOrderSplitSumsToTheUnit() throws {
            var march = OrderedTally()
            march[.first] = Tally(boys: 20, girls: 19)
            march[.second] = Tally(boys: 12, girls: 11)
            march[.thirdOrLater] = Tally(boys: 9, girls: 4)
            march[.unknown] = Tally(boys: 1, girls: 2)
            var may = OrderedTally()
            may[.first] = Tally(boys: 1, girls: 0)
            may[.thirdOrLater] = Tally(boys: 2, girls: 1)
            let scan = AnalysisScanBuilder.scan(
                wards: [Ward(name: "Bồ Đề")],
                births: [
                    Births(ward: 0, year: 2024, month: 3, tally: march, rows: 78),
                    Births(ward: 0, year: 2024, month: 5, tally: may, rows: 4),
                ])
            let report = try Report(scan: scan, settings: ReportSettings(splitsByBirthOrder: true))
            let ward = try unit(report, named: "Bồ Đề")
            let parts = try #require(ward.byOrder)
            #expect(parts.map(\.order) == [.first, .second, .thirdOrLater, .unknown])
            #expect(parts.map { Tally(boys: $0.estimate.boys, girls: $0.estimate.girls) } == [
                Tally(boys: 21, girls: 19), Tally(boys: 12, girls: 11), Tally(boys: 11, girls: 5), Tally(boys: 1, girls: 2),
            ])
            let summed = parts.reduce(Tally()) { $0 + Tally(boys: $1.estimate.boys, girls: $1.estimate.girls) }
            #expect(summed == ward.tally)
            #expect(ward.tally == Tally(boys: 45, girls: 37))
            // 11 boys, 5 girls: SRB 220.
            #expect(parts[2].estimate.srb == 220)
        }

        @Test func withoutByOrderThereIsNoSplit() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 3, 2)])
            #expect(report.units[0].byOrder == nil)
            #expect(report.total.byOrder == nil)
        }

        // MARK: Settings reach every unit

        @Test func minimumBirthsAppliesToEveryUnit() throws {
            let report = try AnalysisScanBuilder.report([("Bồ Đề", 30, 0), ("Cự Khối", 300, 100)],
                                                        settings: ReportSettings(minimumBirths: 31))
            #expect(report.units.map(\.status) == [.fewBirths, .significant])
        }
    }
}

extension AnalysisTests {
    /// SPEC "Exit codes": no row in the period asked for is an error, naming the dates the data covers.
    @Suite struct EmptyPeriodTests {
        @Test func periodWithNoRowIsAnErrorNamingTheDatesTheDataCovers() throws {
            let q2 = AnalysisScanBuilder.period((2024, 4, 1), (2024, 6, 30))
            let scan = AnalysisScanBuilder.scan(wards: [.init(name: "Bồ Đề")],
                                                births: [.init(ward: 0, year: 2024, month: 3, boys: 2, girls: 1)])
            #expect(throws: SRBError.noRowInPeriod(q2, dataFrom: scan.coveredDays?.from, dataTo: scan.coveredDays?.to)) {
                try Report(scan: scan, settings: ReportSettings(period: q2))
            }
        }
    }
}
