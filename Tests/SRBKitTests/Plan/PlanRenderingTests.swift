import Testing
@testable import SRBKit

extension PlanTests {
    /// The formats of `srb plan`: JSON keys and order, CSV, table, markdown, HTML,
    /// and which words are translated.
    @Suite struct PlanRenderingTests {
        /// As of 15 June 2024: a Tháng 3 done on 5 March (done, opened); b Hàng
        /// tháng in progress (opened, 6 of 12 months); c "=Tháng 9/2024" unscheduled
        /// because it begins with "="; d Quý III upcoming.
        private func progress() throws -> PlanProgress {
            let plan = try PlanTestSupport.read(#"""
                TT,Nội dung công việc,Thời gian thực hiện,Đơn vị thực hiện,Đơn vị phối hợp,Tiến độ,Ngày hoàn thành,Ghi chú
                I,Mục <một>,,,,,,
                1,"Họp ""triển khai""",Tháng 3/2024,TTYT,Phòng Y tế,Đã hoàn thành,05/03/2024,ghi chú
                2,-Viết tin | bài,Hàng tháng,TTYT,,Đang thực hiện,,
                3,@Tờ rơi,=Tháng 9/2024,,,,,
                4,Tập huấn,Quý III/2024,,,,,
                """#)
            return PlanProgress(plan: plan, asOf: PlanTestSupport.day(2024, 6, 15))
        }

        private func render(_ format: OutputFormat, _ language: Language = .en) throws -> String {
            PlanRenderer(options: RenderOptions(language: language)).render(try progress(), as: format)
        }

        @Test func jsonHasTheSpecKeysInOrderThenTheExtras() throws {
            let json = try render(.json)
            let expectedFirst = """
                {
                  "schema": "srb.plan/1",
                  "as_of": "2024-06-15",
                  "activities": [
                    {
                      "section": "Mục <một>",
                      "no": "1",
                      "content": "Họp \\"triển khai\\"",
                      "timeframe": "Tháng 3/2024",
                      "lead": "TTYT",
                      "partners": "Phòng Y tế",
                      "status": "done",
                      "state": "done",
                      "periods_due": null,
                      "window": {
                        "from": "2024-03-01",
                        "to": "2024-03-31"
                      },
                      "done_on": "2024-03-05",
                      "note": "ghi chú"
                    },
                    {
                      "section": "Mục <một>",
                      "no": "2",
                      "content": "-Viết tin | bài",
                      "timeframe": "Hàng tháng",
                      "lead": "TTYT",
                      "partners": "",
                      "status": "in_progress",
                      "state": "in_progress",
                      "periods_due": {
                        "due": 6,
                        "of": 12
                      },
                      "window": {
                        "from": "2024-01-01",
                        "to": "2024-12-31"
                      },
                """
            #expect(json.hasPrefix(expectedFirst))
            let expectedEnd = """
                  "summary": {
                    "done": 1,
                    "in_progress": 1,
                    "overdue": 0,
                    "due": 0,
                    "upcoming": 1,
                    "unscheduled": 1
                  },
                  "share_done_of_due": 0.5
                }

                """
            #expect(json.hasSuffix(expectedEnd))
        }

        @Test func jsonWordsAreNeverTranslated() throws {
            #expect(try render(.json, .vi) == (try render(.json, .en)))
            #expect(try render(.csv, .vi) == (try render(.csv, .en)))
            #expect(try render(.tsv, .vi) == (try render(.tsv, .en)))
        }

        @Test func embeddableObjectHasNoSchema() throws {
            guard case .object(let members) = try progress().jsonValue() else {
                Issue.record("not an object")
                return
            }
            #expect(members.map(\.0) == ["activities", "summary", "share_done_of_due"])
        }

        @Test func csvHasOneRowPerActivityWithFormulasGuarded() throws {
            let records = RenderingTestSupport.parseDelimited(try render(.csv))
            #expect(records.count == 5)
            #expect(records[0] == ["section", "no", "content", "timeframe", "lead", "partners", "status", "state",
                                   "periods_due", "periods_of", "window_from", "window_to", "done_on", "note"])
            #expect(records[1] == ["Mục <một>", "1", "Họp \"triển khai\"", "Tháng 3/2024", "TTYT", "Phòng Y tế", "done",
                                   "done", "", "", "2024-03-01", "2024-03-31", "2024-03-05", "ghi chú"])
            #expect(records[2][2] == "'-Viết tin | bài")
            #expect(records[2][6...9] == ["in_progress", "in_progress", "6", "12"])
            #expect(records[3][2] == "'@Tờ rơi")
            #expect(records[3][3] == "'=Tháng 9/2024")
            #expect(records[3][7] == "unscheduled")
            let tsv = RenderingTestSupport.parseDelimited(try render(.tsv), separator: "\t")
            #expect(tsv.count == 5 && tsv[4][7] == "upcoming")
        }

        @Test func tableEndsWithTheCountInEachStateAndTheShare() throws {
            let table = try render(.table)
            #expect(table.hasPrefix("Plan activities as of 2024-06-15\n"
                                    + "Recurring activities (monthly, quarterly, yearly) run over the plan year 2024.\n\n"))
            #expect(table.hasSuffix("""

                Activities by state
                  done         1
                  in progress  1
                  overdue      0
                  due          0
                  upcoming     1
                  unscheduled  1
                  Total        4
                Done among the activities whose time frame has begun: 1 of 2 (50.0%)

                """))
            let lines = table.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("I  ") && $0.contains("Mục <một>") })
            #expect(lines.contains { $0.hasPrefix("2  ") && $0.contains("in progress") && $0.hasSuffix("6 of 12 months") })
            #expect(!table.contains("\u{1B}["))
        }

        @Test func vietnameseTableTranslatesLabelsAndStatesButNotData() throws {
            let table = try render(.table, .vi)
            #expect(table.hasPrefix("Tiến độ thực hiện các hoạt động của kế hoạch, tính đến ngày 15/06/2024\n"))
            for word in ["Đã hoàn thành", "Đang thực hiện", "Sắp tới", "Chưa xếp lịch", "6/12 tháng", "Nội dung công việc",
                         "Tỷ lệ hoàn thành trong số các hoạt động đã đến thời gian thực hiện: 1/2 (50.0%)", "Hàng tháng"] {
                #expect(table.contains(word), "\(word)")
            }
        }

        @Test func longCellsAreWrappedToTheirColumn() {
            let lines = TextWrapping.lines("Tham mưu xây dựng kế hoạch thực hiện, triển khai đến các ban, ngành liên quan",
                                       width: 20)
            #expect(lines == ["Tham mưu xây dựng kế", "hoạch thực hiện,", "triển khai đến các", "ban, ngành liên quan"])
            #expect(TextWrapping.lines("", width: 10) == [""])
            #expect(TextWrapping.lines("Trungtamylongbien.vn", width: 8) == ["Trungtam", "ylongbie", "n.vn"])
        }

        @Test func markdownEscapesDataAndListsTheStates() throws {
            let markdown = try render(.markdown)
            #expect(markdown.contains("| **I** | **Mục \\<một\\>** | | | | | |\n"))
            #expect(markdown.contains("| 2 | -Viết tin \\| bài | Hàng tháng | TTYT |  | in progress | 6 of 12 months |\n"))
            #expect(markdown.contains("| **Total** | **4** |\n"))
            #expect(markdown.hasSuffix("Done among the activities whose time frame has begun: 1 of 2 (50.0%)\n"))
        }

        @Test func htmlIsSelfContainedAndEscapesData() throws {
            let html = try render(.html)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<td colspan=\"6\">Mục &lt;một&gt;</td>"))
            #expect(!html.contains("<một>"))
            #expect(html.contains("<svg"))
            #expect(!html.contains("http://") || !html.contains("src="))
        }

        @Test func emptyPlanSaysSoAndHasNoShare() {
            let progress = PlanProgress(activities: [], asOf: PlanTestSupport.day(2024, 6, 15))
            let table = PlanRenderer(options: RenderOptions()).render(progress, as: .table)
            #expect(table.contains("The plan has no activity.\n"))
            #expect(table.hasSuffix("Done among the activities whose time frame has begun: none has begun yet\n"))
        }
    }
}
