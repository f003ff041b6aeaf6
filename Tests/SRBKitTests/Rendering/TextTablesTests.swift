import Testing
@testable import SRBKit

extension RenderingTests {
    /// Every text shown to a person exists in English and in Vietnamese, in one
    /// table (SPEC: `--lang vi` translates headings, labels, statuses and messages).
    @Suite struct TextTablesTests {
        @Test(arguments: TextKey.allCases)
        func everyKeyHasAWordingInBothLanguages(key: TextKey) {
            #expect(TextTables.all[key]?.english.isEmpty == false)
            #expect(TextTables.all[key]?.vietnamese.isEmpty == false)
        }

        @Test(arguments: TextKey.allCases)
        func bothLanguagesFillTheSamePlaceholders(key: TextKey) {
            let wording = TextTables.all[key]
            #expect(placeholders(wording?.english ?? "") == placeholders(wording?.vietnamese ?? ""))
        }

        @Test func noKeyIsWordedTwice() {
            #expect(TextTables.areas.map(\.count).reduce(0, +) == TextKey.allCases.count)
            #expect(TextTables.all.count == TextKey.allCases.count)
        }

        @Test func vietnameseStatusWords() {
            let text = Localizer(.vi)
            #expect(text(.statusSignificant) == "Vượt ngưỡng có ý nghĩa thống kê")
            #expect(text(.statusOver) == "Vượt ngưỡng")
        }

        @Test func localizerFillsNumberedPlaceholders() {
            let text = Localizer(.en)
            #expect(text(.summaryLine, "12", "so-sinh.csv", "7", "3", "2024", "2", "")
                    == "12 rows read from so-sinh.csv: 7 used, 3 outside 2024, 2 rejected")
        }

        @Test(arguments: [("1", "1 activity and 1 section heading read from -"),
                          ("2", "2 activities and 2 section headings read from -"),
                          ("0", "0 activities and 0 section headings read from -")])
        func pluralFormsFollowTheirNumber(count: String, expected: String) {
            #expect(Localizer(.en)(.planReadLine, count, count, "-") == expected)
            #expect(Localizer(.vi)(.planReadLine, count, count, "-") == "Đã đọc \(count) hoạt động và \(count) đề mục từ -")
        }

        @Test func fillLeavesBracesThatAreNoPlaceholder() {
            #expect(Localizer.fill("{x} {1} {9} {1|a}", with: ["v"]) == "{x} v {9} {1|a}")
        }

        /// The `{n}` placeholders of a template (plural forms by their number), as a set.
        private func placeholders(_ template: String) -> Set<String> {
            var found: Set<String> = []
            var rest = template[...]
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                found.insert(String(rest[rest.index(after: open)..<close].prefix { $0 != "|" }))
                rest = rest[rest.index(after: close)...]
            }
            return found
        }
    }
}
