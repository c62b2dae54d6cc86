import Foundation
import Testing
@testable import TrenazherCore

/// The shorter format: flags (`sets`, `if`, `unless`), reactions that combine in one turn,
/// transitions shared by every node (`anywhere`), blocks (`use`) and grouped expectations.
@Suite struct DialogueMemoryTests {
    static let scenario = """
    id: memory-fixture
    title: Без світла
    channel: visit
    clock: "10:00"
    persona:
      name: Ткачук Василь Степанович
      address_as: Василь Степанович
    facts:
      full_name: Ткачук Василь Степанович
      address: с. Світязь, вул. Озерна, 21
    standards: [GEN-FORMAL, VIS-GREET, VIS-FAREWELL]
    use: [identification, today]
    intents:
      explains_cause: [планов* ремонт*]
      tells_restore: [до 18*]
    opening: Чому немає світла?
    anywhere:
      - when: farewell
        unless: [cause_told]
        say: А чому вимкнули — так і не сказали.
        go: end
      - when: farewell
        say: До побачення.
        go: end
    nodes:
      start:
        on:
          - when: explains_cause
            unless: [restore_told]
            say: Планові, кажете? А коли дадуть?
            sets: [cause_told]
          - when: tells_restore
            unless: [cause_told]
            say: До вечора? А чому вимкнули?
            sets: [restore_told]
          - when: explains_cause
            if: [restore_told]
            say: Ремонт, значить. Зрозуміло.
            sets: [cause_told]
            go: done
          - when: tells_restore
            if: [cause_told]
            say: До вечора — добре.
            go: done
      done:
        on:
          - when: more_questions
            say: Ні, дякую.
      end:
        end: true
    examples:
      - name: причина, потім час
        transcript: |
          Добрий день, слухаю Вас.
          Це планові ремонтні роботи.
          Світло буде до 18:00.
          До побачення!
        expect: {met: [VIS-GREET, VIS-FAREWELL], not_applicable: [HOT-ID]}
    """

    static func load(_ text: String) -> (Scenario?, [Diagnostic]) {
        ScenarioLibrary.load(text: text, file: "memory.yaml", content: Fixtures.content)
    }

    static func play(_ scenario: Scenario, _ lines: [String]) -> DialogueState {
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        for line in lines { _ = engine.advance(&state, TraineeInput(text: line)) }
        return state
    }

    static func customerLines(_ state: DialogueState) -> [String] { state.turns.filter { $0.speaker == .customer }.map(\.text) }

    @Test func flagsRememberWhatWasSaidInEitherOrder() throws {
        let (loaded, diagnostics) = Self.load(Self.scenario)
        let scenario = try #require(loaded, "\(diagnostics)")
        let causeFirst = Self.play(scenario, ["Добрий день.", "Це планові ремонтні роботи.", "Світло буде до 18:00."])
        #expect(causeFirst.node == "done")
        #expect(causeFirst.flags.contains("cause_told"))
        #expect(Self.customerLines(causeFirst).last == "До вечора — добре.")
        let restoreFirst = Self.play(scenario, ["Добрий день.", "Світло буде до 18:00.", "Це планові ремонтні роботи."])
        #expect(restoreFirst.node == "done")
        #expect(Self.customerLines(restoreFirst).last == "Ремонт, значить. Зрозуміло.")
    }

    @Test func aTurnThatDoesTwoThingsGetsBothReactionsAndOneMove() throws {
        let text = Self.scenario.replacingOccurrences(
            of: "  done:\n    on:\n",
            with: "  done:\n    on:\n      - when: apologises\n        say: Та нічого.\n      - when: offers_service\n        say: Цікаво.\n        go: start\n")
        #expect(text != Self.scenario)
        let scenario = try #require(Self.load(text).0)
        let state = Self.play(scenario, ["Добрий день.", "Це планові ремонтні роботи.", "До 18:00.", "Перепрошую за незручності. Чи є у Вас ще питання?"])
        #expect(state.node == "done")
        #expect(Self.customerLines(state).last == "Та нічого. Ні, дякую.")
    }

    @Test func sharedTransitionsReactInEveryNodeAndAreCountedOnce() throws {
        let scenario = try #require(Self.load(Self.scenario).0)
        let early = Self.play(scenario, ["Добрий день.", "До побачення!"])
        #expect(early.ended)
        #expect(Self.customerLines(early).last == "А чому вимкнули — так і не сказали.")
        let late = Self.play(scenario, ["Добрий день.", "Це планові ремонтні роботи.", "До 18:00.", "До побачення!"])
        #expect(Self.customerLines(late).last == "До побачення.")
        #expect(late.fired.contains(FiredTransition(node: FiredTransition.anywhereNode, index: 1)))
        let graph = DialogueGraph(scenario: scenario)
        #expect(graph.transitions.filter { $0.node == FiredTransition.anywhereNode }.count == 2)
        #expect(graph.dot(english: false).contains("будь-який вузол"))
    }

    @Test func blocksGiveTheStandardAnswersAndTheTodayClaim() throws {
        let scenario = try #require(Self.load(Self.scenario).0)
        #expect(scenario.uses == ["identification", "today"])
        let asks = Set(scenario.answers.map(\.intent))
        #expect(asks.isSuperset(of: ["asks_name", "asks_full_name", "asks_address"]))
        #expect(!asks.contains("asks_account"), "no account fact, so no answer that would say {account}")
        #expect(scenario.answers.first { $0.intent == "asks_name" }?.say == "{address_as}.")
        #expect(scenario.fill("{address_as}", trainee: "Олена") == "Василь Степанович")
        #expect(scenario.claims.contains { $0.accept == ["25.11.2026"] })
        let own = Self.scenario.replacingOccurrences(of: "opening:", with: "answers:\n  asks_name: {say: \"Василь я.\", gives: [name]}\nopening:")
        let overridden = try #require(Self.load(own).0)
        #expect(overridden.answers.filter { $0.intent == "asks_name" }.map(\.say) == ["Василь я."])
    }

    @Test func groupedExpectationsAreRead() throws {
        let scenario = try #require(Self.load(Self.scenario).0)
        #expect(scenario.examples[0].expect == ["VIS-GREET": .met, "VIS-FAREWELL": .met, "HOT-ID": .notApplicable])
        let all = try #require(Self.load(Self.scenario.replacingOccurrences(of: "expect: {met: [VIS-GREET, VIS-FAREWELL]", with: "expect: {met: all")).0)
        #expect(all.examples[0].expect == ["GEN-FORMAL": .met, "VIS-GREET": .met, "VIS-FAREWELL": .met, "HOT-ID": .notApplicable])
        let outcomes = ExampleRunner.run(scenario, content: Fixtures.content)
        let mismatches = outcomes.flatMap(\.mismatches)
        #expect(outcomes.count == 1)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: [
        ("        if: [restore_told]", "        if: [restor_told]", "if: [restor_told]", "прапорець 'restor_told' ніде не ставиться"),
        ("        unless: [restore_told]", "        unless: [rstore]", "unless: [rstore]", "прапорець 'rstore' ніде не ставиться"),
        ("use: [identification, today]", "use: [identfication]", "use: [identfication]", "невідомий блок 'identfication'"),
        ("        sets: [restore_told]", "        sets: [identified]", "sets: [identified]", "прапорець 'identified' ставить сам рушій"),
        ("expect: {met: [VIS-GREET", "expect: {met: [VIS-GRET", "expect: {met: [VIS-GRET", "невідомий Стандарт 'VIS-GRET'"),
        ("not_applicable: [HOT-ID]", "not_applicable: [HOT-ID, VIS-GREET]", "not_applicable: [HOT-ID, VIS-GREET]", "VIS-GREET двічі"),
        ("      - when: more_questions\n        say: Ні, дякую.", "      - action: callback\n        say: Ні, дякую.", "say: Ні, дякую.", "не може мати 'say'"),
    ])
    func mistakesAreReportedAtTheirLine(original: String, planted: String, at: String, message: String) throws {
        let text = Self.scenario.replacingOccurrences(of: original, with: planted)
        #expect(text != Self.scenario)
        let (scenario, diagnostics) = Self.load(text)
        #expect(scenario == nil)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(at) }.map { $0 + 1 }
        let found = diagnostics.first { $0.ukrainian.contains(message) }
        #expect(found != nil, "\(diagnostics.map(\.description))")
        #expect(found?.line == line)
    }

    @Test func aSharedTransitionAlwaysPreemptedIsReported() throws {
        let text = Self.scenario.replacingOccurrences(
            of: "    say: До побачення.\n    go: end\n",
            with: "    say: До побачення.\n    go: end\n  - when: [farewell, thanks]\n    say: Дякую і Вам.\n    go: end\n")
        #expect(text != Self.scenario)
        let (_, diagnostics) = Self.load(text)
        #expect(diagnostics.contains { $0.ukrainian.contains("ніколи не спрацює") }, "\(diagnostics)")
    }

    @Test func aSilentActionGetsNoReactionUntilSaidAloud() throws {
        let scenario = Fixtures.scenario("phone-callback")
        let transcript = """
        Добрий день! Центр обслуговування клієнтів, мене звати Олена. Чим можу допомогти?
        /callback 27.11 10:00
        Я передзвоню Вам у п'ятницю, 27 листопада, о 10:00.
        """
        let inputs = try TranscriptParser.parse(transcript, file: "test", channel: scenario.channel, limits: Fixtures.content.scoring.inputLimits)
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        _ = engine.advance(&state, inputs[0])
        let silent = engine.advance(&state, inputs[1]).newTurns
        #expect(!silent.contains { $0.speaker == .customer }, "\(silent.map(\.text))")
        #expect(state.flags.contains("/callback"))
        let aloud = engine.advance(&state, inputs[2]).newTurns
        #expect(aloud.last?.speaker == .customer)
        #expect(aloud.last?.text.contains("чекатиму") == true)
    }

    @Test func aHoldRequestNothingAnswersGetsTheContentReplyNotTheFallback() throws {
        let scenario = Fixtures.scenario("hotline-account-no-id")
        #expect(!scenario.nodes.flatMap(\.transitions).contains { $0.when.contains("wait_request") })
        let state = Self.play(scenario, ["Доброго ранку, гаряча лінія, мене звати Олена.", "Хвилинку, будь ласка."])
        let reply = try #require(Fixtures.content.defaultReplies.first { $0.intent == "wait_request" })
        #expect(reply.lines.contains(Self.customerLines(state).last ?? ""))
        #expect(!scenario.fallback.contains(Self.customerLines(state).last ?? ""))
    }
}
