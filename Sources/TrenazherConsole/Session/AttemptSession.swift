import Foundation
import TrenazherCore
import TrenazherStore

/// One attempt at a scenario in the console: reads the trainee's turns, runs them through the pure
/// `DialogueEngine`, records each turn as it is played, and shows the customer, the company
/// software, the feedback (practice mode) and the summary.
public final class AttemptSession {
    private let scenario: Scenario
    private let content: ContentBundle
    private let engine: DialogueEngine
    private let mode: AttemptMode
    private var voice: CustomerVoice
    private let reader: any LineReader
    private let screen: Screen
    private let clock: any MonotonicClock
    private let recording: (any AttemptRecording)?
    private var state: DialogueState
    private var typedAhead = ""
    private var interruptedNext = false
    private var clauseTipShown = false
    /// Whether the note on «відповідь за N с» was shown.
    private var answerTimeExplained = false
    /// Findings already shown as practice feedback (or decided before a resumed attempt went on).
    private var feedbackShown: Set<Finding> = []
    /// Collects keys pressed between an answer and the next prompt (kept for the next line, Ctrl-C
    /// included) so the terminal neither echoes them nor turns them into signals meanwhile.
    private var keysMeanwhile: (any KeyListener)?
    private var answerStarted: Double
    private let argumentCheck: ActionArgumentCheck
    /// Whether the customer is spoken of in the feminine (the mood word agrees with it).
    private let customerFemale: Bool?
    /// How `/hint` orders the next steps (`Content/console.yaml`).
    private let hintOrder: ConsoleWording.HintOrder
    /// How the line (or the letter's lines) just read was typed, when the reader times keys.
    private var lineTyping: TypingEvidence?
    /// A retry from a reviewed turn: an exercise, not recorded, that cannot be continued later.
    private var exercise = false

    /// The written reply being composed (written channel).
    private lazy var letter = LetterEditor(reader: reader, screen: screen) { [weak self] draft in
        self?.saveDraft(draft)
    }
    /// The spoken answer being typed as last kept for a resume ("" when none is kept).
    private var lineDraft = ""
    /// The trainee's first name (the scenario's exemplary conversation speaks with it in tips).
    private let traineeName: String
    /// The scenario's tip examples (`ModelAnswers.examples`), played when a tip first needs one.
    private lazy var tipExamples: [String: String] = ModelAnswers.of(scenario, content: content, traineeName: traineeName).examples
    /// Called when the trainee sets the customer's pace with `/pace`, to remember it.
    public var onPaceChange: ((Int) -> Void)?

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }

    public init(scenario: Scenario, content: ContentBundle, traineeName: String, mode: AttemptMode,
                voice: CustomerVoice, reader: any LineReader, screen: Screen,
                clock: any MonotonicClock = SystemClock(), recording: (any AttemptRecording)?,
                wording: ConsoleWording = ConsoleWording()) {
        self.scenario = scenario
        self.content = content
        self.engine = DialogueEngine(scenario: scenario, content: content, traineeName: traineeName, english: screen.strings.isEnglish)
        self.mode = mode
        self.voice = voice
        self.reader = reader
        self.screen = screen
        self.clock = clock
        self.recording = recording
        self.state = engine.start()
        self.answerStarted = clock.now()
        self.argumentCheck = ActionArgumentCheck(wording: wording, scenario: scenario)
        self.customerFemale = wording.isFemale(fullName: scenario.persona.name)
        self.hintOrder = wording.hintOrder
        self.traineeName = traineeName
    }

    /// Plays the attempt to its end or until the trainee leaves. `inputs`, when given, are the turns
    /// of an interrupted attempt (possibly none yet), replayed through the engine — not recorded
    /// again — before play continues.
    ///
    /// `retryingFrom` (1-based trainee turn) marks a retry of a reviewed attempt: `inputs` are the turns
    /// before it, replayed as an exercise.
    ///
    /// `draft` is a written reply left unfinished, restored into the letter.
    ///
    /// A turn or result that cannot be saved stops the attempt at once with `AttemptNotSaved`: nothing
    /// later is played or stored, and `train --resume` continues from the last saved turn.
    public func run(resuming inputs: [TraineeInput]? = nil, retryingFrom turn: Int? = nil,
                    draft: String? = nil) throws -> AttemptOutcome {
        exercise = turn != nil
        // Keys pressed while the trainer starts (a function key's escape sequence) are collected
        // without echo and cleaned before the first prompt (`TypedAhead`), never typed into it.
        if keysMeanwhile == nil { keysMeanwhile = reader.listenForKeys() }
        introduce()
        if let inputs {
            resume(inputs, retryingFrom: turn)
            if let draft, !draft.isEmpty, scenario.channel == .written {
                letter.restore(draft)
                screen.paragraph(strings.draftRestored, style: palette.faint)
                letter.show()
            } else if let draft, !draft.isEmpty {
                // The answer half typed when the attempt was interrupted comes back at the prompt.
                lineDraft = draft
                typedAhead = draft
                screen.paragraph(strings.lineRestored, style: palette.faint)
            }
        } else {
            if !state.turns.isEmpty { try save({ try $0.open(with: state.turns) }, failure: { strings.turnNotSaved($0, text: "") }) }
            state.turns.forEach(show)
        }
        showStatus(answerSeconds: nil)
        answerStarted = clock.now()
        while !state.ended {
            switch nextInput() {
            case .leave:
                screen.paragraph(exercise ? strings.leftExercise : strings.leftAttempt, style: palette.faint)
                return .left
            case .finish:
                return try finish()
            case .input(let input):
                try play(input)
            }
        }
        screen.paragraph(strings.conversationEnded, style: palette.strong)
        return try finish()
    }

    // MARK: Reading the trainee's turns

    private enum Next {
        case input(TraineeInput)
        case leave
        case finish
    }

    private func nextInput() -> Next {
        if let keysMeanwhile {
            typedAhead += keysMeanwhile.finish()
            self.keysMeanwhile = nil
        }
        // Seconds of this answer counted before a trainer command; the time spent reading what a
        // command showed (help, Standards, a clause) is no answer time.
        var countedSeconds = 0.0
        while true {
            lineTyping = nil
            let read: LineInput
            if scenario.channel == .written {
                switch letter.edit() {
                case .send(let text):
                    read = .line(text)
                    lineTyping = letter.takeTyping()
                case .command(let line):
                    read = .line(line)
                    lineTyping = letter.takeCommandTyping()
                case .interrupt: read = .interrupt("")
                case .end: read = .end
                }
            } else {
                read = readSpokenLine()
                lineTyping = reader.lastTyping()
            }
            typedAhead = ""
            switch read {
            case .end:
                // The time spent answering the Ctrl-C / Ctrl-D question is no answer time.
                countedSeconds += clock.now() - answerStarted
                if confirm(strings.finishQuestion) { return .finish }
                answerStarted = clock.now()
            case .interrupt(let partial):
                if scenario.channel != .written { keepLine(partial) }
                countedSeconds += clock.now() - answerStarted
                if confirm(exercise ? strings.leaveExerciseQuestion : strings.leaveQuestion) { return .leave }
                answerStarted = clock.now()
                typedAhead = partial
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                if let action = TraineeAction(line: text), let command = ConsoleCommand(action: action) {
                    countedSeconds += clock.now() - answerStarted
                    if scenario.channel != .written { keepLine("") }
                    if let next = perform(command) { return next }
                    waitForFirstKey()
                    continue
                }
                if let action = TraineeAction(line: text), !SoftwareAction.names.contains(action.name) {
                    screen.paragraph(strings.unknownCommand(action.name), style: palette.faint)
                    offerAgain(text)
                    continue
                }
                if let action = TraineeAction(line: text), let problem = argumentCheck.problem(with: action) {
                    screen.paragraph(strings.actionProblem(problem), style: palette.faint)
                    offerAgain(text)
                    continue
                }
                let elapsed = countedSeconds + clock.now() - answerStarted
                let seconds = scenario.channel == .written ? nil : (elapsed * 10).rounded() / 10
                // Recording the turn removes the kept line.
                lineDraft = ""
                defer { interruptedNext = false }
                return .input(TraineeInput(text: text, seconds: seconds, interrupted: interruptedNext, typing: lineTyping))
            }
        }
    }

    /// A refused command's text comes back as the start of the next line, to be corrected.
    private func offerAgain(_ text: String) {
        if scenario.channel == .written {
            letter.offerAgain(text)
        } else {
            typedAhead = text
            keepLine(text)
        }
    }

    /// Reads a spoken answer; while it is typed, whenever the trainee pauses (a reader that reports
    /// pauses), the line as it stands is kept, so a killed terminal (SIGHUP, SIGTERM) loses at most the
    /// keys of the last moment and `train --resume` offers the rest again.
    private func readSpokenLine() -> LineInput {
        let pausing = reader as? any PauseReportingLineReader
        pausing?.onPause = { [weak self] partial in self?.keepLine(partial) }
        defer { pausing?.onPause = nil }
        return reader.readLine(prompt: strings.traineePrompt, typedAhead: typedAhead)
    }

    /// Keeps `text` as the spoken answer being typed, unless it is what is kept already.
    private func keepLine(_ text: String) {
        guard text != lineDraft else { return }
        lineDraft = text
        saveDraft(text, failure: strings.lineNotSaved)
    }

    /// After a trainer command the answer's stopwatch waits for the trainee's first key (kept as the
    /// start of the line); a reader that cannot wait for one restarts it at once.
    private func waitForFirstKey() {
        if scenario.channel != .written, let keys = reader.waitForFirstKey(prompt: strings.traineePrompt) {
            typedAhead = keys
        }
        answerStarted = clock.now()
    }

    /// Asks a yes/no question; Ctrl-C or the end of input count as yes.
    private func confirm(_ question: String) -> Bool {
        switch reader.readLine(prompt: question, typedAhead: "") {
        case .line(let answer):
            return strings.yesAnswers.contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        case .interrupt, .end:
            return true
        }
    }

    private func perform(_ command: ConsoleCommand) -> Next? {
        switch command {
        case .help:
            screen.paragraph(strings.helpTitle, style: palette.strong)
            let lines = (scenario.channel == .written ? strings.letterHelpLines : []) + strings.helpLines
            let width = lines.map(\.command.count).max() ?? 0
            for line in lines {
                let padded = line.command + String(repeating: " ", count: width - line.command.count)
                screen.item(padded + "  ", line.meaning, indent: "  ")
            }
        case .standards:
            screen.paragraph(strings.standardsTitle, style: palette.strong)
            for item in StandardsRendering.list(for: scenario, content: content, strings: strings) {
                screen.paragraph(item.heading, indent: "  ")
                if let requirement = item.requirement {
                    screen.paragraph(requirement, indent: "      ", style: palette.faint)
                }
            }
            screen.paragraph(strings.clauseOnRequest(scenario.standards.first ?? "ID"), style: palette.faint)
        case .clause(let id):
            if id.isEmpty {
                screen.paragraph(strings.clauseUsage(scenario.standards), style: palette.faint)
            } else if let text = StandardsRendering.clause(id, scenario: scenario, content: content) {
                screen.paragraph(text, indent: "  ", style: palette.faint)
            } else {
                screen.paragraph(strings.unknownStandard(id), style: palette.faint)
            }
        case .hint:
            if mode == .exam {
                screen.paragraph(strings.hintsOnlyInPractice, style: palette.faint)
            } else {
                // A letter's hint counts what is already written in it, not only the turns so far.
                let draft = scenario.channel == .written && !letter.isEmpty ? letter.draft : nil
                let next = NextStepHint.next(engine: engine, state: state, draft: draft, order: hintOrder, strings: strings,
                                             examples: { self.tipExamples })
                screen.paragraph("💡 \(strings.hintTitle): \(strings.nextStep(next, customerFemale: customerFemale))", style: palette.faint)
            }
        case .end:
            return .finish
        case .quit:
            return .leave
        case .pace(let argument):
            setPace(argument)
        }
        return nil
    }

    /// `/pace`: shows the customer's pace, or sets it in words per minute and remembers it.
    private func setPace(_ argument: String) {
        let range = CustomerVoice.wordsPerMinuteRange
        guard !argument.isEmpty else {
            screen.paragraph(strings.paceNow(voice.wordsPerMinute, range: range), style: palette.faint)
            return
        }
        guard let wordsPerMinute = Int(argument), range.contains(wordsPerMinute) else {
            screen.paragraph(strings.paceInvalid(argument, range: range), style: palette.faint)
            return
        }
        voice = CustomerVoice(wordsPerMinute: wordsPerMinute)
        onPaceChange?(wordsPerMinute)
        screen.paragraph(strings.paceNow(wordsPerMinute, range: range), style: palette.faint)
    }

    // MARK: Playing and showing turns

    private func play(_ input: TraineeInput) throws {
        keysMeanwhile = reader.listenForKeys()
        let step = advance(input)
        do {
            try save({ try $0.record(input, turns: step.newTurns) }, failure: { strings.turnNotSaved($0, text: input.text) })
        } catch {
            _ = keysMeanwhile?.finish()
            keysMeanwhile = nil
            throw error
        }
        for turn in step.newTurns where turn.speaker == .trainee {
            showFeedback(turn)
        }
        if step.waitedSeconds > 0 {
            hold(seconds: step.waitedSeconds)
        }
        for turn in step.newTurns where turn.speaker != .trainee {
            show(turn)
        }
        showLaterFeedback(excluding: step.newTurns)
        screen.blank()
        showStatus(answerSeconds: input.seconds)
        // The turn was saved before the reply was shown; the store's upkeep waits until the reply is on the screen.
        recording?.afterReply()
        answerStarted = clock.now()
    }

    private func showStatus(answerSeconds: Double?) {
        let mood = strings.isEnglish ? state.mood.map { content.moodDefaults?.english($0, persona: scenario.persona) ?? $0 } : state.mood
        screen.status(date: scenario.date, clock: state.clock, channel: scenario.channel, mood: mood,
                      customerFemale: customerFemale, answerSeconds: answerSeconds)
        // The first answer time shown says what it is: the trainee's own time, not a limit.
        if answerSeconds != nil, !answerTimeExplained {
            answerTimeExplained = true
            screen.paragraph(strings.answerTimeNote, style: palette.faint)
        }
    }

    private func showFeedback(_ turn: TurnRecord) {
        guard mode == .practice, !turn.findings.isEmpty else { return }
        feedbackShown.formUnion(turn.findings)
        screen.lines(FeedbackRendering.lines(for: turn.findings, content: content, english: strings.isEnglish,
                                             palette: palette, width: screen.sink.columns))
        if !clauseTipShown, let failed = turn.findings.first(where: { $0.verdict.isFailure }) {
            clauseTipShown = true
            screen.paragraph(strings.clauseOnRequest(failed.standardID), indent: "  ", style: palette.faint)
        }
    }

    /// Plays one input through the engine (the engine records any change of the customer's mood).
    @discardableResult
    private func advance(_ input: TraineeInput) -> (newTurns: [TurnRecord], waitedSeconds: Int) {
        engine.advance(&state, input)
    }

    /// Practice feedback a turn decided about an earlier one (shown after the customer's words, so
    /// they come without delay), marked with the earlier turn's number.
    private func showLaterFeedback(excluding turns: [TurnRecord]) {
        guard mode == .practice else { return }
        let current = Set(turns.map(\.index))
        let later = engine.decidedFindings(state).filter { !feedbackShown.contains($0) && !current.contains($0.turn ?? -1) }
        guard !later.isEmpty else { return }
        feedbackShown.formUnion(later)
        let numbers = traineeTurnNumbers()
        screen.lines(FeedbackRendering.lines(for: later, content: content, english: strings.isEnglish, palette: palette,
                                             width: screen.sink.columns, turnNumbers: numbers, strings: strings))
    }

    /// Trainee turn index in the conversation → its number among the trainee's turns (1, 2, …).
    private func traineeTurnNumbers() -> [Int: Int] {
        var numbers: [Int: Int] = [:]
        for (number, turn) in state.turns.filter({ $0.speaker == .trainee }).enumerated() {
            numbers[turn.index] = number + 1
        }
        return numbers
    }

    private func show(_ turn: TurnRecord) {
        switch turn.speaker {
        case .customer where scenario.channel == .written:
            screen.paragraph(strings.customerLabel(female: customerFemale) + ":", style: palette.strong)
            screen.paragraph(SoftLineBreaks.joined(turn.text.trimmingCharacters(in: .whitespacesAndNewlines)), indent: "  ",
                             style: palette.customer)
            screen.blank()
            screen.paragraph(strings.writtenIntro, style: palette.faint)
        case .customer:
            // Keys pressed before the customer began are kept, but are no interruption.
            typedAhead += keysMeanwhile?.keysPressed(within: 0) ?? ""
            let outcome = screen.customer(name: strings.customerLabel(female: customerFemale), text: turn.text, voice: voice,
                                          listener: reader.listenForKeys())
            typedAhead += outcome.typedAhead
            if outcome.interrupted {
                interruptedNext = true
                screen.paragraph(strings.interruptedNote, style: palette.faint)
            }
        case .system:
            screen.systemBlock(turn.text)
        case .trainee:
            screen.paragraph(strings.traineePrompt + turn.text, style: palette.faint)
        }
    }

    /// The hold indicator for a long action; paced like the customer's words, skipped by `--fast`.
    /// Keys pressed meanwhile are kept for the next answer (the customer is not speaking).
    private func hold(seconds: Int) {
        screen.raw(palette.system(strings.holding(seconds: seconds, channel: scenario.channel, customerFemale: customerFemale)))
        if voice.secondsPerWord > 0, let listener = reader.listenForKeys() {
            for _ in 0..<min(8, max(2, seconds / 10)) {
                typedAhead += listener.keysPressed(within: 0.25)
                screen.raw(palette.system("."))
            }
            typedAhead += listener.finish()
        }
        screen.blank()
    }

    private func introduce() {
        screen.blank()
        screen.paragraph(strings.attemptHeader(title: scenario.title(english: strings.isEnglish), channel: scenario.channel, mode: mode),
                         style: palette.strong)
        showTaskCard()
        screen.paragraph(mode == .practice ? strings.practiceIntro : strings.examIntro, style: palette.faint)
        if scenario.channel.traineeSpeaksFirst {
            screen.paragraph(strings.youSpeakFirst(scenario.channel, customerFemale: customerFemale))
        }
        screen.blank()
    }

    /// The task card: what the trainee knows before the conversation (the scenario's `summary`,
    /// its facts filled in), under a heading in the interface's language.
    private func showTaskCard() {
        guard let summary = scenario.summary?.trimmingCharacters(in: .whitespacesAndNewlines), !summary.isEmpty else { return }
        screen.paragraph(strings.taskCardTitle, style: palette.strong)
        for part in summary.components(separatedBy: "\n") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            screen.paragraph(part, indent: "  ")
        }
    }

    private func resume(_ inputs: [TraineeInput], retryingFrom turn: Int?) {
        for input in inputs {
            advance(input)
        }
        feedbackShown = Set(engine.decidedFindings(state))
        if let turn {
            screen.paragraph(strings.retrying(from: turn), style: palette.faint)
            screen.paragraph(strings.retryNotRecorded, style: palette.faint)
        } else {
            screen.paragraph(strings.resumed(answers: inputs.count), style: palette.faint)
        }
        for turn in state.turns {
            switch turn.speaker {
            case .customer where scenario.channel != .written:
                screen.paragraph("\(strings.customerLabel(female: customerFemale)): \(turn.text.trimmingCharacters(in: .whitespacesAndNewlines))", style: palette.customer)
            default:
                show(turn)
            }
        }
    }

    /// Writes through the recording; a failure stops the attempt with one line (`failure` words it
    /// from the reason) — play never goes on past a turn that is not stored.
    private func save(_ write: (any AttemptRecording) throws -> Void, failure: (String) -> String) throws {
        guard let recording else { return }
        do {
            try write(recording)
        } catch {
            throw AttemptNotSaved(message: failure((error as? BilingualError)?.message(english: strings.isEnglish) ?? (error as? LocalizedError)?.errorDescription ?? "\(error)"))
        }
    }

    /// Keeps the letter's draft (or the spoken answer being typed); a draft that cannot be kept is
    /// said in one line (`failure` words it) and the conversation goes on (the draft is a convenience,
    /// the turns are the record).
    private func saveDraft(_ draft: String, failure: ((String) -> String)? = nil) {
        guard let recording else { return }
        do {
            try recording.saveDraft(draft)
        } catch {
            let reason = (error as? BilingualError)?.message(english: strings.isEnglish) ?? (error as? LocalizedError)?.errorDescription ?? "\(error)"
            screen.paragraph((failure ?? strings.draftNotSaved)(reason), style: palette.bad)
        }
    }

    private func finish() throws -> AttemptOutcome {
        let result = engine.finish(state)
        try save({ try $0.finish(result) }, failure: strings.resultNotSaved)
        screen.blank()
        let practised = AttemptRendering.practiseNext(result, content: content).map(\.id)
        let examples = StandardTip.needsExamples(practised, content: content) ? tipExamples : [:]
        screen.lines(SummaryRendering.lines(for: result, scenario: scenario, content: content, palette: palette,
                                            strings: strings, width: screen.sink.columns, examples: examples))
        let moodChanges = MoodChange.changes(state.moodShifts, turns: state.turns, channel: scenario.channel, content: content,
                                             english: strings.isEnglish, scale: engine.moodRules?.scale ?? [])
        if !moodChanges.isEmpty {
            screen.blank()
            screen.paragraph(strings.moodChangesTitle, style: palette.strong)
            for change in moodChanges {
                screen.item("• ", strings.moodChange(change), indent: "  ")
            }
        }
        return .finished(result)
    }
}
