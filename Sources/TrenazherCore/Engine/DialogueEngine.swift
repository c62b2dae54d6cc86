/// The pure dialogue state machine: scenario + state + one trainee turn or action → the customer's
/// reply, the findings and the new state. No I/O; the same inputs always give the same outputs.
public struct DialogueEngine: Sendable {
    public let scenario: Scenario
    public let content: ContentBundle
    public let traineeName: String
    public let analyzer: TurnAnalyzer
    public let grader: Grader
    /// How the customer's mood moves: the scenario's own `mood:` section merged with the defaults of
    /// `Content/mood.yaml` (`MoodRules.merged`), else those defaults starting from the persona's mood;
    /// `nil` when neither applies.
    public let moodRules: MoodRules?
    let software: SimulatedSoftware
    /// The outcome goals the dialogue's conditions test as flags; `nil` when none is tested.
    let toldGoals: ToldGoals?
    /// The judge of the customer's outcome, made at the first conversation judged (`KeptOutcomeJudge`).
    let keptOutcomeJudge: KeptOutcomeJudge

    /// Judges the customer's outcome of this engine's conversations (`OutcomeJudge`): made once per engine, when
    /// first asked for, and shared by every conversation played on it.
    public var outcomeJudge: OutcomeJudge { keptOutcomeJudge.judge }

    /// `english`: the simulated software's own words (`Content/software.yaml`) in English; the
    /// scenario's texts and the customer's words are as written.
    public init(scenario: Scenario, content: ContentBundle, traineeName: String, english: Bool = false) {
        self.scenario = scenario
        self.content = content
        self.traineeName = traineeName
        analyzer = TurnAnalyzer(scenario: scenario, content: content, traineeName: traineeName)
        grader = Grader(analyzer: analyzer)
        moodRules = scenario.mood?.merged(with: content.moodDefaults) ?? content.moodDefaults?.rules(startingFrom: scenario.persona.mood)
        toldGoals = ToldGoals(analyzer: analyzer)
        keptOutcomeJudge = KeptOutcomeJudge(analyzer: analyzer)
        software = SimulatedSoftware(scenario: scenario, traineeName: traineeName, knowledge: KnowledgeBase(scenario: scenario, content: content),
                                     replies: content.softwareReplies, numbering: content.requestNumbering.adding(scenario.requestKinds), english: english,
                                     morphology: content.reading.morphology)
    }

    /// The state before the trainee's first turn (written channel: the appeal is already there).
    public func start() -> DialogueState {
        var state = DialogueState(node: scenario.startNode, clockSeconds: scenario.clockMinutes * 60)
        if let mood = moodRules {
            state.moodIndex = mood.scale.firstIndex(of: mood.start) ?? 0
        }
        state.mood = scenario.mood?.start ?? scenario.persona.mood
        if !scenario.channel.traineeSpeaksFirst, let opening = scenario.opening {
            state.turns.append(TurnRecord(index: 1, speaker: .customer, text: fill(opening), clock: state.clock))
            state.openingSaid = true
        }
        return state
    }

    /// Plays one trainee turn or action.
    public func step(_ previous: DialogueState, _ input: TraineeInput) -> DialogueStep {
        var state = previous
        let played = advance(&state, input)
        return DialogueStep(state: state, newTurns: played.newTurns, waitedSeconds: played.waitedSeconds)
    }

    /// Plays one trainee turn or action on `state` in place: the cost does not depend on how many
    /// turns came before (no copy of the conversation, only the new turn is graded).
    public func advance(_ state: inout DialogueState, _ input: TraineeInput) -> (newTurns: [TurnRecord], waitedSeconds: Int) {
        state.inputs.append(input)
        let index = state.turns.count + 1
        let action = input.action
        state.advanceClock(by: input.seconds ?? estimatedSeconds(input.text))
        var trainee = TurnRecord(index: index, speaker: .trainee, text: input.text, action: action?.name, seconds: input.seconds,
                                 interrupted: input.interrupted, ignored: state.ended, clock: state.clock)
        trainee.node = state.node
        guard !state.ended else {
            state.turns.append(trainee)
            return ([trainee], 0)
        }

        var replies: [TurnRecord] = []
        var customerLines: [String] = []
        var waited = 0
        var played = PlayedTurn(index: index, input: input, analysis: nil, action: action, actionSeconds: 0,
                                identifiedBefore: state.identified, disclosedBefore: state.disclosed)
        if let action {
            guard let result = software.perform(action, state: &state) else {
                trainee.ignored = true
                state.turns.append(trainee)
                return ([trainee], 0)
            }
            played.actionSeconds = result.seconds
            state.toldNow = toldGoals?.told(by: played).subtracting(state.flags) ?? []
            waited = result.seconds
            state.advanceClock(by: Double(result.seconds))
            replies.append(TurnRecord(index: index + 1, speaker: .system, text: result.text, action: action.name, clock: state.clock))
            if let node = currentNode(state),
               let position = node.transitions.firstIndex(where: { $0.action == action.name && holds($0, state) }) {
                state.fired.append(record(node, position))
                customerLines += take(node.transitions[position], in: &state)
            }
            state.flags.insert("/" + action.name)
        } else {
            let analysis = analysis(of: input, opening: !state.played.contains(where: \.isSpeech))
            // «Ой, я щойно неправильно сказала: …» takes back the trainee's turn just before.
            if analyzer.correctsPreviousTurn(analysis), let previous = state.played.indices.last, state.played[previous].isSpeech {
                state.played[previous].analysis = self.analysis(of: state.played[previous].input,
                                                                opening: !state.played[..<previous].contains(where: \.isSpeech),
                                                                correctedBy: analysis.text)
            }
            played.analysis = analysis
            state.toldNow = toldGoals?.told(by: played).subtracting(state.flags) ?? []
            let answered = answers(to: analysis, state: &state)
            customerLines += answered
            let firstSpeech = !state.openingSaid
            if firstSpeech {
                if let opening = scenario.opening { customerLines.append(fill(opening)) }
                state.openingSaid = true
            } else {
                let reactions = react(to: analysis, state: &state)
                customerLines += answered.isEmpty ? reactions : Self.notRepeating(reactions, lastReply(state))
            }
            if scenario.channel == .written { state.ended = true }
            if customerLines.isEmpty, !state.ended, let reply = content.defaultReplies.first(where: { analysis.shows($0.intent) && !$0.lines.isEmpty }) {
                customerLines.append(fill(reply.lines[state.fallbackIndex % reply.lines.count]))
            } else if customerLines.isEmpty, !state.ended, let known = acknowledgement(of: analysis, state: state) {
                customerLines.append(known)
            } else if customerLines.isEmpty, !state.ended, !scenario.fallback.isEmpty {
                customerLines.append(fill(scenario.fallback[state.fallbackIndex % scenario.fallback.count]))
                state.fallbackIndex += 1
            }
        }
        state.flags.formUnion(state.toldNow)
        state.toldNow = []
        state.identified = isIdentified(state.disclosed)
        state.played.append(played)
        trainee.findings = grader.findings(atNewest: played, progress: &state.grading)
        state.turns.append(trainee)
        if !customerLines.isEmpty {
            let said = Self.sayingOnce(customerLines.joined(separator: " "), content.saidOnce)
            replies.append(TurnRecord(index: index + 1 + replies.count, speaker: .customer, text: said, clock: state.clock))
        }
        for position in replies.indices { replies[position].node = state.node }
        state.turns += replies
        return ([trainee] + replies, waited)
    }

    /// Grades the whole conversation and scores it.
    public func finish(_ state: DialogueState) -> AttemptResult {
        let graded = gradedTurns(state)
        let findings = grader.findings(for: graded, final: true)
        let standards = grader.verdicts(from: findings)
        let outcome = outcomeJudge.judge(graded, mood: state.mood)
        let (score, passed) = content.scoring.score(standards, outcome: outcome)
        var turns = state.turns
        // Each turn's findings in their order, grouped in one pass (not every finding read at every turn).
        var byTurn: [Int: [Finding]] = [:]
        for finding in findings {
            if let turn = finding.turn { byTurn[turn, default: []].append(finding) }
        }
        for position in turns.indices where turns[position].speaker == .trainee {
            turns[position].findings = byTurn[turns[position].index] ?? []
        }
        return AttemptResult(scenarioID: scenario.id, channel: scenario.channel, score: score, passed: passed, standards: standards,
                             turns: turns, graderVersion: GraderVersion.current, finalMood: state.mood, reachedEnd: state.ended,
                             outcome: outcome)
    }

    /// The final verdict of one Standard on the conversation so far, as `finish` would give it (but
    /// without the too-short-to-judge rule, `Grader.verdict(of:for:)`), grading that Standard alone: a
    /// model answer is checked against its own Standard.
    public func verdict(of standardID: String, in state: DialogueState) -> Verdict {
        grader.verdict(of: standardID, for: gradedTurns(state))
    }

    // MARK: - Dialogue mechanics

    /// What the grader sees in a trainee's spoken turn: an answer typed while the customer spoke interrupts.
    func analysis(of input: TraineeInput, opening: Bool, correctedBy correction: AnalyzedText? = nil) -> TurnAnalysis {
        var analysis = analyzer.analyze(input.text, opening: opening, correctedBy: correction)
        if input.interrupted, let first = analysis.text.words.indices.first {
            analysis.intents["interrupts"] = PatternMatch(text: analysis.text, firstWord: first, lastWord: first)
        }
        return analysis
    }

    /// The turns the grader sees: turns after the end and failed actions are never played.
    func gradedTurns(_ state: DialogueState) -> [PlayedTurn] { state.played }

    func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }

    func estimatedSeconds(_ text: String) -> Double {
        max(3, Double(Self.wordRuns(text)) / 2.5)
    }

    /// The runs of characters between white space, counted without cutting the text into words. A text of plain
    /// scalars (`PlainScalars`: each one its own character) is walked scalar by scalar.
    static func wordRuns(_ text: String) -> Int {
        let scalars = text.unicodeScalars
        guard scalars.allSatisfy({ PlainScalars.isPlain($0.value) }) else { return wordRunsByCharacters(text) }
        var words = 0, inWord = false
        for scalar in scalars {
            if PlainScalars.isWhitespace(scalar.value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// `wordRuns` character by character, for any text.
    static func wordRunsByCharacters(_ text: String) -> Int {
        var words = 0, inWord = false
        for character in text {
            if character.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    func currentNode(_ state: DialogueState) -> DialogueNode? { scenario.node(state.node) }

    /// The customer answers questions the turn asked whose facts are not given yet.
    func answers(to analysis: TurnAnalysis, state: inout DialogueState) -> [String] {
        var lines: [String] = []
        for answer in scenario.answers where analysis.shows(answer.intent) {
            let alreadyGiven = answer.gives.isEmpty ? state.answered.contains(answer.intent) : Set(answer.gives).isSubset(of: state.disclosed)
            guard !alreadyGiven else { continue }
            lines.append(fill(answer.say))
            state.disclosed.formUnion(answer.gives)
            state.answered.insert(answer.intent)
        }
        return lines
    }

    /// Mood changes, then the reactions of the current node (`reactions(in:)`).
    func react(to analysis: TurnAnalysis, state: inout DialogueState) -> [String] {
        if let mood = moodRules, let index = state.moodIndex {
            if let cause = mood.worse.first(where: analysis.shows) {
                setMood(min(mood.scale.count - 1, index + 1), of: mood, cause: cause, in: &state)
                for cause in moodSteps(mood.worse, analysis).dropFirst() {
                    setMood(min(mood.scale.count - 1, (state.moodIndex ?? index) + 1), of: mood, cause: cause, in: &state)
                }
                // A turn that angers the customer but also gives them something of `better` (the missing
                // documents named on «ти») makes them angrier without driving them away: only a turn
                // that angers and serves nothing counts toward `limit`.
                if !mood.better.contains(where: analysis.shows) {
                    state.escalations += 1
                    if let limit = mood.limit, state.escalations >= limit, let target = mood.onLimit {
                        state.fired.append(FiredTransition(node: state.node, index: nil))
                        return enter(target, say: nil, state: &state)
                    }
                }
            } else if !Self.misinforms(analysis) {
                for cause in moodSteps(mood.better, analysis) {
                    setMood(max(0, (state.moodIndex ?? index) - 1), of: mood, cause: cause, in: &state)
                }
            }
        }
        guard let node = currentNode(state) else { return [] }
        var visited: Set<String> = [node.name]
        return Self.questionsLast(reactions(in: node, to: analysis, state: &state, visited: &visited).lines)
    }

    /// The steps a turn moves the mood, one reason each, from the intents of `list` (`worse` or `better`)
    /// it shows. A spoken turn moves it one step, for the first of them. A letter is read whole: every
    /// intent of the list it shows is a step, and `answers_question` one step for each question of the
    /// appeal it answers — an exemplary reply (apology, answers to all three questions) calms an indignant
    /// writer, one that only apologises moves her one step.
    func moodSteps(_ list: [String], _ analysis: TurnAnalysis) -> [String] {
        let shown = list.filter(analysis.shows)
        guard scenario.channel == .written else { return Array(shown.prefix(1)) }
        return shown.flatMap { intent in
            intent == Self.answersQuestion ? Array(repeating: intent, count: max(1, analysis.answeredQuestions.count)) : [intent]
        }
    }

    /// The built intent of a reply that answers a question of the appeal (`TurnAnalyzer`).
    static let answersQuestion = "answers_question"

    /// Whether a turn tells the customer something the company's data contradicts or a wrong value
    /// («Так, усе добре, документи приймаю» with documents missing): such a turn calms nobody, whatever
    /// else of `mood.better` it shows (the term of the connection said in the same breath).
    static func misinforms(_ analysis: TurnAnalysis) -> Bool {
        analysis.statements.contains { $0.contradicts || !$0.correct }
    }

    /// A reply that combines several reactions says each of `phrases` (`replies.yaml` `said_once`:
    /// «дякую») once: a later sentence that is only the phrase («Дякую.») is left out, one that
    /// opens («Дякую, до побачення.») or ends («Ні, більше нічого, дякую.») with it loses it.
    static func sayingOnce(_ reply: String, _ phrases: [String]) -> String {
        guard !phrases.isEmpty else { return reply }
        var said = false
        var kept: [String] = []
        for sentence in sentences(of: reply) {
            let lower = sentence.lowercased()
            guard let phrase = phrases.first(where: { Self.contains(lower, phrase: $0) }) else {
                kept.append(sentence)
                continue
            }
            guard said else {
                said = true
                kept.append(sentence)
                continue
            }
            var body = Substring(lower)
            while let last = body.last, endsSentence(last) { body = body.dropLast() }
            if body == phrase { continue }
            if lower.hasPrefix(phrase + ", ") {
                let rest = sentence.dropFirst(phrase.count + 2)
                kept.append(rest.prefix(1).uppercased() + rest.dropFirst())
            } else if let end = sentence.last, endsSentence(end), lower.dropLast().hasSuffix(", " + phrase) {
                kept.append(String(sentence.dropLast(phrase.count + 3)) + String(end))
            } else {
                kept.append(sentence)
            }
        }
        return kept.joined(separator: " ")
    }

    /// Whether `text` (lower case) has `phrase` as whole words. Plain texts (`LiteralSearch`) are searched by
    /// bytes: there a byte match is a character match, and each character is one scalar.
    static func contains(_ text: String, phrase: String) -> Bool {
        if !phrase.isEmpty, LiteralSearch.isPlain(text), LiteralSearch.isPlain(phrase) {
            let bytes = Array(text.utf8), wanted = Array(phrase.utf8)
            var from = 0
            while let offset = LiteralSearch.firstOffset(of: wanted, in: bytes, from: from) {
                let end = offset + wanted.count
                if !isLetter(endingAt: offset, in: bytes), !isLetter(startingAt: end, in: bytes) { return true }
                from = end
            }
            return false
        }
        return containsByCharacters(text, phrase: phrase)
    }

    /// `contains(_:phrase:)` through Foundation's search, by characters.
    static func containsByCharacters(_ text: String, phrase: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: phrase) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    /// Whether the character of plain UTF-8 `bytes` that ends at `offset` is a letter (`false` at the start).
    static func isLetter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self).first?.isLetter ?? false
    }

    /// Whether the character of plain UTF-8 `bytes` that starts at `offset` is a letter (`false` at the end).
    static func isLetter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self).first?.isLetter ?? false
    }

    /// The customer's last line before this turn, if any.
    func lastReply(_ state: DialogueState) -> String? {
        state.turns.last { $0.speaker == .customer }?.text
    }

    /// A reply that answers the trainee's question does not repeat word for word what the customer
    /// said in their previous line (a reminder such as «А, і ще глянь, чи я за квартиру нічого не
    /// винен?» to the very turn that asks the account number to check it).
    static func notRepeating(_ lines: [String], _ previous: String?) -> [String] {
        guard let previous, !previous.isEmpty else { return lines }
        return lines.filter { !previous.contains($0) }
    }

    /// One reply to one turn asks only at its end: a question of a reaction that other reactions of
    /// the same turn follow is dropped (the turn went on to say more — «А що саме мені донести і до
    /// якого часу?» is not asked before «Добре, встигну.» to a turn that named both); a reaction
    /// left with nothing but questions is dropped whole.
    static func questionsLast(_ lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        return lines.dropLast().compactMap(withoutQuestions) + [lines[lines.count - 1]]
    }

    /// The reactions of `node` to a turn: every transition whose intents were all shown and whose
    /// conditions hold, in order, unless `reacts` rules it out or a more specific transition of the
    /// node was shown as well (the general reaction — «А коли ж тоді буде відповідь?» to «не можу
    /// відповісти зараз» — is not for a turn that also named the day). At most one move per node; a
    /// move goes on in the node entered with the same turn, so what the turn said beyond what the
    /// move was waiting for is answered there: a question the move's line asks is dropped when the
    /// node entered reacts (the turn already answered it), and the old node's later reactions on
    /// intents the new node reacted to give way to it. `reacted`: the intents of the transitions that fired.
    /// `consumed`: the intents of the move that entered this node with the same turn — a transition
    /// waiting for nothing more than they (the move's own intent again: «Так-так, я записав.» after
    /// «Ага, записав, дякую.») does not react, so it cannot drop the move's question either.
    func reactions(in node: DialogueNode, to analysis: TurnAnalysis, state: inout DialogueState,
                   visited: inout Set<String>, consumed: Set<String> = []) -> (lines: [String], reacted: Set<String>) {
        let shows = dialogueShows(analysis)
        func shown(_ transition: Transition) -> Bool {
            transition.action == nil && !transition.when.isEmpty && transition.when.allSatisfy(shows) && holds(transition, state)
                && !(!consumed.isEmpty && Set(transition.when).isSubset(of: consumed))
        }
        var lines: [String] = []
        // Reactions that only acknowledge a hold («Так-так, я слухаю» to «Дякую за очікування»): said
        // only when nothing else of the turn is answered — not before the answer to what came with it.
        var acknowledgements: [String] = []
        var reacted: Set<String> = []
        var chosen: [Transition] = []
        var movedOn: Set<String>? = nil
        for (position, transition) in node.transitions.enumerated() {
            guard shown(transition), Self.reacts(transition, after: chosen, moved: movedOn != nil) else { continue }
            let when = Set(transition.when)
            if node.transitions.contains(where: { when.isStrictSubset(of: Set($0.when)) && shown($0) }) { continue }
            if let taken = movedOn, !when.isDisjoint(with: taken) { continue }
            chosen.append(transition)
            reacted.formUnion(transition.when)
            state.fired.append(record(node, position))
            var said = take(transition, in: &state)
            remember(said, for: transition.when, in: &state)
            guard let go = transition.go else {
                if isAcknowledgement(transition) { acknowledgements += said } else { lines += said }
                continue
            }
            if state.ended {
                lines += said
                break
            }
            guard !visited.contains(go), let next = scenario.node(go) else {
                lines += said
                movedOn = []
                continue
            }
            visited.insert(go)
            let further = reactions(in: next, to: analysis, state: &state, visited: &visited, consumed: when)
            if !further.lines.isEmpty { said = said.compactMap(Self.withoutQuestions) }
            lines += said + further.lines
            reacted.formUnion(further.reacted)
            if state.ended { break }
            movedOn = further.reacted
        }
        return (lines.isEmpty ? acknowledgements : lines, reacted)
    }

    /// Whether a transition only acknowledges: it goes nowhere, sets nothing and reacts only to intents
    /// `Content/replies.yaml` answers by default (a wait asked for, thanks for waiting).
    func isAcknowledgement(_ transition: Transition) -> Bool {
        transition.go == nil && transition.sets.isEmpty && transition.mood == nil && !transition.when.isEmpty
            && transition.when.allSatisfy { intent in content.defaultReplies.contains { $0.intent == intent } }
    }

    /// Whether a turn shows an intent for the dialogue: shown itself, or an intent that counts as it
    /// (`Content/replies.yaml` `counts_as`: an informal goodbye still ends the call; the grader judges the manner).
    func dialogueShows(_ analysis: TurnAnalysis) -> (String) -> Bool {
        let countsAs = content.dialogueCountsAs
        return { intent in analysis.shows(intent) || (countsAs[intent]?.contains(where: analysis.shows) ?? false) }
    }

    /// The line without its questions (sentences ending in «?»); `nil` when nothing else is left.
    static func withoutQuestions(_ line: String) -> String? {
        let kept = sentences(of: line).filter { !$0.hasSuffix("?") }.joined(separator: " ")
        return kept.isEmpty ? nil : kept
    }

    /// A line's sentences: each ends after «.», «!», «?» or «…» followed by a space (or the end).
    static func sentences(of line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character? = nil
        for character in line {
            if character == " ", let end = previous, Self.endsSentence(end) {
                result.append(current)
                current = ""
            } else if !(current.isEmpty && character == " ") {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// «.», «!», «?» or «…»: what ends a sentence of a line.
    static func endsSentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    /// The dialogue's memory of what the customer has accepted: for each intent of a reaction, the
    /// reaction's statements (its questions left out). A later turn that says the same again and
    /// gets no reaction is acknowledged with them, not with a fallback such as «Так, я слухаю.».
    func remember(_ said: [String], for intents: [String], in state: inout DialogueState) {
        let statements = said.compactMap(Self.withoutQuestions).joined(separator: " ")
        guard !statements.isEmpty else { return }
        for intent in intents where intent != "any" { state.acknowledgements[intent] = statements }
    }

    /// What the customer says to a turn that repeats what they have already accepted: the
    /// remembered acknowledgement of the first intent shown, in the order of the turn's intents.
    func acknowledgement(of analysis: TurnAnalysis, state: DialogueState) -> String? {
        let shows = dialogueShows(analysis)
        return state.acknowledgements.keys.sorted().first(where: shows).flatMap { state.acknowledgements[$0] }
    }

    /// Whether a transition whose intents were shown and whose conditions hold reacts after the
    /// reactions already given this turn: not when its intents are all part of an earlier
    /// reaction's (the general answer to what was already answered specifically), nor a second move
    /// elsewhere (one target per turn). Conditions are checked in order, so a flag an earlier
    /// reaction set counts for the later ones.
    static func reacts(_ transition: Transition, after earlier: [Transition], moved: Bool) -> Bool {
        let when = Set(transition.when)
        if earlier.contains(where: { when.isSubset(of: Set($0.when)) }) { return false }
        return transition.go == nil || !moved
    }

    /// Whether a transition's conditions on the flags hold now. A goal the turn being played tells
    /// (`DialogueState.toldNow`) counts as set, except against the reaction that sets its flag itself:
    /// the customer still acknowledges what they just heard, but asks nothing already answered.
    func holds(_ transition: Transition, _ state: DialogueState) -> Bool {
        if transition.ifFlags.isEmpty, transition.unlessFlags.isEmpty { return true }
        let identified = isIdentified(state.disclosed)
        func isSet(_ flag: String) -> Bool { flag == ScenarioLoader.identifiedFlag ? identified : state.flags.contains(flag) }
        return transition.ifFlags.allSatisfy { isSet($0) || state.toldNow.contains($0) }
            && !transition.unlessFlags.contains { isSet($0) || (state.toldNow.contains($0) && !transition.sets.contains($0)) }
    }

    /// How a fired transition is recorded: a shared one once for every node.
    func record(_ node: DialogueNode, _ position: Int) -> FiredTransition {
        if let shared = node.transitions[position].shared { return FiredTransition(node: FiredTransition.anywhereNode, index: shared) }
        return FiredTransition(node: node.name, index: position)
    }

    func take(_ transition: Transition, in state: inout DialogueState) -> [String] {
        if let mood = transition.mood, let rules = moodRules, let index = rules.scale.firstIndex(of: mood) {
            setMood(index, of: rules, cause: transition.when.first, in: &state)
        }
        state.flags.formUnion(transition.sets)
        if let target = transition.go { return enter(target, say: transition.say, state: &state) }
        return transition.say.map { [fill($0)] } ?? []
    }

    /// Moves the mood to a step of the scale, recording the shift when the mood changes.
    func setMood(_ index: Int, of rules: MoodRules, cause: String?, in state: inout DialogueState) {
        let to = rules.scale[index]
        state.moodIndex = index
        if let from = state.mood, from != to {
            let turn = state.turns.reduce(1) { $1.speaker == .trainee ? $0 + 1 : $0 }
            state.moodShifts.append(MoodShift(turn: turn, from: from, to: to, cause: cause))
        }
        state.mood = to
    }

    func enter(_ target: String, say: String?, state: inout DialogueState) -> [String] {
        state.node = target
        let node = scenario.node(target)
        if node?.end == true { state.ended = true }
        if let say { return [fill(say)] }
        return node?.say.map { [fill($0)] } ?? []
    }

    func isIdentified(_ disclosed: Set<String>) -> Bool {
        scenario.identification?.isSatisfied(by: disclosed) ?? false
    }
}
