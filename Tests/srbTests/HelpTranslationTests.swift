import Testing
@testable import srb

/// `--help` in both languages: every English help text has its Vietnamese
/// entry, and the catalogue holds no entry that is no longer used.
@Suite struct HelpTranslationTests {
    static let commandSpecs = [ReportCommand.specs, CheckCommand.specs, ProgressCommand.specs, PlanCommand.specs,
                               ValidateCommand.specs, GenerateCommand.specs]

    static var englishTexts: Set<String> {
        Set(Help.fixedTexts + Help.commands.map(\.summary) + commandSpecs.flatMap { $0.map(\.summary) })
    }

    @Test func everyHelpTextHasAVietnameseEntry() {
        let missing = Self.englishTexts.subtracting(HelpVietnamese.table.keys)
        #expect(missing.isEmpty, "no Vietnamese for: \(missing.sorted())")
    }

    @Test func theCatalogueHoldsNoStaleEntry() {
        let stale = Set(HelpVietnamese.table.keys).subtracting(Self.englishTexts)
        #expect(stale.isEmpty, "not used: \(stale.sorted())")
    }

    @Test(arguments: ["report", "check", "progress", "plan", "validate", "generate"])
    func commandHelpIsVietnameseWithLangOrLocale(command: String) throws {
        let byOption = try BinaryRunner.run([command, "--help", "--lang", "vi"])
        #expect(byOption.status == 0)
        #expect(byOption.standardOutput.contains("Cách dùng: srb \(command)"))
        #expect(byOption.standardOutput.contains("hiện hướng dẫn này"))
        #expect(!byOption.standardOutput.contains("show this help"))
        let byLocale = try BinaryRunner.run([command, "--help"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(byLocale.standardOutput == byOption.standardOutput)
        let english = try BinaryRunner.run([command, "--help"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.standardOutput.contains("Usage: srb \(command)"))
    }

    @Test func overviewIsVietnamese() throws {
        let outcome = try BinaryRunner.run(["--help"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(outcome.standardOutput.contains("Lệnh:"))
        #expect(outcome.standardOutput.contains("Mã thoát:"))
    }
}
