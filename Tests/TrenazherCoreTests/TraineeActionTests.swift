import Testing
@testable import TrenazherCore

@Suite struct TraineeActionTests {
    @Test func parsesNameAndArgument() {
        let action = TraineeAction(line: "  /Lookup  ПР-1147 ")
        #expect(action == TraineeAction(name: "lookup", argument: "ПР-1147"))
    }

    @Test func plainSpeechIsNoAction() {
        #expect(TraineeAction(line: "Добрий день") == nil)
        #expect(TraineeAction(line: "/") == nil)
    }
}
