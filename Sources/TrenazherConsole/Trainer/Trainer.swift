import Foundation
import TrenazherCore
import TrenazherStore

/// The trainer a trainee sees: who is training, then practice, exams and progress. Every attempt is
/// played by an `AttemptSession` and recorded through `TrainingRecords` as it happens.
public final class Trainer {
    private let resources: Preloaded<TrainerResources>
    private let records: any TrainingRecords
    private let reader: any LineReader
    private let screen: Screen
    private var voice: CustomerVoice
    /// The pace was given on the command line (`--pace`, `--fast`): it is used for every scenario.
    /// Otherwise the customer speaks at the trainee's remembered pace (`/pace`), else the persona's
    /// (`pace_wpm`), else the natural pace of `Content/coaching.yaml`, else `voice`.
    private let voiceChosen: Bool
    /// The trainee's remembered pace, words a minute.
    private var rememberedPace: Int?
    private let clock: any MonotonicClock
    private var problemsShown = false
    /// The scenario files' problems already on screen.
    private var scenarioProblemsShown: Set<String> = []

    /// A trainer whose resources may still be loading (they are needed after the first prompt).
    public init(resources: Preloaded<TrainerResources>, records: any TrainingRecords, reader: any LineReader,
                screen: Screen, voice: CustomerVoice, voiceChosen: Bool = false, clock: any MonotonicClock = SystemClock()) {
        self.resources = resources
        self.records = records
        self.reader = reader
        self.screen = screen
        self.voice = voice
        self.voiceChosen = voiceChosen
        self.clock = clock
    }

    /// A trainer over resources already loaded; `voice` is used for every scenario unless
    /// `voiceChosen` is false.
    public convenience init(library: ScenarioLibrary, content: ContentBundle, tracks: [CertificationTrack],
                            records: any TrainingRecords, reader: any LineReader, screen: Screen, voice: CustomerVoice,
                            voiceChosen: Bool = true, clock: any MonotonicClock = SystemClock()) {
        self.init(resources: Preloaded(value: TrainerResources(content: content, library: library, tracks: tracks)),
                  records: records, reader: reader, screen: screen, voice: voice, voiceChosen: voiceChosen, clock: clock)
    }

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }
    private var menu: ChoiceMenu { ChoiceMenu(reader: reader, screen: screen) }
    private var content: ContentBundle { get throws { try loaded().content } }
    private var tracks: [CertificationTrack] { get throws { try loaded().tracks } }

    /// The resources, waiting for them if they are still loading; shows the loading problems once.
    private func loaded() throws -> TrainerResources {
        let loaded = try resources.get()
        if !problemsShown {
            problemsShown = true
            loaded.problems.forEach { screen.paragraph($0, style: palette.bad) }
        }
        return loaded
    }

    /// The scenario with this ID, reading only its file when the library is not loaded yet.
    private func scenario(id: String) throws -> Scenario? {
        let shelf = try loaded().scenarios
        defer { showProblems(of: shelf) }
        return shelf.scenario(id: id)
    }

    /// A scenario's title in the interface language, from the list (no scenario is loaded for it); its ID when the
    /// library no longer has it.
    private func scenarioTitle(_ id: String) throws -> String {
        try scenarioList().scenario(id: id)?.title(english: strings.isEnglish) ?? id
    }

    /// What the scenario list shows (without loading the scenarios when the list is kept from an earlier run).
    private func scenarioList() throws -> ScenarioList {
        let shelf = try loaded().scenarios
        defer { showProblems(of: shelf) }
        return shelf.listing
    }

    /// The problems of the scenario files read so far that are not on screen yet.
    private func showProblems(of shelf: ScenarioShelf) {
        for problem in shelf.diagnostics.map({ $0.text(english: strings.isEnglish) }) where !scenarioProblemsShown.contains(problem) {
            scenarioProblemsShown.insert(problem)
            screen.paragraph(problem, style: palette.bad)
        }
    }

    /// The main menu's items under numbers that never change between visits.
    private enum MenuItem: Int, CaseIterable {
        case quit = 0, practise, exam, progress, resume, drill
    }

    // MARK: Entry points

    /// `trenazher` with no arguments: who is training, then the menu until the trainee quits.
    public func run(trainee reference: String? = nil) throws {
        guard let trainee = try identify(reference) else { return }
        while true {
            var options: [ChoiceMenu.Option] = []
            for item in MenuItem.allCases where item != .quit {
                switch item {
                case .practise: options.append(.init(number: item.rawValue, label: strings.menuPractise))
                case .exam: options.append(.init(number: item.rawValue, label: strings.menuExam))
                case .progress: options.append(.init(number: item.rawValue, label: strings.menuProgress))
                case .drill: options.append(.init(number: item.rawValue, label: strings.menuDrill))
                case .resume:
                    let unfinished = try records.resumable(trainee: trainee)
                    if unfinished.count > 1 {
                        options.append(.init(number: item.rawValue, label: strings.resumeItemMany(unfinished.count)))
                    } else if let only = unfinished.first {
                        options.append(.init(number: item.rawValue, label: strings.resumeItem(try resumeLabel(only.attempt))))
                    }
                case .quit: break
                }
            }
            options.append(.init(number: MenuItem.quit.rawValue, label: strings.menuQuit))
            guard let number = menu.choose(strings.menuTitle, numbered: options), let item = MenuItem(rawValue: number) else { break }
            switch item {
            case .resume:
                try resume(trainee, scenarioID: nil)
            case .practise:
                if let scenario = try chooseScenario(for: trainee) {
                    try practise(scenario, trainee: trainee)
                }
            case .exam:
                if !reader.isLiveTerminal {
                    screen.paragraph(strings.examNeedsTerminal, style: palette.bad)
                } else if let track = try chooseTrack(for: trainee) {
                    try exam(track, trainee: trainee)
                }
            case .progress:
                try showProgress(trainee)
            case .drill:
                try drill(trainee)
            case .quit:
                screen.paragraph(strings.goodbye)
                return
            }
        }
        screen.paragraph(strings.goodbye)
    }

    /// `trenazher train [SCENARIO] [--resume]`.
    public func train(scenarioID: String?, resume wantsResume: Bool, trainee reference: String? = nil) throws {
        if let scenarioID, try self.scenario(id: scenarioID) == nil {
            throw TrainerError.unknownScenario(scenarioID)
        }
        guard let trainee = try identify(reference) else { return }
        if wantsResume {
            try resume(trainee, scenarioID: scenarioID)
        } else if let scenario = try scenarioID.flatMap(self.scenario(id:)) ?? chooseScenario(for: trainee) {
            try practise(scenario, trainee: trainee)
        }
    }

    /// `trenazher exam TRACK`.
    public func exam(trackID: String, trainee reference: String? = nil) throws {
        guard reader.isLiveTerminal else { throw TrainerError.examNeedsTerminal }
        guard let track = try track(trackID) else { throw TrainerError.unknownTrack(trackID) }
        guard let trainee = try identify(reference) else { return }
        try exam(track, trainee: trainee)
    }

    // MARK: Who is training

    private func identify(_ reference: String?) throws -> Trainee? {
        let trainee = try whoIsTraining(reference)
        if let trainee, let pace = try records.pace(trainee: trainee), CustomerVoice.wordsPerMinuteRange.contains(pace) {
            rememberedPace = pace
        }
        return trainee
    }

    private func whoIsTraining(_ reference: String?) throws -> Trainee? {
        let trainees = try records.trainees()
        if let reference {
            guard let trainee = Self.match(reference, in: trainees) else { throw TrainerError.unknownTrainee(reference) }
            screen.paragraph(strings.welcome(try addressed(trainee)), style: palette.strong)
            return trainee
        }
        screen.paragraph(strings.appTitle, style: palette.strong)
        let options = trainees.map { "\($0.fullName) — \(strings.roleName($0.role))" } + [strings.registerNew]
        guard let choice = menu.choose(strings.whoIsTraining, options) else { return nil }
        let trainee = choice < trainees.count ? trainees[choice] : try register()
        if let trainee { screen.paragraph(strings.welcome(try addressed(trainee)), style: palette.strong) }
        return trainee
    }

    /// The trainee's first name in the vocative for the interface language.
    private func addressed(_ trainee: Trainee) throws -> String {
        strings.isEnglish ? trainee.firstName : try loaded().wording.vocative(of: trainee.firstName)
    }

    private func register() throws -> Trainee? {
        screen.blank()
        while true {
            guard let fullName = menu.ask(strings.askFullName) else { return nil }
            if let known = try records.trainees().first(where: { $0.fullName.lowercased() == fullName.lowercased() }) {
                screen.paragraph(strings.alreadyRegistered(known.fullName), style: palette.faint)
                return known
            }
            let words = fullName.split(separator: " ")
            let suggestion = words.count >= 2 ? String(words[1]) : ""
            guard let firstName = menu.ask(strings.askFirstName(suggestion: suggestion), orEnter: suggestion) else { return nil }
            let roles = TraineeRole.allCases
            guard let role = menu.choose(strings.askRole, roles.map(strings.roleName)) else { return nil }
            do {
                return try records.register(fullName: fullName, firstName: firstName, role: roles[role])
            } catch {
                screen.paragraph((error as? BilingualError)?.message(english: strings.isEnglish) ?? (error as? LocalizedError)?.errorDescription ?? "\(error)", style: palette.bad)
            }
        }
    }

    /// A trainee by number (`7` or `#7`), full name, or unique first name, ignoring case.
    static func match(_ reference: String, in trainees: [Trainee]) -> Trainee? {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        let number = Int64(reference.hasPrefix("#") ? String(reference.dropFirst()) : reference)
        if let number, let found = trainees.first(where: { $0.id == number }) { return found }
        let folded = reference.lowercased()
        if let found = trainees.first(where: { $0.fullName.lowercased() == folded }) { return found }
        let byFirstName = trainees.filter { $0.firstName.lowercased() == folded }
        return byFirstName.count == 1 ? byFirstName[0] : nil
    }

    // MARK: Choosing

    private func chooseScenario(for trainee: Trainee) throws -> Scenario? {
        let attempts = try records.attempts(trainee: trainee)
        let scenarios = try scenarioList().scenarios
        let progress = try records.progress(trainee: trainee, tracks: try tracks, trendWindow: try loaded().coaching.trendWindow)
        let suggested = ScenarioSuggestion.suggested(progress.suggestedScenario, in: scenarios, attempts: attempts, role: trainee.role)
        let passed = Set(attempts.filter { $0.passed == true }.map(\.scenarioID))
        // Library order, numbered from 1 on every visit; the suggested one is marked and taken by Enter.
        let options = scenarios.enumerated().map { index, scenario -> ChoiceMenu.Option in
            var label = "\(scenario.title(english: strings.isEnglish)) · \(strings.channelName(scenario.channel))"
            if scenario.id == suggested?.id { label += " — \(strings.suggested)" }
            if passed.contains(scenario.id) { label += " ✓ \(strings.passedMark)" }
            return .init(number: index + 1, label: label)
        }
        let suggestedNumber = suggested.flatMap { chosen in scenarios.firstIndex { $0.id == chosen.id } }.map { $0 + 1 }
        guard let number = menu.choose(strings.chooseScenario, numbered: options + [.init(number: 0, label: strings.back)],
                                       suggested: suggestedNumber), number > 0 else { return nil }
        return try scenario(id: scenarios[number - 1].id)
    }

    private func chooseTrack(for trainee: Trainee) throws -> CertificationTrack? {
        let tracks = try self.tracks
        guard !tracks.isEmpty else {
            screen.paragraph(strings.noTracks, style: palette.faint)
            return nil
        }
        let options = tracks.enumerated().map { index, track in
            ChoiceMenu.Option(number: index + 1, label: "\(track.title(english: strings.isEnglish)) (\(track.scenarios.count))")
        }
        let own = tracks.firstIndex { $0.role == trainee.role }.map { $0 + 1 }
        guard let number = menu.choose(strings.chooseTrack, numbered: options + [.init(number: 0, label: strings.back)],
                                       suggested: own), number > 0 else { return nil }
        return tracks[number - 1]
    }

    private func track(_ reference: String) throws -> CertificationTrack? {
        let folded = reference.lowercased()
        return try tracks.first { $0.id.lowercased() == folded || $0.title.lowercased() == folded || $0.titleEN.lowercased() == folded }
    }

    // MARK: Playing

    /// A practice attempt, then the offer to review it.
    private func practise(_ scenario: Scenario, trainee: Trainee) throws {
        // An attempt at this scenario put aside is offered first, so its answers and draft are not orphaned.
        if let interrupted = try records.resumable(trainee: trainee).first(where: { $0.attempt.attempt.scenarioID == scenario.id }) {
            screen.blank()
            switch askToContinue(strings.continueInterruptedQuestion(try resumeLabel(interrupted.attempt))) {
            case .resume:
                try resume(interrupted, trainee: trainee)
                return
            case .leave:
                return
            case .fresh:
                break
            }
        }
        let recording = try records.begin(scenario, mode: .practice, trainee: trainee)
        let outcome = try session(scenario, mode: .practice, trainee: trainee, recording: recording).run()
        try offerReview(of: outcome, attemptID: recording.attemptID, scenario: scenario, trainee: trainee)
    }

    /// The answer to «continue the interrupted attempt?».
    enum ContinueAnswer: Equatable {
        case resume, fresh, leave
    }

    /// Asks whether to continue an interrupted attempt: yes resumes it, no (or Enter) starts a new
    /// one, `/quit`, Ctrl-C or the end of input start nothing; any other answer is asked again — a
    /// stray line never starts a graded attempt.
    func askToContinue(_ prompt: String) -> ContinueAnswer {
        while true {
            switch reader.readLine(prompt: prompt, typedAhead: "") {
            case .end, .interrupt:
                return .leave
            case .line(let answer):
                let folded = answer.trimmingCharacters(in: .whitespaces).lowercased()
                if strings.yesAnswers.contains(folded) { return .resume }
                if folded.isEmpty || strings.noAnswers.contains(folded) { return .fresh }
                if let action = TraineeAction(line: folded), ConsoleCommand(action: action) == .quit { return .leave }
                screen.paragraph(strings.answerYesOrNo, style: palette.faint)
            }
        }
    }

    /// After a practice attempt has finished (played at once or resumed): the offer to review it.
    private func offerReview(of outcome: AttemptOutcome, attemptID: Int64, scenario: Scenario, trainee: Trainee) throws {
        guard case .finished(let result) = outcome else { return }
        screen.blank()
        guard case .line(let answer) = reader.readLine(prompt: strings.afterAttemptPrompt, typedAhead: ""),
              strings.reviewAnswers.contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else { return }
        try review(result, attemptID: attemptID, scenario: scenario, trainee: trainee, models: try modelAnswers(scenario, trainee: trainee))
    }

    /// The scenario's model answers, computed when a review asks for them (tens of milliseconds): a trainee who
    /// declines the review does not pay for them, and on a server where many trainees start at once they are not
    /// computed alongside everyone's start.
    private func modelAnswers(_ scenario: Scenario, trainee: Trainee) throws -> Preloaded<ModelAnswers> {
        Preloaded(value: ModelAnswers.of(scenario, content: try content, traineeName: trainee.firstName))
    }

    /// The after-action review of `result` (recorded as attempt `attemptID`).
    private func review(_ result: AttemptResult, attemptID: Int64?, scenario: Scenario, trainee: Trainee,
                        models: Preloaded<ModelAnswers>) throws {
        let review = ReviewSession(scenario: scenario, content: try content, models: models, trainee: trainee, records: records,
                                   reader: reader, screen: screen, wording: try loaded().wording) { [self] inputs, turn in
            try session(scenario, mode: .practice, trainee: trainee, recording: nil).run(resuming: inputs, retryingFrom: turn)
        }
        try review.run(result, attemptID: attemptID)
    }

    private func play(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee) throws -> AttemptOutcome {
        let recording = try records.begin(scenario, mode: mode, trainee: trainee)
        return try session(scenario, mode: mode, trainee: trainee, recording: recording).run()
    }

    /// An interrupted attempt, as the menus name it: the scenario's title, and «іспит» for an exam.
    private func resumeLabel(_ unfinished: UnfinishedAttempt) throws -> String {
        let attempt = unfinished.attempt
        let title = try scenarioTitle(attempt.scenarioID)
        return strings.resumableAttempt(id: attempt.id, title: title, mode: attempt.mode, started: attempt.startedAt,
                                        answers: unfinished.inputs.count)
    }

    /// Continues an interrupted attempt: the only one, the one at `scenarioID`, or the one the
    /// trainee chooses from the list of every attempt put aside (newest first).
    private func resume(_ trainee: Trainee, scenarioID: String?) throws {
        var candidates = try records.resumable(trainee: trainee)
        if let scenarioID { candidates = candidates.filter { $0.attempt.attempt.scenarioID == scenarioID } }
        guard !candidates.isEmpty else { throw TrainerError.nothingToResume }
        var chosen = candidates[0]
        if candidates.count > 1 {
            let options = try candidates.enumerated().map { index, candidate in
                ChoiceMenu.Option(number: index + 1, label: try resumeLabel(candidate.attempt))
            }
            guard let number = menu.choose(strings.chooseResumable, numbered: options + [.init(number: 0, label: strings.back)],
                                           suggested: 1), number > 0 else { return }
            chosen = candidates[number - 1]
        }
        try resume(chosen, trainee: trainee)
    }

    /// Replays an interrupted attempt's inputs and goes on recording into it.
    private func resume(_ chosen: (attempt: UnfinishedAttempt, recording: any AttemptRecording), trainee: Trainee) throws {
        let (unfinished, recording) = chosen
        let scenarioID = unfinished.attempt.scenarioID
        guard let current = try self.scenario(id: scenarioID) else { throw TrainerError.unknownScenario(scenarioID) }
        if unfinished.attempt.mode == .exam, !reader.isLiveTerminal { throw TrainerError.examNeedsTerminal }
        let scenario = try current.played(seed: unfinished.attempt.variantSeed, content: try content)
        if scenario.sourceHash != unfinished.attempt.scenarioHash {
            screen.paragraph(strings.scenarioChanged, style: palette.faint)
        }
        let outcome = try session(scenario, mode: unfinished.attempt.mode, trainee: trainee, recording: recording)
            .run(resuming: unfinished.inputs, draft: try recording.savedDraft())
        // An exam shows nothing until HR certifies (as when it is played at once); practice offers its review.
        if unfinished.attempt.mode == .practice {
            try offerReview(of: outcome, attemptID: recording.attemptID, scenario: scenario, trainee: trainee)
        }
    }

    /// Plays the track's scenarios, each on a freshly drawn variant, in the order of their simulated
    /// day and time (`ExamOrder`): the exam's days never go backwards from one scenario to the next.
    private func exam(_ track: CertificationTrack, trainee: Trainee) throws {
        var passed = 0
        let drawn: [Scenario] = try track.scenarios.map { scenarioID in
            guard let file = try self.scenario(id: scenarioID) else { throw TrainerError.unknownScenario(scenarioID) }
            return try examVariant(of: file, trainee: trainee)
        }
        for (number, scenario) in ExamOrder.chronological(drawn).enumerated() {
            screen.blank()
            screen.paragraph(strings.examStep(track.title(english: strings.isEnglish), number: number + 1,
                                              of: track.scenarios.count), style: palette.strong)
            guard case .finished(let result) = try play(scenario, mode: .exam, trainee: trainee) else {
                if number + 1 < track.scenarios.count {
                    screen.paragraph(strings.examStopped(at: number + 1, of: track.scenarios.count), style: palette.faint)
                }
                return
            }
            if result.passed { passed += 1 }
        }
        screen.blank()
        screen.paragraph(strings.examDone(passed: passed, of: track.scenarios.count), style: palette.strong)
    }

    /// The scenario with the variant a fresh seed draws (recorded with the attempt), never the variant of the
    /// trainee's previous exam at this scenario when there is another.
    private func examVariant(of scenario: Scenario, trainee: Trainee) throws -> Scenario {
        let previous = try records.attempts(trainee: trainee)
            .last { $0.scenarioID == scenario.id && $0.mode == .exam && $0.variantSeed != nil }
            .flatMap(\.variantSeed)
            .map { VariantDraw.index(seed: $0, version: scenario.sourceHash, alternatives: scenario.variants.count) }
        let seed = VariantDraw.freshSeed(version: scenario.sourceHash, alternatives: scenario.variants.count, avoiding: previous)
        return try scenario.drawn(seed: seed, content: try content)
    }

    private func session(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee,
                         recording: (any AttemptRecording)?) throws -> AttemptSession {
        let session = AttemptSession(scenario: scenario, content: try content, traineeName: trainee.firstName, mode: mode,
                                     voice: try voice(for: scenario), reader: reader, screen: screen, clock: clock, recording: recording,
                                     wording: try loaded().wording)
        session.onPaceChange = { [weak self] wordsPerMinute in
            guard let self else { return }
            voice = CustomerVoice(wordsPerMinute: wordsPerMinute)
            rememberedPace = wordsPerMinute
            do {
                try records.setPace(trainee: trainee, wordsPerMinute: wordsPerMinute)
            } catch {
                screen.paragraph((error as? BilingualError)?.message(english: strings.isEnglish) ?? (error as? LocalizedError)?.errorDescription ?? "\(error)", style: palette.bad)
            }
        }
        return session
    }

    /// How fast the customer of `scenario` speaks (see `voiceChosen`).
    private func voice(for scenario: Scenario) throws -> CustomerVoice {
        if voiceChosen { return voice }
        let natural = try loaded().coaching.naturalPace
        guard let pace = rememberedPace ?? scenario.persona.paceWordsPerMinute ?? natural else { return voice }
        return CustomerVoice(wordsPerMinute: pace)
    }

    // MARK: Drills

    private var drills: DrillSession?

    /// One drill, chosen by spaced repetition: of the trainee's Standards due for a drill, the weakest;
    /// the result is recorded and moves the Standard in the schedule.
    private func drill(_ trainee: Trainee) throws {
        let resources = try loaded()
        let session = drills ?? DrillSession(content: resources.content, library: resources.library, reader: reader, screen: screen,
                                             wording: resources.wording, role: trainee.role, traineeName: trainee.firstName)
        drills = session
        let progress = try records.progress(trainee: trainee, tracks: resources.tracks, trendWindow: resources.coaching.trendWindow)
        let results = try records.drillResults(trainee: trainee)
        let now = Date()
        let schedule = resources.coaching.drillSchedule
        let order = schedule.order(candidates: DrillSession.candidates(role: trainee.role, content: resources.content),
                                   results: results,
                                   metRates: Dictionary(progress.standards.map { ($0.standardID, $0.metRate) }, uniquingKeysWith: { a, _ in a }),
                                   at: now)
        guard let played = session.run(order: order, round: results.count) else { return }
        let result = DrillResult(standardID: played.standardID, met: played.met, drilledAt: now)
        try records.recordDrill(trainee: trainee, result)
        let standing = schedule.standing(after: results.filter { $0.standardID == played.standardID } + [result])
        session.showNext(standing, at: now, boxes: schedule.intervalsDays.count)
    }

    // MARK: Progress

    /// The trainee's progress (the figures of `trenazher progress`), fitted to the terminal.
    private func showProgress(_ trainee: Trainee) throws {
        let resources = try loaded()
        let progress = try records.progress(trainee: trainee, tracks: resources.tracks, trendWindow: resources.coaching.trendWindow)
        screen.blank()
        screen.lines(ProgressRendering.lines(for: progress, resources: resources, palette: palette, strings: strings,
                                             width: screen.sink.columns))
        try offerReview(trainee)
    }

    /// The trainee's latest finished attempts, by their stable numbers, to review one.
    private func offerReview(_ trainee: Trainee) throws {
        let finished = try records.attempts(trainee: trainee).filter { $0.status == .finished }.suffix(5)
        guard !finished.isEmpty else { return }
        screen.blank()
        screen.paragraph(strings.reviewAttemptsTitle, style: palette.strong)
        for attempt in finished.reversed() {
            let title = try scenarioTitle(attempt.scenarioID)
            screen.paragraph(strings.reviewAttemptLine(id: attempt.id, title: title, score: attempt.score, passed: attempt.passed),
                             indent: "  ")
        }
        while true {
            guard case .line(let answer) = reader.readLine(prompt: strings.reviewAttemptPrompt, typedAhead: "") else { return }
            let trimmed = answer.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return }
            let number = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed)
            guard let attempt = finished.first(where: { $0.id == number }) else {
                screen.paragraph(strings.invalidChoice(finished.map { Int($0.id) }), style: palette.faint)
                continue
            }
            guard let file = try self.scenario(id: attempt.scenarioID) else {
                throw TrainerError.unknownScenario(attempt.scenarioID)
            }
            // An exam is reviewed on the variant its seed drew, so the model answers use the facts it was played on.
            let scenario = try file.played(seed: attempt.variantSeed, content: try content)
            try review(try records.storedResult(attemptID: attempt.id), attemptID: attempt.id, scenario: scenario,
                       trainee: trainee, models: try modelAnswers(scenario, trainee: trainee))
            return
        }
    }
}
