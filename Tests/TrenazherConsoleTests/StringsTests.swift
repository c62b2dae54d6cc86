import Foundation
import Testing
import TrenazherCore
@testable import TrenazherConsole

struct StringsTests {
    /// When an attempt began is shown in Kyiv time whatever the machine's time zone: 23:58 UTC on 6 December is
    /// 01:58 on the 7th in Kyiv (winter, UTC+2), 21:30 UTC on 1 July is 00:30 on the 2nd (summer, UTC+3).
    @Test func anAttemptsStartIsShownInKyivTime() throws {
        let winter = try Date("2026-12-06T23:58:00Z", strategy: .iso8601)
        #expect(DateText.moment(winter) == "07.12 01:58")
        let summer = try Date("2026-07-01T21:30:00Z", strategy: .iso8601)
        #expect(DateText.moment(summer) == "02.07 00:30")
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func everyTableListsTheSameCommands(_ language: InterfaceLanguage) {
        let commands = language.strings.helpLines.map { $0.command.split(separator: " ")[0] }
        let ukrainian = InterfaceLanguage.uk.strings.helpLines.map { $0.command.split(separator: " ")[0] }
        #expect(commands == ukrainian)
    }

    @Test func tablesDiffer() {
        #expect(InterfaceLanguage.uk.strings.traineePrompt != InterfaceLanguage.en.strings.traineePrompt)
        #expect(InterfaceLanguage.uk.strings.channelName(.hotline) == "гаряча лінія")
        #expect(InterfaceLanguage.en.strings.verdictName(.notApplicable) == "not applicable")
    }
}
