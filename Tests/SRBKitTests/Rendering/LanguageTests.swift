import Testing
@testable import SRBKit

extension RenderingTests {
    /// `--lang` default (SPEC): `vi` when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first
    /// one set) starts with `vi`, else `en`.
    @Suite struct LanguageTests {
        @Test(arguments: [
            ([String: String](), Language.en),
            (["LANG": "vi_VN.UTF-8"], .vi),
            (["LANG": "vi"], .vi),
            (["LANG": "C"], .en),
            (["LANG": "en_US.UTF-8"], .en),
            (["LC_ALL": "C", "LANG": "vi_VN.UTF-8"], .en),
            (["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], .vi),
            (["LC_ALL": "", "LANG": "vi_VN.UTF-8"], .vi),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"], .vi),
            (["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], .vi),
            (["LC_MESSAGES": "C", "LANG": "vi_VN.UTF-8"], .en),
            (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"], .en),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""], .en),
            (["LC_CTYPE": "vi_VN.UTF-8"], .en),
        ])
        func languageFromEnvironment(environment: [String: String], expected: Language) {
            #expect(Language.fromEnvironment(environment) == expected)
        }
    }
}
