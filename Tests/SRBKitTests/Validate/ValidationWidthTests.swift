import Testing
@testable import SRBKit

extension ValidateTests {
    /// The terminal form of a validation on an 80-column terminal.
    @Suite struct ValidationWidthTests {
        @Test(arguments: [Language.en, Language.vi])
        func tableFitsAnEightyColumnTerminal(language: Language) throws {
            var births: [String: [Int]] = [:]
            for ward in ["Bồ Đề", "Cự Khối", "Thượng Thanh"] { births[ward] = [20, 22, 2, 21, 19, 20, 23, 18, 20, 21, 22, 20] }
            let validation = try ValidateTestSupport.validate([("so-sinh-2024.csv", ValidateTestSupport.monthly(births))])
            let narrow = ValidationRenderer(options: RenderOptions(language: language, maximumWidth: 80))
                .render(validation, as: .table)
            // Counted as characters: every text here is NFC, with no combining marks.
            #expect((narrow.split(separator: "\n").map(\.count).max() ?? 0) <= 80)
            // A March with 2 births where 20 is usual is a gap, in the narrow table too.
            #expect(narrow.contains("2024-03 (2)"))
            let wide = ValidationRenderer(options: RenderOptions(language: language)).render(validation, as: .table)
            #expect((wide.split(separator: "\n").map(\.count).max() ?? 0) > 80)
        }
    }
}
