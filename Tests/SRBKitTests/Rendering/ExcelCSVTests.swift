import Testing
@testable import SRBKit

extension RenderingTests {
    /// `--excel`: CSV as Excel on Vietnamese Windows opens it.
    @Suite struct ExcelCSVTests {
        let csv = "code,name,level,parent,births,boys,girls,srb,ci_low,ci_high,status\n"
            + "00139,Bồ Đề,ward,Long Biên,426,217,209,103.82775119617224,85.46715361735798,126.15587898524625,ok\n"
            + ",\"Total; all\",total,,426,217,209,103.85,85.0,126.25,ok\n"

        @Test func vietnameseExcelGetsAMarkSemicolonsDecimalCommasAndZerosKept() {
            let excel = ExcelCSV.converting(csv, language: .vi)
            #expect(excel.hasPrefix("\u{FEFF}Mã;Tên;Cấp;Thuộc;Số trẻ sinh;Trai;Gái;TSGTKS;KTC dưới;KTC trên;Đánh giá\r\n"))
            let lines = excel.components(separatedBy: "\r\n")
            #expect(lines[1] == "=\"00139\";Bồ Đề;ward;Long Biên;426;217;209;103,8;85,5;126,2;ok")
            // Rounded half away from zero as the table shows them; a cell holding ; is quoted.
            #expect(lines[2] == ";\"Total; all\";total;;426;217;209;103,9;85,0;126,3;ok")
        }

        @Test func englishExcelKeepsTheDecimalPointAndEnglishTitles() {
            let lines = ExcelCSV.converting(csv, language: .en).components(separatedBy: "\r\n")
            #expect(lines[0] == "\u{FEFF}Code;Name;Level;Part of;Births;Boys;Girls;SRB;CI low;CI high;Status")
            #expect(lines[1].hasSuffix(";103.8;85.5;126.2;ok"))
        }

        @Test func parseReadsQuotedCellsWithCommasQuotesAndLineBreaks() {
            #expect(ExcelCSV.parse("a,\"b,c\",\"d \"\"e\"\"\nf\"\n1,,2\n") == [["a", "b,c", "d \"e\"\nf"], ["1", "", "2"]])
        }
    }
}
