import Testing
@testable import SRBKit

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)!
}

private func span(_ from: CalendarDay, _ to: CalendarDay) -> Period { Period(from: from, to: to)! }

extension Model {
    @Suite struct PeriodTests {
        @Test(arguments: [
            ("2024", span(day(2024, 1, 1), day(2024, 12, 31))),
            (" 2024 ", span(day(2024, 1, 1), day(2024, 12, 31))),
            ("2024-Q1", span(day(2024, 1, 1), day(2024, 3, 31))),
            ("2024-Q2", span(day(2024, 4, 1), day(2024, 6, 30))),
            ("2024-Q3", span(day(2024, 7, 1), day(2024, 9, 30))),
            ("2024-Q4", span(day(2024, 10, 1), day(2024, 12, 31))),
            ("2024-03", span(day(2024, 3, 1), day(2024, 3, 31))),
            ("2024-04", span(day(2024, 4, 1), day(2024, 4, 30))),
            ("2024-02", span(day(2024, 2, 1), day(2024, 2, 29))),
            ("2023-02", span(day(2023, 2, 1), day(2023, 2, 28))),
            ("2024-12", span(day(2024, 12, 1), day(2024, 12, 31))),
            ("2024-03-15", span(day(2024, 3, 15), day(2024, 3, 15))),
            ("2024-02-29", span(day(2024, 2, 29), day(2024, 2, 29))),
            ("2021..2024", span(day(2021, 1, 1), day(2024, 12, 31))),
            ("2024..2024", span(day(2024, 1, 1), day(2024, 12, 31))),
            ("2024-01..2024-06", span(day(2024, 1, 1), day(2024, 6, 30))),
            ("2023-11..2024-02", span(day(2023, 11, 1), day(2024, 2, 29))),
            ("2024-01-15..2024-02-14", span(day(2024, 1, 15), day(2024, 2, 14))),
            ("2024-Q2..2024-Q3", span(day(2024, 4, 1), day(2024, 9, 30))),
            ("2024-03-15..2024-03-15", span(day(2024, 3, 15), day(2024, 3, 15))),
        ])
        func everyFormOfSpec(text: String, expected: Period) {
            #expect(Period(parsing: text) == expected)
        }

        @Test(arguments: [
            "2024-Q5", "2024-Q0", "2024-Q", "2024-Q12", "2024-13", "2024-00", "2024-02-30", "2023-02-29",
            "2024-04-31", "2024-01-32", "2024..2021", "2024-06..2024-01", "2024-02-14..2024-01-15",
            "2024-Q3..2024-Q1", "24", "20245", "2024-", "2024..", "..2024", "2021..2022..2023", "2024...2025",
            "abcd", "", "2024/03", "13/2024", "Quý 5/2024", "Quý V/2024", "Q0/2024", "quý/2024", "Quý /2024", "3/24", "2024-03-15-01", "+024", "２０２４",
        ])
        func malformedOrNonexistentPeriodsAreRejected(text: String) {
            #expect(Period(parsing: text) == nil)
        }

        @Test(arguments: [
            ("09/2024", span(day(2024, 9, 1), day(2024, 9, 30))),
            ("9/2024", span(day(2024, 9, 1), day(2024, 9, 30))),
            ("Quý 3/2024", span(day(2024, 7, 1), day(2024, 9, 30))),
            ("quy III/2024", span(day(2024, 7, 1), day(2024, 9, 30))),
            ("QUÝ IV/2024", span(day(2024, 10, 1), day(2024, 12, 31))),
            ("Q3/2024", span(day(2024, 7, 1), day(2024, 9, 30))),
            ("q1/2024", span(day(2024, 1, 1), day(2024, 3, 31))),
            ("01/2024..Quý 2/2024", span(day(2024, 1, 1), day(2024, 6, 30))),
        ])
        func periodsAsStaffWriteThem(text: String, expected: Period) {
            #expect(Period(parsing: text) == expected)
        }

        @Test func bothEndsAreIncluded() {
            let period = Period(parsing: "2024-01-15..2024-02-14")!
            #expect(period.contains(day(2024, 1, 15)))
            #expect(period.contains(day(2024, 2, 14)))
            #expect(!period.contains(day(2024, 1, 14)))
            #expect(!period.contains(day(2024, 2, 15)))
        }

        @Test func coversNeedsEveryDayAndOverlapsNeedsOne() {
            let year = Period.year(2024)!
            let march = Period.month(3, of: 2024)!
            let straddling = span(day(2023, 12, 15), day(2024, 1, 15))
            #expect(year.covers(march))
            #expect(!march.covers(year))
            #expect(!year.covers(straddling))
            #expect(year.overlaps(straddling))
            #expect(!march.overlaps(Period.month(4, of: 2024)!))
            #expect(span(day(2024, 3, 31), day(2024, 4, 1)).overlaps(march))
        }

        @Test func backwardsPeriodDoesNotExist() {
            #expect(Period(from: day(2024, 2, 1), to: day(2024, 1, 31)) == nil)
            #expect(Period.month(13, of: 2024) == nil)
            #expect(Period.year(0) == nil)
        }

        @Test func descriptionIsISORange() {
            #expect(Period(parsing: "2024-Q2")!.description == "2024-04-01..2024-06-30")
        }
    }
}
