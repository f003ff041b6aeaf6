import Foundation
import Testing
@testable import SRBKit

/// `srb monthly --by-order` in every format, shaped as `report --by-order` is:
/// JSON `by_order` after the unit's numbers, each order with the same members
/// and `order` first; csv/tsv an `order` column last, each unit's window rows
/// (order empty) then each order's; tables a row per order below the unit.
struct MonthlyByOrderRenderingTests {
    private func rendered(_ format: OutputFormat, split: Bool = true) throws -> String {
        MonthlyRenderer(options: RenderOptions()).render(try MonthlyByOrderTests.monthly(splitsByBirthOrder: split),
                                                         as: format)
    }

    @Test func csvHasAnOrderColumnLastAndEachOrdersFourWindowsAfterTheUnits() throws {
        let records = RenderingTestSupport.parseDelimited(try rendered(.csv))
        #expect(records[0] == ["level", "code", "name", "window", "from", "to", "births", "boys", "girls", "srb",
                               "ci_low", "ci_high", "status", "order"])
        #expect(records.count == 1 + 3 * 5 * 4)  // A, B and the total; the unit and four orders; four windows
        #expect(records[1...20].map { $0[13] } == ["", "1", "2", "3+", "unknown"].flatMap { Array(repeating: $0, count: 4) })
        #expect(records[1...20].allSatisfy { $0[0] == "ward" && $0[2] == "A" })
        #expect(records[1...4].map { $0[3] } == ["month", "year_to_date", "last_12_months", "previous_12_months"])
        // A, 3+, last 12 months: 2 boys, 1 girl, SRB 200.
        #expect(records[15][3...9] == ["last_12_months", "2023-04-01", "2024-03-31", "3", "2", "1", "200.0"]
                && records[15][12] == "over")
        // A, order 1, the month: 1 boy and 1 girl; Clopper–Pearson 95%: p from 1 − √0.975 to √0.975.
        let low = 100 * (1 - 0.975.squareRoot()) / 0.975.squareRoot()
        #expect(records[5][6...8] == ["2", "1", "1"] && abs((Double(records[5][10]) ?? .nan) - low) < 1e-9)
        #expect(records[41][2] == "Total" && records[41][13] == "")
        #expect(records.last?[13] == "unknown" && records.last?[3] == "previous_12_months")
    }

    @Test func jsonPutsByOrderAfterTheChangeWithTheUnitsMembers() throws {
        let text = try rendered(.json)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let units = try #require(json["units"] as? [[String: Any]])
        let a = units[0]
        let orders = try #require(a["by_order"] as? [[String: Any]])
        #expect(orders.map { $0["order"] as? String } == ["1", "2", "3+", "unknown"])
        #expect(orders.allSatisfy { Set($0.keys) == ["order", "windows", "change_12_months", "change_p_value"] })
        let third = try #require(orders[2]["windows"] as? [String: [String: Any]])
        #expect(Set(third.keys) == ["month", "year_to_date", "last_12_months", "previous_12_months"])
        #expect(third["previous_12_months"]?["girls"] as? Int == 2 && third["previous_12_months"]?["srb"] as? Double == 0)
        #expect(orders[2]["change_12_months"] as? Double == 200)
        #expect(orders[0]["change_12_months"] is NSNull)
        // Member order: the unit's own numbers, then by_order (as report's unit object).
        let keys = ["\"change_p_value\": 0.29292929292929", "\"by_order\"", "\"order\": \"1\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect((json["total"] as? [String: Any])?["by_order"] is [[String: Any]])
    }

    @Test func withoutTheSplitNothingChanges() throws {
        #expect(!(try rendered(.json, split: false)).contains("by_order"))
        #expect(try rendered(.csv, split: false).split(separator: "\n")[0]
                == "level,code,name,window,from,to,births,boys,girls,srb,ci_low,ci_high,status")
    }

    @Test func tableAndMarkdownShowARowPerOrderBelowEachUnitAndTheTotal() throws {
        let lines = try rendered(.table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let a = try #require(lines.firstIndex { $0.contains(" A ") })
        #expect(lines[a + 1].hasPrefix("     1st child") && lines[a + 3].hasPrefix("     3rd child or later"))
        // 3+: month – (1), year to date – (1), last 12 months 200.0 (3), previous 0.0 (2), change +200.0, p 0.4.
        #expect(lines[a + 3].contains("– (1)") && lines[a + 3].contains("200.0 (3)") && lines[a + 3].contains("0.0 (2)")
                && lines[a + 3].contains("+200.0") && lines[a + 3].hasSuffix("0.4000"))
        let total = try #require(lines.firstIndex { $0.contains("Total") })
        #expect(lines[total + 1].contains("1st child") && lines[total + 4].contains("order unknown"))
        let markdown = try rendered(.markdown)
        #expect(markdown.contains("| ↳ 3rd child or later | – (1) | – (1) | 200.0 (3) |"))
        let html = try rendered(.html)
        #expect(html.contains("<tr class=\"order\"><td class=\"name\">↳ 3rd child or later</td>"))
    }
}
