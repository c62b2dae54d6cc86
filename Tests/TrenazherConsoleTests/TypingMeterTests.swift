import Testing
import TrenazherConsole
import TrenazherCore

/// Keys typed one by one are typing; a run of keys arriving together is pasted text.
struct TypingMeterTests {
    private func keys(_ times: [Double], printable: Bool = true) -> [TypingMeter.Key] {
        times.map { TypingMeter.Key(time: $0, printable: printable) }
    }

    @Test func keysTypedByAPersonAreNotPasted() {
        let typed = keys((0..<30).map { 10 + Double($0) * 0.09 })
        let evidence = TypingMeter.evidence(promptAt: 8, keys: typed, endedAt: 13)
        #expect(evidence == TypingEvidence(firstKeySeconds: 2, typingSeconds: 3, keysTyped: 30, pastedCharacters: 0))
    }

    @Test func textArrivingAtOnceIsPasted() {
        let pasted = keys([10] + (0..<40).map { 12 + Double($0) * 0.0001 })
        let evidence = TypingMeter.evidence(promptAt: 9.5, keys: pasted, endedAt: 12.01)
        #expect(evidence.pastedCharacters == 40)
        #expect(evidence.keysTyped == 41)
        #expect(evidence.firstKeySeconds == 0.5)
    }

    @Test func twoOrThreeKeysTogetherAreNotAPaste() {
        let rollover = keys([10, 10.005, 10.2, 10.204, 10.207, 10.5])
        #expect(TypingMeter.evidence(promptAt: 9, keys: rollover, endedAt: 11).pastedCharacters == 0)
    }

    @Test func anArrowKeyIsNotAPaste() {
        let arrows = keys([10, 10.0001, 10.0002, 10.0003, 10.0004, 10.0005], printable: false)
        #expect(TypingMeter.evidence(promptAt: 9, keys: arrows, endedAt: 11).pastedCharacters == 0)
    }

    @Test func noKeysAtAllIsRecordedAsSuch() {
        #expect(TypingMeter.evidence(promptAt: 1, keys: [], endedAt: 2) == TypingEvidence(firstKeySeconds: 0, typingSeconds: 0,
                                                                                          keysTyped: 0, pastedCharacters: 0))
    }
}
