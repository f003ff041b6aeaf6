import Testing
@testable import SRBKit

extension Reading {
    @Suite struct DelimiterDetectionTests {
        @Test(arguments: [
            ("ward,dob,sex", Delimiter.comma),
            ("Phường;Ngày sinh;Giới tính", .semicolon),
            ("ward\tdob\tsex", .tab),
            ("ward|dob|sex", .pipe),
            ("ward", .comma),
            ("", .comma),
            ("a,b;c;d", .semicolon),
            ("a,b;c", .comma),
            ("\"a;b;c\",d", .comma),
            ("\"Phường, xã\";\"Ngày sinh\";x", .semicolon),
            ("ward,dob\nx;y;z;w", .comma),
            ("ward;dob\r\nx,y,z,w", .semicolon),
        ])
        func mostFrequentOutsideQuotesOnTheFirstLine(header: String, expected: Delimiter) {
            #expect(Delimiter.detect(headerLine: Array(header.utf8)) == expected)
        }

        @Test(arguments: [(",", Delimiter.comma), ("comma", .comma), (";", .semicolon), ("semicolon", .semicolon),
                          ("tab", .tab), ("\t", .tab), ("|", .pipe), ("pipe", .pipe)])
        func optionSpellings(spelling: String, expected: Delimiter) {
            #expect(Delimiter(spelling: spelling) == expected)
        }

        @Test(arguments: ["", ":", ",,", " ", "colon"])
        func otherOptionSpellingsAreRejected(spelling: String) {
            #expect(Delimiter(spelling: spelling) == nil)
        }
    }
}
