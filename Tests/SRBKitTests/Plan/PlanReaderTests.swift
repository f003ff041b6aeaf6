import Foundation
import Testing
@testable import SRBKit

extension PlanTests {
    /// SPEC "Plan activities": columns in English or Biểu 1 Vietnamese, section
    /// headings, status words, completion dates, and what stops a run.
    @Suite struct PlanReaderTests {
        private let bieu1 = """
            TT,Nội dung công việc,Thời gian thực hiện,Đơn vị thực hiện,Đơn vị phối hợp,Tiến độ,Ngày hoàn thành,Ghi chú
            I,Chỉ đạo điều hành,,,,,,
            1,Xây dựng kế hoạch,Tháng 3/2024,Trung tâm Y tế,"Phòng Y tế, các ngành",Đã hoàn thành,05/03/2024,
            II,Truyền thông,,,,,,
            1,Viết tin bài,Hàng tháng,Trung tâm Y tế,,Đang thực hiện,,
            2,Hội nghị,Quý II/2024,TTYT quận,UBND phường,,,có ghi chú
            II,Can thiệp,,,,,,ghi chú của mục
            1,Biểu dương,Tháng 10/2024,BCĐ phường,,chưa thực hiện,,
            V,Mục có thời gian nên là hoạt động,Năm 2024,,,,,
            III,,,,,,,
            1,Kiểm tra,Theo kế hoạch,Phòng Y tế,,hoàn thành,2024-06-14,

            """

        @Test func sectionHeadingsNameTheRowsBelowAndAreNotActivities() throws {
            let plan = try PlanTestSupport.read(bieu1)
            #expect(plan.activities.map(\.number) == ["1", "1", "2", "1", "V", "1"])
            #expect(plan.activities.map(\.section) == ["Chỉ đạo điều hành", "Truyền thông", "Truyền thông",
                                                       "Can thiệp", "Can thiệp", "III"])
            #expect(plan.activities.map(\.sectionNumber) == ["I", "II", "II", "II", "II", "III"])
            #expect(plan.sectionHeadingCount == 4)
            #expect(plan.warnings.isEmpty)
        }

        @Test func cellsAreKeptAsWrittenAndStatusesRead() throws {
            let plan = try PlanTestSupport.read(bieu1)
            let first = plan.activities[0]
            #expect(first.content == "Xây dựng kế hoạch")
            #expect(first.timeFrameText == "Tháng 3/2024")
            #expect(first.timeFrame == .window(PlanTestSupport.window((2024, 3, 1), (2024, 3, 31))))
            #expect(first.lead == "Trung tâm Y tế")
            #expect(first.partners == "Phòng Y tế, các ngành")
            #expect(first.status == .done)
            #expect(first.doneOn == PlanTestSupport.day(2024, 3, 5))
            #expect(first.line == 3)
            #expect(plan.activities.map(\.status) == [.done, .inProgress, .notStarted, .notStarted, .notStarted, .done])
            #expect(plan.activities[2].note == "có ghi chú")
            #expect(plan.activities[5].doneOn == PlanTestSupport.day(2024, 6, 14))
        }

        @Test func englishHeadersWithASectionColumn() throws {
            let plan = try PlanTestSupport.read("""
                section;no;content;timeframe;lead;partners;status;done_on;note
                Communication;1;Radio spots;monthly;Health centre;Wards;In Progress;;
                ;2;Leaflets;2024-03..2024-10;Health centre;;done;15/04/2024;
                """)
            #expect(plan.activities.count == 2)
            #expect(plan.activities[0].section == "Communication")
            #expect(plan.activities[0].sectionNumber == nil)
            #expect(plan.activities[1].section == nil)
            #expect(plan.activities[0].status == .inProgress)
            #expect(plan.activities[0].timeFrame == .recurring(.monthly))
            #expect(plan.activities[1].doneOn == PlanTestSupport.day(2024, 4, 15))
        }

        @Test func onlyContentAndTimeFrameAreRequired() throws {
            let plan = try PlanTestSupport.read("Nội dung,Thời gian\nTập huấn,Tháng 5/2024\n")
            #expect(plan.activities.count == 1)
            #expect(plan.activities[0].number == "")
            #expect(plan.activities[0].section == nil)
            #expect(plan.activities[0].status == .notStarted)
        }

        @Test(arguments: [
            ("TT,Thời gian thực hiện\n1,Tháng 3/2024\n", PlanColumn.content),
            ("TT,Nội dung công việc,Đơn vị thực hiện\n1,Viết tin,TTYT\n", .timeFrame),
        ])
        func missingRequiredColumnStopsTheRun(text: String, column: PlanColumn) {
            #expect(throws: SRBError.missingPlanColumn(SourceLocation(file: "plan.csv", line: 1), column: column)) {
                try PlanTestSupport.read(text)
            }
        }

        @Test(arguments: ["", "\n\n", "\r\n"])
        func fileWithoutHeaderStopsTheRun(text: String) {
            #expect(throws: SRBError.noHeader(file: "plan.csv", reason: .empty)) { try PlanTestSupport.read(text) }
        }

        @Test func cannotOpenIsAnInputError() {
            #expect(throws: SRBError.cannotOpen(path: "/nonexistent/ke-hoach.csv", reason: .notFound)) {
                try PlanReader().read(.file("/nonexistent/ke-hoach.csv"))
            }
        }

        @Test func blankRowsAndARepeatedHeaderAreSkipped() throws {
            let plan = try PlanTestSupport.read("""
                TT,Nội dung công việc,Thời gian thực hiện
                1,Một,Tháng 3/2024
                ,,
                TT,Nội dung công việc,Thời gian thực hiện
                2,Hai,Tháng 4/2024
                """)
            #expect(plan.activities.map(\.content) == ["Một", "Hai"])
            #expect(plan.warnings.isEmpty)
        }

        @Test func unknownStatusAndUnreadableDateAreWarningsNotErrors() throws {
            let plan = try PlanTestSupport.read("""
                TT,Nội dung công việc,Thời gian thực hiện,Trạng thái,Ngày hoàn thành
                1,Một,Tháng 3/2024,xong rồi,
                2,Hai,Tháng 3/2024,done,31/02/2024
                3,Ba,Tháng 3/2024
                """)
            #expect(plan.activities.map(\.status) == [.notStarted, .done, .notStarted])
            #expect(plan.activities[1].doneOn == nil)
            #expect(plan.warnings == [
                .unknownStatus(SourceLocation(file: "plan.csv", line: 2, column: 4), field: "xong rồi"),
                .unreadableCompletionDate(SourceLocation(file: "plan.csv", line: 3, column: 5), field: "31/02/2024"),
                .fieldCount(SourceLocation(file: "plan.csv", line: 4), found: 3, expected: 5),
            ])
            let diagnostics = Diagnostics(language: .en)
            #expect(diagnostics.message(for: plan.warnings[1])
                    == "plan.csv:3:5: '31/02/2024' is not a date (expected DD/MM/YYYY or YYYY-MM-DD); the completion date is ignored")
        }

        @Test(arguments: [
            ("not_started", Activity.Status.notStarted), ("Chưa thực hiện", .notStarted), ("", .notStarted),
            ("  CHƯA   THỰC HIỆN ", .notStarted), ("Not Started", .notStarted),
            ("in_progress", .inProgress), ("Đang thực hiện", .inProgress), ("IN PROGRESS", .inProgress),
            ("đang  thực  hiện", .inProgress),
            ("done", .done), ("Đã hoàn thành", .done), ("Hoàn thành", .done), ("ĐÃ HOÀN THÀNH", .done),
            ("DONE", .done), ("hoàn   thành", .done),
        ])
        func statusWordsWhateverTheCaseAndSpacing(spelling: String, status: Activity.Status) {
            #expect(Activity.Status(spelling: spelling) == status)
        }

        @Test(arguments: ["xong", "finished", "50%", "đã xong"])
        func otherStatusWordsAreNotRead(spelling: String) {
            #expect(Activity.Status(spelling: spelling) == nil)
        }

        @Test(arguments: [("I", true), ("II", true), ("III", true), ("IV", true), ("IX", true), ("XIV", true),
                          ("ii", true), ("II.", true), ("IIII", false), ("IC", false), ("1", false), ("", false),
                          ("A", false), ("VV", false), ("I.1", false)])
        func romanNumerals(text: String, isRoman: Bool) {
            #expect(PlanReader.isRomanNumeral(text) == isRoman)
        }

        @Test func semicolonsByteOrderMarkAndCRLFFromAFile() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).csv").path
            let text = "\u{FEFF}TT;Nội dung công việc;Thời gian thực hiện\r\n1;Một;Quý 2/2024\r\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let plan = try PlanReader().read(.file(path))
            #expect(plan.file == path)
            #expect(plan.activities.map(\.content) == ["Một"])
            #expect(plan.activities[0].number == "1")
            #expect(plan.activities[0].timeFrame == .window(PlanTestSupport.window((2024, 4, 1), (2024, 6, 30))))
            #expect(plan.warnings.isEmpty)
        }

        @Test func windows1258FieldsAreDecoded() throws {
            // "Tháng 3/2024" with á as the Windows-1258 byte 0xE1; "Một" as M + ô (0xF4) + combining dot below (0xF2) + t.
            let bytes: [UInt8] = Array("TT,Nội dung,Thời gian\n1,".utf8) + [0x4D, 0xF4, 0xF2, 0x74, 0x2C]
                + [0x54, 0x68, 0xE1] + Array("ng 3/2024\n".utf8)
            let plan = try PlanReader().parse(bytes, file: "plan.csv")
            #expect(plan.activities[0].content == "Một")
            #expect(plan.activities[0].timeFrame == .window(PlanTestSupport.window((2024, 3, 1), (2024, 3, 31))))
            #expect(plan.warnings == [.read(.notUTF8(SourceLocation(file: "plan.csv", line: 2)))])
        }

        @Test func headerIsFoundUnderTheDelimiterThatNamesItsColumns() throws {
            // As many commas as bars: the most frequent would be the comma, but only
            // the bar makes a header with the content and time frame columns.
            let text = "TT|Nội dung|Thời gian|Ghi chú: a,b,c,d\n1|Một, hai|Năm 2024|x\n"
            #expect(try PlanTestSupport.read(text).activities[0].content == "Một, hai")
            #expect(try PlanTestSupport.read(text, reader: PlanReader(delimiter: .pipe)).activities[0].content == "Một, hai")
            // A forced delimiter is the only one tried.
            #expect(throws: SRBError.missingPlanColumn(SourceLocation(file: "plan.csv", line: 1), column: .content)) {
                try PlanTestSupport.read(text, reader: PlanReader(delimiter: .comma))
            }
        }
    }
}
