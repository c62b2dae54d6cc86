import Foundation
import Testing
@testable import TrenazherCore

/// The trainers' tools: skeletons, the graph, play-testing, coverage, the node of each turn, and
/// the Content check.
@Suite struct StudioToolsTests {
    static func fixture(_ replacing: String = "", with planted: String = "") -> Scenario? {
        let text = replacing.isEmpty ? ScenarioMistakeTests.valid : ScenarioMistakeTests.valid.replacingOccurrences(of: replacing, with: planted)
        return ScenarioLibrary.load(text: text, file: "m.yaml", content: Fixtures.content).0
    }

    @Test func theGraphMarksEndsFallbackOnlyNodesTheMoodLimitAndTransitionsThatNeverFire() throws {
        let scenario = try #require(Self.fixture())
        let dot = DialogueGraph(scenario: scenario).dot(english: true)
        #expect(dot.hasPrefix("digraph \"mistakes-fixture\" {"))
        #expect(dot.contains("\"end\" [label=\"end\\n(end)\", shape=doublecircle]"))
        #expect(dot.contains("\"·mood\" -> \"manager\" [style=dotted, color=orange]"))
        #expect(dot.contains("\"start\" -> \"informed\" [label=\"1. tells_account_fact\\n«Зрозуміло, дякую.»\"]"))
        // A graph built in code (the checker refuses such files) still draws dead ends and shadowed transitions.
        var broken = scenario
        broken.nodes[1].transitions.append(broken.nodes[1].transitions[0])
        broken.nodes.append(DialogueNode(name: "stuck", say: nil, end: false, transitions: [], location: scenario.nodes[0].location))
        let marked = DialogueGraph(scenario: broken).dot(english: true)
        #expect(marked.contains("(never fires)"))
        #expect(marked.contains("\"stuck\" [label=\"stuck\\n(dead end)\\n(fallback only)\", color=red, fontcolor=red, style=\"rounded,dashed\"]"))
    }

    @Test func exploringIsReproducibleFromASeed() throws {
        let explorer = Explorer(scenario: Fixtures.scenario("hotline-account-no-id"), content: Fixtures.content)
        let first = explorer.run(seed: 42)
        let again = explorer.run(seed: 42)
        #expect(first.inputs == again.inputs)
        #expect(first.result.score == again.result.score)
        #expect(!first.inputs.isEmpty)
    }

    @Test func exploringFindsWhatTheRunsNeverReach() throws {
        // A node only reachable through an intent no line of the pool shows.
        let scenario = try #require(Self.fixture("      - when: more_questions\n        say: Ні, більше нічого.\n        mood: спокійна",
                                                 with: "      - when: [more_questions, apologises, thanks_wait]\n        go: hidden\n  hidden:\n    on:\n      - when: farewell\n        go: end"))
        let report = Explorer(scenario: scenario, content: Fixtures.content).explore(runs: 60, seed: 7)
        #expect(report.unreachedNodes.contains("hidden"))
        #expect(!report.unreachedNodes.contains("informed"))
        #expect(report.unfired.contains(FiredTransition(node: "hidden", index: 0)))
        #expect(report.scores.count == 60)
        let bundled = Explorer(scenario: Fixtures.scenario("hotline-account-no-id"), content: Fixtures.content).explore(runs: 150, seed: 1)
        #expect(bundled.unreachedNodes.isEmpty && bundled.unreachedEndings.isEmpty, "\(bundled.unreachedNodes) \(bundled.unreachedEndings)")
    }

    @Test func exploringAimsAtTransitionsThatNeedFlags() throws {
        // 'informed' is only reachable once the customer is identified, /ticket was taken and two
        // flags were set in order: the explorer plays the lines that set what is missing first.
        let chain = """
                  - when: more_questions
                    unless: [asked]
                    say: Ні, більше нічого.
                    sets: [asked]
                  - when: apologises
                    if: [asked]
                    unless: [sorry]
                    say: Нічого страшного.
                    sets: [sorry]
                  - when: any
                    if: [identified, /ticket, asked, sorry]
                    say: Зрозуміло, дякую.
                    go: informed
            """
        let scenario = try #require(Self.fixture("      - when: tells_account_fact\n        say: Зрозуміло, дякую.\n        go: informed\n",
                                                 with: chain + "\n"))
        let explorer = Explorer(scenario: scenario, content: Fixtures.content)
        let start = try #require(scenario.node("start"))
        let gated = try #require(start.transitions.first { $0.go == "informed" })
        var state = explorer.engine.start()
        var random = SplitMix64(seed: 3)
        var lines: [String] = []
        while state.node == "start", lines.count < 12, let line = explorer.line(toward: gated, in: start, state: state, depth: 0, random: &random) {
            lines.append(line)
            state = explorer.engine.step(state, TraineeInput(text: line)).state
        }
        #expect(state.node == "informed", "\(lines)")
        #expect(lines.contains { $0.hasPrefix("/ticket") })
        let report = explorer.explore(runs: 60, seed: 1)
        #expect(!report.unreachedNodes.contains("informed"), "\(report.unreachedNodes)")
    }

    @Test func coverageNamesTheTransitionsNoExampleFires() throws {
        let scenario = try #require(Self.fixture())
        let coverage = ExampleCoverage(scenario: scenario, outcomes: ExampleRunner.run(scenario, content: Fixtures.content))
        #expect(coverage.unexercised == [FiredTransition(node: "start", index: 1), FiredTransition(node: "manager", index: 0)])
        #expect(coverage.moodLimitReached == false)
        #expect(coverage.verdicts["HOT-ID"] == [.met])
        let text = ExploreRendering.coverage(coverage, english: true)
        #expect(text.contains("line 39: start #2 farewell → end — NOT EXERCISED"), "\(text)")
        #expect(text.contains("4 of 6 transitions exercised"))
    }

    @Test func theReplayJSONNamesTheNodeOfEveryTurn() throws {
        let result = try Fixtures.play("hotline-account-no-id", "Доброго ранку, гаряча лінія, мене звати Олена. Як до Вас звертатися?\nДо побачення!")
        #expect(result.turns.allSatisfy { $0.node != nil })
        let json = AttemptRendering.json(result)
        #expect(json.contains("\"node\":\"start\"") || json.contains("\"node\": \"start\""))
        #expect(result.turns.last?.node == "end")
    }

    @Test func theContentCheckFindsAnIntentExampleThatFails() {
        #expect(ContentCheck.intentExamples(Fixtures.content).isEmpty)
        var content = Fixtures.content
        content.intents["farewell"]?.matchExamples.append("Зараз перевірю Ваш рахунок")
        let problems = ContentCheck.intentExamples(content)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("intent 'farewell' does not match its example «Зараз перевірю Ваш рахунок»") == true)
    }
}
