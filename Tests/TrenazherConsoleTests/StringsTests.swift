import Testing
import TrenazherCore
@testable import TrenazherConsole

struct StringsTests {
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
