import Foundation
import Testing

/// SPEC `--date-order auto` "says on standard error which order it chose",
/// for files and for standard input alike; an explicit order says nothing.
@Suite struct DateOrderCommandTests {
    static let dayFirst = "ward,date,sex\nA,13/05/2024,m\nA,04/02/2024,f\n"
    /// Only month first reads 03/15 and 04/20; 05/01 could be either.
    static let monthFirst = "ward,date,sex\nA,03/15/2024,m\nA,04/20/2024,f\nA,05/01/2024,m\n"

    static func dayFirstLine(_ file: String) -> String {
        "srb: info: \(file): dates are read day first (dmy, DD/MM/YYYY): line 2 has '13/05/2024'\n"
    }

    static func monthFirstLine(_ file: String) -> String {
        "srb: warning: \(file): dates are read month first (mdy, MM/DD/YYYY): line 2 has '03/15/2024' and no date has a day above 12 first; to read them day first, use --date-order dmy\n"
    }

    @Test func dayFirstFileSaysSoAsInformation() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write(Self.dayFirst, named: "dmy.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", file])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == Self.dayFirstLine(file) + "2 rows read from \(file): 2 used, 0 outside 2024, 0 rejected\n")
    }

    @Test func dayFirstLineIsTranslated() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write(Self.dayFirst, named: "dmy.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", file, "--lang", "vi"])
        #expect(outcome.standardError.hasPrefix(
            "srb: info: \(file): ngày được đọc theo kiểu ngày trước (dmy, DD/MM/YYYY): dòng 2 có '13/05/2024'\n"))
    }

    @Test func quietSaysNothingOfTheOrder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write(Self.dayFirst, named: "dmy.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", "--quiet", file])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
    }

    @Test(arguments: ["dmy", "mdy", "ymd"])
    func anExplicitOrderSaysNothingOfTheOrder(order: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write(Self.dayFirst, named: "dmy.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", "--date-order", order, file])
        #expect(!outcome.standardError.contains("dates are read"))
        #expect(!outcome.standardError.contains("srb: info:"))
    }

    @Test func isoDatesSayNothingOfTheOrder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write("ward,date,sex\nA,2024-05-13,m\n", named: "iso.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", file])
        #expect(outcome.standardError == "1 row read from \(file): 1 used, 0 outside 2024, 0 rejected\n")
    }

    @Test func eachFileSaysItsOwnOrder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let first = try BinaryRunner.write(Self.dayFirst, named: "dmy.csv", in: folder)
        let second = try BinaryRunner.write(Self.monthFirst, named: "mdy.csv", in: folder)
        let outcome = try BinaryRunner.run(["report", first, second])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == Self.dayFirstLine(first) + Self.monthFirstLine(second)
                + "5 rows read from 2 files: 5 used, 0 outside 2024, 0 rejected\n")
    }

    @Test func standardInputDecidesLikeAFile() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = try BinaryRunner.write(Self.monthFirst, named: "mdy.csv", in: folder)
        let fromFile = try BinaryRunner.run(["report", "--format", "json", file])
        let fromInput = try BinaryRunner.run(["report", "--format", "json", "-"], input: Self.monthFirst)
        #expect(fromInput.status == 0)
        #expect(fromInput.standardError == Self.monthFirstLine("-") + "3 rows read from -: 3 used, 0 outside 2024, 0 rejected\n")
        #expect(fromFile.standardError == Self.monthFirstLine(file) + "3 rows read from \(file): 3 used, 0 outside 2024, 0 rejected\n")
        let input = try #require(try BinaryRunner.json(fromInput)["input"] as? [String: Any])
        #expect(input["rows_used"] as? Int == 3)
        #expect(input["rows_rejected"] as? Int == 0)
        // The same numbers; only the file's name differs.
        #expect(fromInput.standardOutput == fromFile.standardOutput.replacingOccurrences(of: "\"\(file)\"", with: "\"-\""))
    }

    @Test func standardInputSaysDayFirst() throws {
        let outcome = try BinaryRunner.run(["report", "-"], input: Self.dayFirst)
        #expect(outcome.standardError.hasPrefix(Self.dayFirstLine("-")))
    }
}
