import Testing
import SRBKit
@testable import srb

/// `--help` in both languages, from the same text tables as every message.
@Suite struct HelpTranslationTests {
    @Test func everyCommandAndOptionHasHelpInBothLanguages() {
        for command in CommandList.all {
            for language in Language.allCases {
                let text = Localizer(language)
                #expect(!text(command.summary).isEmpty)
                for option in command.options { #expect(!text(option.summary).isEmpty, "\(command.name) \(option.name)") }
            }
            // Each option is declared once per command.
            #expect(Set(command.options.map(\.name)).count == command.options.count, "\(command.name)")
        }
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
