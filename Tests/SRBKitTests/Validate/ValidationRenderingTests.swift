import Foundation
import Testing
@testable import SRBKit

private typealias Support = ValidateTestSupport

extension ValidateTests {
    @Suite struct ValidationRenderingTests {
        static let register = """
            id,ward,dob,sex
            1,Bồ Đề,2024-01-05,Nam
            2,Bồ Đề,2024-02-05,Nữ
            2,Bồ Đề,2024-02-06,Nữ
            3,=Bad,2024-02-07,X
            """

        @Test func jsonHasTheSchemaAndSnakeCaseKeysInOrder() throws {
            let validation = try Support.validate([("so-sinh.csv", Self.register)])
            let text = ValidationRenderer(options: RenderOptions()).render(validation, as: .json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == "srb.validate/1")
            let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
            // The keys every schema shares come in the report's order (SPEC "Output").
            #expect(keys == ["schema", "period", "threshold", "confidence", "ci_method", "level", "date_range",
                             "units_with_births", "registry", "gap_rule", "months", "units", "total", "input", "gap_count",
                             "whole_year_count_rows", "sex_spellings", "other_sex_spelling_rows", "duplicate_ids",
                             "unknown_units", "other_unknown_unit_rows", "findings"])
            #expect(object["registry"] is NSNull)
            // No --period: the whole years of the rows used.
            #expect(object["period"] as? [String: String] == ["from": "2024-01-01", "to": "2024-12-31"])
            #expect(object["threshold"] as? Double == 109 && object["confidence"] as? Double == 0.95)
            #expect(object["ci_method"] as? String == "exact")
            let unitKeys = text.split(separator: "\n").filter { $0.hasPrefix("      \"") }.prefix(15)
                .map { String($0.split(separator: "\"")[1]) }
            #expect(unitKeys == ["code", "name", "level", "parent", "births", "boys", "girls", "srb", "ci_low", "ci_high",
                                 "status", "months_with_births", "median_monthly_births", "monthly_births", "gap_months"])
            let input = try #require(object["input"] as? [String: Any])
            #expect(input["rows_read"] as? Int == 4 && input["rows_used"] as? Int == 2 && input["rows_rejected"] as? Int == 2)
            #expect(object["months"] as? [String] == ["2024-01", "2024-02"])
            let units = try #require(object["units"] as? [[String: Any]])
            #expect(units.map { $0["name"] as? String } == ["Bồ Đề"])
            #expect(units.first?["monthly_births"] as? [Int] == [1, 1])
            #expect(units.first?["median_monthly_births"] as? Double == 1)
            // One boy and one girl: SRB 100; Clopper–Pearson gives p from 1 − √0.975 to √0.975.
            let root = 0.975.squareRoot()
            for unit in [units.first, object["total"] as? [String: Any]] {
                #expect(unit?["births"] as? Int == 2 && unit?["boys"] as? Int == 1 && unit?["girls"] as? Int == 1)
                #expect(unit?["srb"] as? Double == 100 && unit?["status"] as? String == "ok")
                #expect(abs((unit?["ci_low"] as? Double ?? 0) - 100 * (1 - root) / root) < 1e-9)
                #expect(abs((unit?["ci_high"] as? Double ?? 0) - 100 * root / (1 - root)) < 1e-6)
            }
            let total = try #require(object["total"] as? [String: Any])
            #expect(total["name"] as? String == "Total" && total["level"] as? String == "total")
            #expect(total["monthly_births"] as? [Int] == [1, 1])
            let spellings = try #require(object["sex_spellings"] as? [[String: Any]])
            #expect(spellings.map { $0["spelling"] as? String } == ["Nữ", "Nam", "X"])
            #expect(spellings.map { $0["read_as"] as? String } == ["female", "male", nil])
            let duplicates = try #require(object["duplicate_ids"] as? [String: Any])
            #expect(duplicates["rows"] as? Int == 1)
            let example = try #require((duplicates["examples"] as? [[String: Any]])?.first)
            #expect(example["id"] as? String == "2")
            #expect((example["first_seen"] as? [String: Any])?["line"] as? Int == 3)
        }

        @Test func csvIsOneFactPerLineWithFormulasDefused() throws {
            let validation = try Support.validate([("so-sinh.csv", Self.register)])
            let text = ValidationRenderer(options: RenderOptions()).render(validation, as: .csv)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first == "section,item,code,name,month,count,detail")
            #expect(lines.contains("input,rows_read,,,,4,"))
            #expect(lines.contains("rejected,duplicate,,,,1,"))
            #expect(lines.contains("date_range,from,,,,,2024-01-05"))
            #expect(lines.contains("month,births,,Bồ Đề,2024-02,1,"))
            #expect(lines.contains("sex_spelling,rejected,,,,1,X"))
            #expect(lines.contains("duplicate_id,2,,,,,so-sinh.csv:4:1 first so-sinh.csv:3"))
            let tsv = ValidationRenderer(options: RenderOptions()).render(validation, as: .tsv)
            #expect(tsv.hasPrefix("section\titem\tcode\tname\tmonth\tcount\tdetail\n"))
        }

        @Test func tableShowsEverySectionInVietnamese() throws {
            let validation = try Support.validate([("so-sinh.csv", Self.register)])
            let text = ValidationRenderer(options: RenderOptions(language: .vi)).render(validation, as: .table)
            #expect(text.hasPrefix("Chất lượng dữ liệu sổ đăng ký, mọi thời gian\nTệp: so-sinh.csv\n"))
            for expected in ["Số dòng đã đọc  4", "trùng mã", "Ngày của các dòng được dùng: từ 2024-01-05 đến 2024-02-05",
                             "Giới tính như được ghi", "không phải giới tính: bị loại", "Mã trùng",
                             "so-sinh.csv:4:1", "2 dòng bị loại; --rejects TỆP liệt kê tất cả."] {
                #expect(text.contains(expected), "\(expected)")
            }
        }

        @Test func markdownAndHTMLCarryTheMonthGridWithGapsMarked() throws {
            var births = Array(repeating: 20, count: 12)
            births[4] = 1
            let validation = try Support.validate([("so-sinh.csv", Support.monthly(["Bồ Đề": births]))])
            let markdown = ValidationRenderer(options: RenderOptions()).render(validation, as: .markdown)
            #expect(markdown.contains("| Ward | 2024-01 | 2024-02 |"))
            #expect(markdown.contains("| 20 | **1** | 20 |"))
            #expect(markdown.contains("| Bồ Đề | 221 | 12 | 20.0 | 2024-05 (1) |"))
            let html = ValidationRenderer(options: RenderOptions()).render(validation, as: .html)
            #expect(html.contains("<td class=\"n gap\">▼ 1</td>"))
            #expect(!html.contains("http"))
        }

        @Test func dataTextIsEscapedInHTML() throws {
            let validation = try Support.validate([("so-sinh.csv", "ward,dob,sex\n<b>x</b>,2024-01-01,<i>\n")])
            let html = ValidationRenderer(options: RenderOptions()).render(validation, as: .html)
            #expect(!html.contains("<b>x</b>") && !html.contains("<i>"))
            #expect(html.contains("&lt;i&gt;"))
        }
    }
}
