import Testing
@testable import SRBKit

extension RenderingTests {
    /// Every text shown to a person exists in English and in Vietnamese (SPEC: `--lang vi`
    /// translates headings, labels, statuses and messages).
    @Suite struct TextTablesTests {
        @Test(arguments: TextKey.allCases)
        func everyKeyHasAnEnglishText(key: TextKey) {
            #expect(EnglishTexts.table[key]?.isEmpty == false)
        }

        @Test(arguments: TextKey.allCases)
        func everyKeyHasAVietnameseText(key: TextKey) {
            #expect(VietnameseTexts.table[key]?.isEmpty == false)
        }

        @Test(arguments: TextKey.allCases)
        func bothLanguagesFillTheSamePlaceholders(key: TextKey) {
            #expect(placeholders(EnglishTexts.table[key] ?? "") == placeholders(VietnameseTexts.table[key] ?? ""))
        }

        @Test func tablesHoldNoKeyBeyondTextKey() {
            #expect(EnglishTexts.table.count == TextKey.allCases.count)
            #expect(VietnameseTexts.table.count == TextKey.allCases.count)
        }

        @Test func vietnameseStatusWords() {
            let text = Localizer(.vi)
            #expect(text(.statusSignificant) == "Vượt ngưỡng có ý nghĩa thống kê")
            #expect(text(.statusOver) == "Vượt ngưỡng")
        }

        @Test func localizerFillsNumberedPlaceholders() {
            let text = Localizer(.en)
            let filled = text(.summaryLine, "12", "so-sinh.csv", "7", "3", "2024", "2", "")
            #expect(filled.contains("12"))
            #expect(filled.contains("so-sinh.csv"))
            #expect(!filled.contains("{"))
        }

        /// The `{n}` placeholders of a template, as a set.
        private func placeholders(_ template: String) -> Set<String> {
            var found: Set<String> = []
            var rest = template[...]
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                found.insert(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            }
            return found
        }
    }
}
