/// Automatic play-testing: drives the dialogue engine with trainee turns drawn from the intents'
/// examples and the scenario's own example transcripts, and reports what the runs never reached.
/// Run `i` of an exploration with seed `S` uses seed `S + i`, so any run replays on its own.
public struct Explorer: Sendable {
    public let scenario: Scenario
    public let content: ContentBundle
    /// The longest run, in trainee turns.
    public var maxTurns = 14
    let engine: DialogueEngine
    /// Lines that show each intent (intent examples and example-transcript lines).
    let linesByIntent: [String: [String]]
    /// Every candidate line.
    let pool: [String]
    /// First lines of the example transcripts (openings).
    let openings: [String]
    /// Whole example transcripts (the written channel's one turn).
    let letters: [[TraineeInput]]

    public init(scenario: Scenario, content: ContentBundle, traineeName: String = "Олена") {
        self.scenario = scenario
        self.content = content
        engine = DialogueEngine(scenario: scenario, content: content, traineeName: traineeName)
        var byIntent: [String: [String]] = [:]
        for (name, intent) in content.intents { byIntent[name, default: []] += intent.matchExamples }
        for (name, intent) in scenario.intents { byIntent[name, default: []] += intent.matchExamples }
        var exampleLines: [String] = []
        var firsts: [String] = []
        var letters: [[TraineeInput]] = []
        for example in scenario.examples {
            let text = scenario.fill(example.transcript, trainee: traineeName)
            guard let inputs = try? TranscriptParser.parse(text, file: "", channel: scenario.channel, limits: content.scoring.inputLimits) else { continue }
            letters.append(inputs)
            if let first = inputs.first(where: { $0.action == nil }) { firsts.append(first.text) }
            exampleLines += inputs.map(\.text)
        }
        var seen = Set<String>()
        exampleLines = exampleLines.filter { seen.insert($0).inserted }
        let analyzer = engine.analyzer
        for line in exampleLines where !line.hasPrefix("/") {
            let analysis = analyzer.analyze(line)
            for name in analysis.intents.keys { byIntent[name, default: []].append(line) }
        }
        var actions = ["/hold", "/docs", "/ticket", "/callback 26 листопада 10:00"]
        let lookupFact = scenario.actions["lookup"]?.needs.first.flatMap { scenario.facts[$0] } ?? scenario.facts["account"] ?? ""
        actions.append("/lookup \(lookupFact)")
        linesByIntent = byIntent
        pool = exampleLines + content.intents.values.sorted { $0.name < $1.name }.flatMap(\.matchExamples) + actions
        openings = firsts
        self.letters = letters
    }

    /// One run: what the trainee typed, the final state and the graded result.
    public struct Run: Sendable {
        public var seed: UInt64
        public var inputs: [TraineeInput]
        public var state: DialogueState
        public var result: AttemptResult
    }

    /// Plays one run from its seed.
    public func run(seed: UInt64) -> Run {
        var random = SplitMix64(seed: seed)
        var state = engine.start()
        var inputs: [TraineeInput] = []
        if scenario.channel == .written {
            if !letters.isEmpty, random.next(below: 3) > 0 {
                inputs = letters[random.next(below: letters.count)]
            } else if !pool.isEmpty {
                inputs = [TraineeInput(text: (0..<4).map { _ in pool[random.next(below: pool.count)] }.joined(separator: "\n"))]
            }
            for input in inputs { state = engine.step(state, input).state }
            return Run(seed: seed, inputs: inputs, state: state, result: engine.finish(state))
        }
        while inputs.count < maxTurns, !state.ended {
            let text = nextLine(state: state, turn: inputs.count, random: &random)
            let input = TraineeInput(text: text)
            inputs.append(input)
            state = engine.step(state, input).state
        }
        return Run(seed: seed, inputs: inputs, state: state, result: engine.finish(state))
    }

    func nextLine(state: DialogueState, turn: Int, random: inout SplitMix64) -> String {
        if turn == 0, !openings.isEmpty, random.next(below: 4) > 0 { return openings[random.next(below: openings.count)] }
        let roll = random.next(below: 100)
        if roll < 65, let node = scenario.node(state.node), !node.transitions.isEmpty {
            // A transition whose `unless` flags are set cannot fire again in this run: aim elsewhere.
            let open = node.transitions.filter { !$0.unlessFlags.contains { isSet($0, state) } }
            let choices = open.isEmpty ? node.transitions : open
            let transition = choices[random.next(below: choices.count)]
            if let line = line(toward: transition, in: node, state: state, depth: 0, random: &random) { return line }
        }
        if roll >= 80, roll < 86, let worse = scenario.mood?.worse, !worse.isEmpty,
           let lines = linesByIntent[worse[random.next(below: worse.count)]], !lines.isEmpty {
            return lines[random.next(below: lines.count)]
        }
        if roll < 80 {
            let asked = scenario.answers.filter { !state.answered.contains($0.intent) }
            if !asked.isEmpty, let lines = linesByIntent[asked[random.next(below: asked.count)].intent], !lines.isEmpty {
                return lines[random.next(below: lines.count)]
            }
        }
        return pool.isEmpty ? "Добрий день." : pool[random.next(below: pool.count)]
    }

    /// How deep `line(toward:)` follows flags that set flags.
    static let flagChainDepth = 4

    /// A line that fires `transition` now, or — when a flag its `if:` tests is not set yet — a line
    /// that sets one of those flags first: an action for `/ACTION`, a question the identification
    /// still needs for `identified`, else a transition of the node that `sets` it (followed in turn).
    func line(toward transition: Transition, in node: DialogueNode, state: DialogueState, depth: Int,
              random: inout SplitMix64) -> String? {
        let missing = transition.ifFlags.filter { !isSet($0, state) }
        if !missing.isEmpty {
            guard depth < Self.flagChainDepth else { return nil }
            return line(setting: missing[random.next(below: missing.count)], in: node, state: state, depth: depth + 1, random: &random)
        }
        if let action = transition.action { return actionLine(action) }
        let candidates = transition.when.count == 1 ? linesByIntent[transition.when[0]] ?? []
            : (linesByIntent[transition.when[0]] ?? []).filter { line in transition.when.dropFirst().allSatisfy { (linesByIntent[$0] ?? []).contains(line) } }
        return candidates.isEmpty ? nil : candidates[random.next(below: candidates.count)]
    }

    /// A line that sets `flag` in the current node (see `line(toward:)`).
    func line(setting flag: String, in node: DialogueNode, state: DialogueState, depth: Int, random: inout SplitMix64) -> String? {
        if flag.hasPrefix("/") { return actionLine(String(flag.dropFirst())) }
        if flag == ScenarioLoader.identifiedFlag {
            guard let identification = scenario.identification else { return nil }
            let needed = Set(identification.all + identification.any).subtracting(state.disclosed)
            let questions = scenario.answers.filter { !Set($0.gives).isDisjoint(with: needed) && !(linesByIntent[$0.intent] ?? []).isEmpty }
            guard !questions.isEmpty, let lines = linesByIntent[questions[random.next(below: questions.count)].intent] else { return nil }
            return lines[random.next(below: lines.count)]
        }
        let setters = node.transitions.filter { $0.sets.contains(flag) && !$0.unlessFlags.contains { isSet($0, state) } }
        guard !setters.isEmpty else { return nil }
        return line(toward: setters[random.next(below: setters.count)], in: node, state: state, depth: depth, random: &random)
    }

    /// The trainee's line for an action (with the argument the example transcripts give it).
    func actionLine(_ action: String) -> String { pool.first { $0.hasPrefix("/\(action)") } ?? "/\(action)" }

    /// Whether a flag is set in `state`, as the engine tests `if:` and `unless:`.
    func isSet(_ flag: String, _ state: DialogueState) -> Bool {
        flag == ScenarioLoader.identifiedFlag ? state.identified : state.flags.contains(flag)
    }

    /// What many runs found.
    public struct Report: Sendable {
        public var runs: Int
        public var seed: UInt64
        /// Nodes and end nodes no run entered.
        public var unreachedNodes: [String]
        public var unreachedEndings: [String]
        /// Transitions no run fired.
        public var unfired: [FiredTransition]
        /// Runs that hit the turn limit without reaching an end: (seed, node they were in).
        public var unfinished: [(seed: UInt64, node: String)]
        /// Nodes from which no end node can be reached at all.
        public var trapNodes: [String]
        /// Customer lines said more than once in one run: line, runs it repeated in, first seed.
        public var repeatedLines: [(line: String, runs: Int, seed: UInt64)]
        /// Score → runs.
        public var scores: [Int]
        public var passedRuns: Int
    }

    /// Plays `runs` runs from `seed` and reports.
    public func explore(runs: Int, seed: UInt64) -> Report {
        var entered = Set<String>([scenario.startNode])
        var fired = Set<FiredTransition>()
        var unfinished: [(UInt64, String)] = []
        var repeats: [String: (runs: Int, seed: UInt64)] = [:]
        var scores: [Int] = []
        var passed = 0
        for index in 0..<max(0, runs) {
            let runSeed = seed &+ UInt64(index)
            let run = run(seed: runSeed)
            for item in run.state.fired {
                fired.insert(item)
                if item.index != nil, let target = scenario.transition(for: item)?.go { entered.insert(target) }
                if item.index == nil, let target = scenario.mood?.onLimit { entered.insert(target) }
            }
            if !run.state.ended, scenario.channel != .written { unfinished.append((runSeed, run.state.node)) }
            var counts: [String: Int] = [:]
            for turn in run.state.turns where turn.speaker == .customer { counts[turn.text, default: 0] += 1 }
            for (line, count) in counts where count > 1 && !scenario.fallback.contains(line) {
                let previous = repeats[line]
                repeats[line] = ((previous?.runs ?? 0) + 1, previous?.seed ?? runSeed)
            }
            scores.append(run.result.score)
            if run.result.passed { passed += 1 }
        }
        let graph = DialogueGraph(scenario: scenario)
        return Report(
            runs: runs, seed: seed,
            unreachedNodes: scenario.nodes.filter { !$0.end && !entered.contains($0.name) }.map(\.name),
            unreachedEndings: scenario.nodes.filter { $0.end && !entered.contains($0.name) }.map(\.name),
            unfired: graph.transitions.filter { !fired.contains($0) },
            unfinished: unfinished, trapNodes: trapNodes(),
            repeatedLines: repeats.map { ($0.key, $0.value.runs, $0.value.seed) }.sorted { $0.runs > $1.runs || ($0.runs == $1.runs && $0.line < $1.line) },
            scores: scores, passedRuns: passed)
    }

    /// Nodes from which no end node is reachable (a conversation there can never finish).
    func trapNodes() -> [String] {
        var canEnd = Set(scenario.nodes.filter(\.end).map(\.name))
        var changed = true
        while changed {
            changed = false
            for node in scenario.nodes where !canEnd.contains(node.name) {
                if node.transitions.contains(where: { $0.go.map(canEnd.contains) ?? false }) {
                    canEnd.insert(node.name)
                    changed = true
                }
            }
        }
        return scenario.nodes.filter { !canEnd.contains($0.name) }.map(\.name)
    }
}

/// A small deterministic random generator (SplitMix64): the same seed gives the same run on every
/// machine, unlike the system generator.
public struct SplitMix64: Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }
}
