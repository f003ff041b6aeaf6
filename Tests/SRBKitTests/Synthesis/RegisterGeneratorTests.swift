import Testing
@testable import SRBKit

extension GenerateTests {
    /// `RegisterGenerator` read back by `RegisterReader` and `Report`: what we
    /// write, we read (STYLE "Tests").
    @Suite struct RegisterGeneratorTests {
        private func settings(wards: Int = 5, years: ClosedRange<Int> = 2023...2024, births: Int = 1_000,
                              sexRatio: Double = 110, of: [(ward: String, sexRatio: Double)] = [],
                              seed: UInt64 = 1, shape: GeneratorSettings.Shape = .births,
                              includesIDs: Bool = true) throws -> GeneratorSettings {
            try GeneratorSettings(registry: GeneratorSettings.numberedWards(wards), sexRatio: sexRatio,
                                  sexRatioOf: of, years: years, birthsPerYear: births, seed: seed,
                                  shape: shape, includesIDs: includesIDs)
        }

        private func bytes(_ settings: GeneratorSettings, chunkSize: Int = RegisterGenerator.defaultChunkSize) -> [UInt8] {
            var all: [UInt8] = []
            RegisterGenerator(settings: settings).generate(chunkSize: chunkSize) { chunk in all += chunk }
            return all
        }

        private func report(_ bytes: [UInt8], period: Period) throws -> Report {
            let scan = try RegisterReader(settings: ReadSettings()).read([.memory(name: "generated.csv", bytes: bytes)])
            return try Report(scan: scan, settings: ReportSettings(period: period))
        }

        private func lines(_ bytes: [UInt8]) -> [Substring] {
            String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        }

        @Test func sameSeedGivesTheSameBytes() throws {
            #expect(bytes(try settings(seed: 7)) == bytes(try settings(seed: 7)))
            #expect(bytes(try settings(seed: 7, shape: .counts)) == bytes(try settings(seed: 7, shape: .counts)))
        }

        @Test func differentSeedGivesDifferentBytes() throws {
            #expect(bytes(try settings(seed: 7)) != bytes(try settings(seed: 8)))
        }

        @Test(arguments: [1, 100, 4_096])
        func chunkSizeDoesNotChangeTheBytes(chunkSize: Int) throws {
            let settings = try settings(births: 300)
            #expect(bytes(settings, chunkSize: chunkSize) == bytes(settings))
        }

        @Test func rowsAreBirthsTimesYearsAfterTheHeader() throws {
            let lines = lines(bytes(try settings(years: 2020...2024, births: 777)))
            #expect(lines.first == "id,ward,district,birth_date,sex,birth_order,mother_birth_year")
            #expect(lines.count == 1 + 777 * 5)
            #expect(lines[1].hasPrefix("1,Phường 00"))
            #expect(lines[1].contains("/2020,"))
            #expect(lines.last?.hasPrefix("3885,Phường 00") == true)
            #expect(lines.last?.contains("/2024,") == true)
        }

        /// SPEC: `--order date`, the default, "writes rows by birth date": over the
        /// whole file, one year after the other; on one day ward by ward, in registry order.
        @Test func defaultOrderIsByBirthDateThenWardOverTheWholeFile() throws {
            let rows = lines(bytes(try settings(wards: 6, years: 2022...2024, births: 3_000))).dropFirst()
            let keys = rows.map { line -> (date: Int, ward: Int) in
                let fields = line.split(separator: ",")
                let day = fields[3].split(separator: "/").map { Int($0)! }  // DD/MM/YYYY
                return (day[2] * 10_000 + day[1] * 100 + day[0], Int(fields[1].suffix(3))!)
            }
            #expect(rows.count == 9_000)
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
            // About 8 births a day over 6 wards: the ward changes within most days, not 6 times a year.
            #expect(zip(keys, keys.dropFirst()).filter { $0.ward != $1.ward }.count > 3_000)
            #expect(Set(keys.map { $0.date / 10_000 }) == [2022, 2023, 2024])
            // Ids count up in the order written.
            #expect(rows.map { Int($0.split(separator: ",")[0])! } == Array(1...9_000))
        }

        @Test func countRowsGoByMonthThenWard() throws {
            let rows = lines(bytes(try settings(wards: 4, years: 2023...2024, shape: .counts))).dropFirst()
            let expected = (2023...2024).flatMap { year in
                (1...12).flatMap { month in (1...4).map { ward in "Phường 00\(ward),\(year)-\(month < 10 ? "0" : "")\(month)," } }
            }
            #expect(rows.count == expected.count)
            #expect(zip(rows, expected).allSatisfy { $0.hasPrefix($1) })
        }

        @Test func withoutIDsTheHeaderStartsAtTheWard() throws {
            let lines = lines(bytes(try settings(births: 10, includesIDs: false)))
            #expect(lines.first == "ward,district,birth_date,sex,birth_order,mother_birth_year")
            #expect(lines[1].hasPrefix("Phường 00"))
            #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",").count == 6 })
        }

        @Test func everyRowIsUsedWhenReadBack() throws {
            let report = try report(bytes(try settings(wards: 7, births: 2_000)),
                                    period: Period(from: CalendarDay(year: 2023, month: 1, day: 1)!,
                                                   to: CalendarDay(year: 2024, month: 12, day: 31)!)!)
            #expect(report.input.rowsRead == 4_000)
            #expect(report.input.rowsUsed == 4_000)
            #expect(report.input.rowsRejected == 0)
            #expect(report.units.map(\.unit.name) == (1...7).map { "Phường 00\($0)" })
            #expect(report.units.map(\.tally.births) == GeneratorSettings.birthsPerWardCheck(7, 2_000).map { $0 * 2 })
        }

        @Test func wardSharesFollowTheFixedWeights() throws {
            // Weights 4 + 37·i mod 9 for i = 0…4: 4, 5, 6, 7, 8 (sum 30); 1,000 births.
            #expect(try settings(births: 1_000).birthsPerWard == [133, 167, 200, 233, 267])
            #expect(try settings(births: 29).birthsPerWard.reduce(0, +) == 29)
            #expect(try settings(wards: 1, births: 5).birthsPerWard == [5])
        }

        /// 200,000 births at SRB 110: p = 110/210 = 0.5238095, so the boys count
        /// has mean 104,761.9 and standard deviation √(n·p·(1−p)) = 223.35. At
        /// 99.9 % (z = 3.2905) the boys fall within ±735, an SRB from 108.39
        /// (104,027/95,973) to 111.63 (105,497/94,503); equivalently 110 lies
        /// inside the 99.9 % Clopper–Pearson interval of what was drawn.
        @Test func largeRegisterIsStatisticallyConsistentWithItsSRB() throws {
            let report = try report(bytes(try settings(wards: 1, years: 2024...2024, births: 200_000,
                                                       includesIDs: false)),
                                    period: Period.year(2024)!)
            let tally = report.units[0].tally
            #expect(tally.births == 200_000)
            #expect(abs(tally.boys - 104_762) <= 735)
            let estimate = SexRatioEstimate(boys: tally.boys, girls: tally.girls, confidence: 0.999, method: .exact)
            #expect(estimate.ciLow! <= 110 && 110 <= estimate.ciHigh!)
            #expect(estimate.srb! > 108.39 && estimate.srb! < 111.63)
        }

        @Test func srbOfMovesOneWard() throws {
            let settings = try settings(wards: 3, years: 2024...2024, births: 150_000, sexRatio: 105,
                                        of: [("phường 2", 130)], includesIDs: false)
            #expect(settings.wards.map(\.sexRatio) == [105, 130, 105])
            let units = try report(bytes(settings), period: Period.year(2024)!).units
            let ratios = units.map { $0.estimate.srb! }
            // Ward 2 has 50,000 births: SRB 130 ± 3.3 sd of about 1.2 SRB points.
            #expect(abs(ratios[1] - 130) < 4)
            #expect(abs(ratios[0] - 105) < 5 && abs(ratios[2] - 105) < 5)
        }

        @Test func srbOfMatchesNamesByTheRegisterRules() throws {
            let named = try settings(wards: 12, of: [("P. 012", 120), ("7", 90), ("  PHƯỜNG   003 ", 100)])
            #expect(named.wards[11].sexRatio == 120)
            #expect(named.wards[6].sexRatio == 90)
            #expect(named.wards[2].sexRatio == 100)
            #expect(throws: GeneratorSettings.Problem.unknownWard("Phường 13", suggestion: "Phường 003")) {
                try settings(wards: 12, of: [("Phường 13", 120)])
            }
        }

        /// By design: both shapes make the same draws in the same order, so a
        /// seed gives the same boys and girls per ward and month.
        @Test func countShapeReadsBackToTheBirthsTotals() throws {
            let period = Period(from: CalendarDay(year: 2023, month: 1, day: 1)!,
                                to: CalendarDay(year: 2024, month: 12, day: 31)!)!
            let births = try report(bytes(try settings(seed: 99)), period: period)
            let counts = try report(bytes(try settings(seed: 99, shape: .counts)), period: period)
            #expect(counts.units.map(\.tally) == births.units.map(\.tally))
            #expect(counts.input.rowsRead == 5 * 12 * 2)
            #expect(counts.input.rowsUsed == counts.input.rowsRead)
            #expect(lines(bytes(try settings(shape: .counts)))[1].hasPrefix("Phường 001,2023-01,"))
            #expect(lines(bytes(try settings(shape: .counts)))[2].hasPrefix("Phường 002,2023-01,"))
        }

        @Test func registryNamesAndDistrictsAreUsedAndQuoted() throws {
            let registry = try UnitRegistry(
                file: "wards.csv",
                entries: [UnitRegistry.Entry(code: "00115", name: "Bồ Đề, cũ", district: "Long Biên", province: nil,
                                             aliases: [], line: 2),
                          UnitRegistry.Entry(code: "00118", name: "Cự Khối", district: nil, province: nil,
                                             aliases: ["Cu Khoi"], line: 3)],
                hasDistrictColumn: true, hasProvinceColumn: false)
            let settings = try GeneratorSettings(registry: registry, sexRatio: 110, sexRatioOf: [("115", 120)],
                                                 years: 2024...2024, birthsPerYear: 20, seed: 3)
            #expect(settings.wards.map(\.sexRatio) == [120, 110])
            let lines = lines(bytes(settings)).dropFirst()
            #expect(lines.first?.hasPrefix("1,") == true)
            #expect(lines.contains { $0.contains(",\"Bồ Đề, cũ\",Long Biên,") })
            #expect(lines.contains { $0.contains(",Cự Khối,,") })
            #expect(lines.allSatisfy { $0.contains(",\"Bồ Đề, cũ\",Long Biên,") || $0.contains(",Cự Khối,,") })
        }

        @Test func motherBirthYearsAndOrdersArePlausible() throws {
            for line in lines(bytes(try settings(years: 2024...2024, births: 2_000))).dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                let order = Int(fields[5])!, motherYear = Int(fields[6])!
                #expect((1...5).contains(order))
                #expect((2024 - 43...2024 - 19).contains(motherYear))
                #expect(fields[4] == "Nam" || fields[4] == "Nữ")
            }
        }
    }
}

extension GeneratorSettings {
    /// Shares worked out again from the documented rule, for the read-back test.
    static func birthsPerWardCheck(_ wards: Int, _ births: Int) -> [Int] {
        (try? GeneratorSettings(registry: numberedWards(wards), sexRatio: 100, years: 2024...2024,
                                birthsPerYear: births, seed: 0).birthsPerWard) ?? []
    }
}
