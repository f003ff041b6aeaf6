import Testing
@testable import SRBKit

extension Model {
    @Suite struct CalendarDayTests {
        @Test(arguments: [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false),
                          (2400, true), (1996, true), (2022, false)])
        func gregorianLeapYears(year: Int, isLeap: Bool) {
            #expect(CalendarDay.isLeap(year) == isLeap)
            #expect((CalendarDay(year: year, month: 2, day: 29) != nil) == isLeap)
            #expect(CalendarDay.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
        }

        @Test(arguments: [(1, 31), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30),
                          (10, 31), (11, 30), (12, 31)])
        func lastDayOfEachMonthExistsAndTheNextDoesNot(month: Int, days: Int) {
            #expect(CalendarDay(year: 2023, month: month, day: days) != nil)
            #expect(CalendarDay(year: 2023, month: month, day: days + 1) == nil)
            #expect(CalendarDay.lastOf(month: month, year: 2023)?.day == days)
        }

        @Test(arguments: [(2024, 0, 1), (2024, 13, 1), (2024, 1, 0), (2024, 1, -1), (0, 1, 1), (10000, 1, 1)])
        func daysOutsideTheCalendarDoNotExist(year: Int, month: Int, day: Int) {
            #expect(CalendarDay(year: year, month: month, day: day) == nil)
        }

        /// The branch-free check (`existing`, which the init uses) against the
        /// calendar's rule written plainly with `daysIn`, day by day around every edge.
        @Test func existingAgreesWithTheCalendarsRuleOnEveryDayOfTheEdgeYears() {
            var agreed = 0
            for year in [-1, 0, 1, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999, 10_000] {
                for month in -1...16 {
                    for day in -1...33 {
                        let exists = (1...9999).contains(year) && (1...12).contains(month)
                            && (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
                        #expect((CalendarDay.existing(year: year, month: month, day: day) != nil) == exists,
                                "\(year)-\(month)-\(day)")
                        #expect(CalendarDay.existing(year: year, month: month, day: day).map { [$0.year, $0.month, $0.day] }
                                    ?? [] == (exists ? [year, month, day] : []))
                        agreed += 1
                    }
                }
            }
            #expect(CalendarDay.existing(year: 2024, month: 2, day: 29).map { [$0.year, $0.month, $0.day] } == [2024, 2, 29])
            #expect(CalendarDay.existing(year: 2023, month: 2, day: 29) == nil)
            #expect(agreed == 15 * 18 * 35)
        }

        @Test func ordersByYearThenMonthThenDay() {
            let days = [(2024, 1, 31), (2023, 12, 31), (2024, 2, 1), (2024, 1, 1)].map {
                CalendarDay(year: $0.0, month: $0.1, day: $0.2)!
            }
            #expect(days.sorted().map(\.description) == ["2023-12-31", "2024-01-01", "2024-01-31", "2024-02-01"])
        }

        @Test func descriptionPadsToISOForm() {
            #expect(CalendarDay(year: 2024, month: 3, day: 5)!.description == "2024-03-05")
            #expect(CalendarDay(year: 987, month: 12, day: 25)!.description == "0987-12-25")
        }

        @Test func firstAndLastOfMonthOfLeapFebruary() {
            #expect(CalendarDay.firstOf(month: 2, year: 2024) == CalendarDay(year: 2024, month: 2, day: 1))
            #expect(CalendarDay.lastOf(month: 2, year: 2024) == CalendarDay(year: 2024, month: 2, day: 29))
            #expect(CalendarDay.lastOf(month: 13, year: 2024) == nil)
        }
    }
}
