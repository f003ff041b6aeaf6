import Testing
import SRBKit

private func counts(_ values: [Int]) -> [AgeGroup: Int] {
    Dictionary(uniqueKeysWithValues: zip(AgeGroup.allCases, values))
}

private let wardBirths = counts([6, 38, 110, 92, 40, 8, 1])
private let wardWomen = counts([820, 950, 1100, 1150, 1050, 980, 900])

struct FertilityEstimateTests {
    // By hand: 6/820 + 38/950 + 110/1100 + 92/1150 + 40/1050 + 8/980 + 1/900
    // = 0.0073171 + 0.04 + 0.1 + 0.08 + 0.0380952 + 0.0081633 + 0.0011111
    // = 0.2746867; × 5 = 1.3734334 children per woman.
    // Limits: scripts/crosscheck/fertility_reference.py, scipy 1.17.1 chi2.ppf.
    @Test func tfrIsFiveTimesTheSumOfRatesWithDobsonLimits() throws {
        let estimate = FertilityEstimate(births: wardBirths, birthsUnknownAge: 0, women: wardWomen, confidence: 0.95)
        #expect(abs(try #require(estimate.tfr) - 1.3734334384160172) < 1e-12)
        #expect(abs(try #require(estimate.tfrLow) - 1.220692788395764) < 1e-9)
        #expect(abs(try #require(estimate.tfrHigh) - 1.5399547419401944) < 1e-9)
        #expect(estimate.totalBirths == 295)
        #expect(estimate.totalWomen == 6950)
    }

    // By hand: ASFR 25-29 = 1000 · 110 / 1100 = 100 births per 1000 women.
    @Test func asfrIsBirthsPerThousandWomen() throws {
        let estimate = FertilityEstimate(births: wardBirths, birthsUnknownAge: 0, women: wardWomen, confidence: 0.95)
        #expect(try #require(estimate.asfr[.from25]) == 100)
        #expect(try #require(estimate.asfr[.from30]) == 80)
    }

    // 12 births of unknown age scale everything by 307/295 (scipy reference).
    @Test func unknownAgeBirthsAreSpreadLikeKnownOnes() throws {
        let estimate = FertilityEstimate(births: wardBirths, birthsUnknownAge: 12, women: wardWomen, confidence: 0.95)
        #expect(abs(try #require(estimate.tfr) - 1.4293019172668382) < 1e-12)
        #expect(abs(try #require(estimate.tfrLow) - 1.2703480882627103) < 1e-9)
        #expect(abs(try #require(estimate.tfrHigh) - 1.602596968730982) < 1e-9)
    }

    // District-sized counts at 99% (scipy reference).
    @Test func confidenceWidensTheInterval() throws {
        let estimate = FertilityEstimate(
            births: counts([60, 410, 1420, 1260, 560, 95, 6]), birthsUnknownAge: 0,
            women: counts([11000, 12500, 14800, 15600, 14200, 13100, 12000]), confidence: 0.99)
        #expect(abs(try #require(estimate.tfr) - 1.310791251424893) < 1e-12)
        #expect(abs(try #require(estimate.tfrLow) - 1.2565666850657433) < 1e-9)
        #expect(abs(try #require(estimate.tfrHigh) - 1.3666643917334338) < 1e-9)
    }

    // By hand: one birth to 100 women of 25-29: tfr = 5/100 = 0.05, and with
    // sqrt(var/O) = 0.05 the limits are 0.05·O_low and 0.05·O_high, O_low =
    // 0.0253178, O_high = 5.5716434 (Garwood limits for O = 1 at 95%).
    @Test func oneBirthGivesTheGarwoodLimitsScaled() throws {
        let estimate = FertilityEstimate(
            births: [.from25: 1], birthsUnknownAge: 0,
            women: counts([100, 100, 100, 100, 100, 100, 100]), confidence: 0.95)
        #expect(abs(try #require(estimate.tfr) - 0.05) < 1e-15)
        #expect(abs(try #require(estimate.tfrLow) - 0.0012658903992145004) < 1e-12)
        #expect(abs(try #require(estimate.tfrHigh) - 0.2785821695469449) < 1e-12)
    }

    @Test func noBirthOfKnownAgeLeavesTheTfrNull() {
        let estimate = FertilityEstimate(births: [:], birthsUnknownAge: 3, women: wardWomen, confidence: 0.95)
        #expect(estimate.tfr == nil && estimate.tfrLow == nil && estimate.tfrHigh == nil)
        #expect(FertilityStatus(estimate: estimate, target: 2.1) == .noBirths)
    }

    @Test func birthsInAGroupWithoutWomenAreNoPopulation() {
        var women = wardWomen
        women[.from45] = 0
        let estimate = FertilityEstimate(births: wardBirths, birthsUnknownAge: 0, women: women, confidence: 0.95)
        #expect(estimate.lacksPopulation)
        #expect(estimate.tfr == nil)
        #expect(FertilityStatus(estimate: estimate, target: 2.1) == .noPopulation)
    }

    // The ward's interval 1.22–1.54 lies below 2.1, above 1.0, and holds 1.4.
    @Test func statusComparesTheIntervalWithTheTarget() {
        let estimate = FertilityEstimate(births: wardBirths, birthsUnknownAge: 0, women: wardWomen, confidence: 0.95)
        #expect(FertilityStatus(estimate: estimate, target: 2.1) == .below)
        #expect(FertilityStatus(estimate: estimate, target: 1.0) == .above)
        #expect(FertilityStatus(estimate: estimate, target: 1.4) == .atReplacement)
    }
}

struct AgeGroupTests {
    @Test func agesFollowTheUNConvention() {
        #expect(AgeGroup(age: 13) == .from15)
        #expect(AgeGroup(age: 19) == .from15)
        #expect(AgeGroup(age: 20) == .from20)
        #expect(AgeGroup(age: 34) == .from30)
        #expect(AgeGroup(age: 49) == .from45)
        #expect(AgeGroup(age: 53) == .from45)
        #expect(AgeGroup(age: -1) == nil)
        #expect(AgeGroup.from40.csvColumn == "asfr_40_44")
    }

    @Test func completedYearsCountTheBirthdayOnlyOnceReached() throws {
        let mother = try #require(CalendarDay(year: 1995, month: 6, day: 15))
        #expect(MotherAge.completedYears(motherBorn: mother, childBorn: try #require(CalendarDay(year: 2024, month: 6, day: 14))) == 28)
        #expect(MotherAge.completedYears(motherBorn: mother, childBorn: try #require(CalendarDay(year: 2024, month: 6, day: 15))) == 29)
        #expect(MotherAge.fromBirthYear(1995, childBorn: try #require(CalendarDay(year: 2024, month: 1, day: 2))) == 29)
    }

    @Test func unreadableMotherYearsAndAgesAreUnknown() {
        #expect(MotherAge.parseYear(" 1995 ") == 1995)
        #expect(MotherAge.parseYear("95") == nil)
        #expect(MotherAge.parseYear("") == nil)
        #expect(MotherAge.parseYear("199x") == nil)
        #expect(MotherAge.parseAge("31") == 31)
        #expect(MotherAge.parseAge("-3") == nil)
        #expect(MotherAge.parseAge("31.5") == nil)
    }

    // Two wards of one district: the district adds births, it does not average.
    @Test func rollingUpAddsBirths() {
        var tally = AgeGroupTally<String>()
        tally.add(unit: "A", year: 2024, age: 27)
        tally.add(unit: "B", year: 2024, age: 28)
        tally.add(unit: "B", year: 2024, age: nil)
        var district = AgeGroupTally<String>()
        district.absorb(tally) { _ in "D" }
        let counts = district.counts(AgeGroupTally<String>.Key(unit: "D", year: 2024))
        #expect(counts.known[.from25] == 2)
        #expect(counts.unknown == 1)
        #expect(counts.total == 3)
        #expect(tally.totalUnknown == 1)
    }
}
