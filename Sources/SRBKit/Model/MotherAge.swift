import Foundation

/// The mother's age at a birth in completed years, from whichever register
/// column gives it (SPEC "Fertility": birth date, else birth year, else age).
public enum MotherAge {
    /// Completed years from the mother's birth date to the child's: one less
    /// than the difference of years when the birthday has not come yet.
    public static func completedYears(motherBorn: CalendarDay, childBorn: CalendarDay) -> Int {
        let years = childBorn.year - motherBorn.year
        let hadBirthday = (childBorn.month, childBorn.day) >= (motherBorn.month, motherBorn.day)
        return hadBirthday ? years : years - 1
    }

    /// Ages a mother can have at a birth; others are read as unknown (most
    /// often a typo). Under 15 and 50 or more still count, in the end groups.
    public static let plausibleAges = 10...60

    /// The year of the birth minus the mother's year of birth.
    public static func fromBirthYear(_ motherBirthYear: Int, childBorn: CalendarDay) -> Int {
        childBorn.year - motherBirthYear
    }

    /// A `năm sinh mẹ` cell: four digits, surrounding spaces ignored; nil when
    /// empty or unreadable (the age is then unknown, the row still counts).
    public static func parseYear(_ text: Substring) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 4, trimmed.allSatisfy(\.isASCIIDigit), let year = Int(trimmed) else { return nil }
        return year
    }

    /// A `tuổi mẹ` cell: a whole number of years, 0…120; nil otherwise.
    public static func parseAge(_ text: Substring) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy(\.isASCIIDigit),
              let age = Int(trimmed), age <= 120 else { return nil }
        return age
    }
}
