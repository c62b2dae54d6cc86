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
    private let voice: CustomerVoice
    private let clock: any MonotonicClock
    private var problemsShown = false

    /// A trainer whose resources may still be loading (they are needed after the first prompt).
    public init(resources: Preloaded<TrainerResources>, records: any TrainingRecords, reader: any LineReader,
                screen: Screen, voice: CustomerVoice, clock: any MonotonicClock = SystemClock()) {
        self.resources = resources
        self.records = records
        self.reader = reader
        self.screen = screen
        self.voice = voice
        self.clock = clock
    }

    /// A trainer over resources already loaded.
    public convenience init(library: ScenarioLibrary, content: ContentBundle, tracks: [CertificationTrack],
                            records: any TrainingRecords, reader: any LineReader, screen: Screen, voice: CustomerVoice,
                            clock: any MonotonicClock = SystemClock()) {
        self.init(resources: Preloaded(value: TrainerResources(content: content, library: library, tracks: tracks)),
                  records: records, reader: reader, screen: screen, voice: voice, clock: clock)
    }

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }
    private var menu: ChoiceMenu { ChoiceMenu(reader: reader, screen: screen) }
    private var library: ScenarioLibrary { get throws { try loaded().library } }
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

    private enum MenuItem {
        case resume, practise, exam, progress, quit
    }

    // MARK: Entry points

    /// `trenazher` with no arguments: who is training, then the menu until the trainee quits.
    public func run(trainee reference: String? = nil) throws {
        guard let trainee = try identify(reference) else { return }
        while true {
            var items: [MenuItem] = [.practise, .exam, .progress, .quit]
            var resumeTitle = ""
            if let resumable = try records.resumable(trainee: trainee),
               let scenario = try library.scenario(id: resumable.attempt.attempt.scenarioID) {
                items.insert(.resume, at: 0)
                resumeTitle = scenario.title
            }
            let labels = items.map { item -> String in
                switch item {
                case .resume: strings.resumeItem(resumeTitle)
                case .practise: strings.menuPractise
                case .exam: strings.menuExam
                case .progress: strings.menuProgress
                case .quit: strings.menuQuit
                }
            }
            guard let choice = menu.choose(strings.menuTitle, labels) else { break }
            switch items[choice] {
            case .resume:
                try resume(trainee)
            case .practise:
                if let scenario = try chooseScenario(for: trainee) {
                    _ = try play(scenario, mode: .practice, trainee: trainee)
                }
            case .exam:
                if let track = try chooseTrack(for: trainee) {
                    try exam(track, trainee: trainee)
                }
            case .progress:
                try showProgress(trainee)
            case .quit:
                screen.paragraph(strings.goodbye)
                return
            }
        }
        screen.paragraph(strings.goodbye)
    }

    /// `trenazher train [SCENARIO] [--resume]`.
    public func train(scenarioID: String?, resume wantsResume: Bool, trainee reference: String? = nil) throws {
        if let scenarioID, try library.scenario(id: scenarioID) == nil {
            throw TrainerError.unknownScenario(scenarioID)
        }
        guard let trainee = try identify(reference) else { return }
        if wantsResume {
            try resume(trainee)
        } else if let scenario = try scenarioID.flatMap(library.scenario(id:)) ?? chooseScenario(for: trainee) {
            _ = try play(scenario, mode: .practice, trainee: trainee)
        }
    }

    /// `trenazher exam TRACK`.
    public func exam(trackID: String, trainee reference: String? = nil) throws {
        guard let track = try track(trackID) else { throw TrainerError.unknownTrack(trackID) }
        guard let trainee = try identify(reference) else { return }
        try exam(track, trainee: trainee)
    }

    // MARK: Who is training

    private func identify(_ reference: String?) throws -> Trainee? {
        let trainees = try records.trainees()
        if let reference {
            guard let trainee = Self.match(reference, in: trainees) else { throw TrainerError.unknownTrainee(reference) }
            screen.paragraph(strings.welcome(trainee.firstName), style: palette.strong)
            return trainee
        }
        screen.paragraph(strings.appTitle, style: palette.strong)
        let options = trainees.map { "\($0.fullName) — \(strings.roleName($0.role))" } + [strings.registerNew]
        guard let choice = menu.choose(strings.whoIsTraining, options) else { return nil }
        let trainee = choice < trainees.count ? trainees[choice] : try register()
        if let trainee { screen.paragraph(strings.welcome(trainee.firstName), style: palette.strong) }
        return trainee
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
            guard let firstName = menu.ask(strings.askFirstName, suggestion: suggestion) else { return nil }
            let roles = TraineeRole.allCases
            guard let role = menu.choose(strings.askRole, roles.map(strings.roleName)) else { return nil }
            do {
                return try records.register(fullName: fullName, firstName: firstName, role: roles[role])
            } catch {
                screen.paragraph((error as? LocalizedError)?.errorDescription ?? "\(error)", style: palette.bad)
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
        let scenarios = try library.scenarios
        let progress = try records.progress(trainee: trainee, tracks: try tracks)
        let suggested = progress.suggestedScenario.flatMap { id in scenarios.first { $0.id == id } }
            ?? ScenarioSuggestion.next(in: scenarios, attempts: attempts, role: trainee.role)
        let ordered = ScenarioSuggestion.ordered(scenarios, attempts: attempts, role: trainee.role, suggested: suggested)
        let passed = Set(attempts.filter { $0.passed == true }.map(\.scenarioID))
        let options = ordered.map { scenario -> String in
            var label = "\(scenario.title) · \(strings.channelName(scenario.channel))"
            if scenario.id == suggested?.id { label += " — \(strings.suggested)" }
            if passed.contains(scenario.id) { label += " ✓ \(strings.passedMark)" }
            return label
        }
        return menu.choose(strings.chooseScenario, options + [strings.back]).flatMap { $0 < ordered.count ? ordered[$0] : nil }
    }

    private func chooseTrack(for trainee: Trainee) throws -> CertificationTrack? {
        let tracks = try self.tracks
        guard !tracks.isEmpty else {
            screen.paragraph(strings.noTracks, style: palette.faint)
            return nil
        }
        let ordered = tracks.filter { $0.role == trainee.role } + tracks.filter { $0.role != trainee.role }
        let options = ordered.map { "\($0.title(english: strings.isEnglish)) (\($0.scenarios.count))" }
        return menu.choose(strings.chooseTrack, options + [strings.back]).flatMap { $0 < ordered.count ? ordered[$0] : nil }
    }

    private func track(_ reference: String) throws -> CertificationTrack? {
        let folded = reference.lowercased()
        return try tracks.first { $0.id.lowercased() == folded || $0.title.lowercased() == folded || $0.titleEN.lowercased() == folded }
    }

    // MARK: Playing

    private func play(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee) throws -> AttemptOutcome {
        let recording = try records.begin(scenario, mode: mode, trainee: trainee)
        return try session(scenario, mode: mode, trainee: trainee, recording: recording).run()
    }

    private func resume(_ trainee: Trainee) throws {
        guard let (unfinished, recording) = try records.resumable(trainee: trainee) else {
            throw TrainerError.nothingToResume
        }
        let scenarioID = unfinished.attempt.scenarioID
        guard let scenario = try library.scenario(id: scenarioID) else { throw TrainerError.unknownScenario(scenarioID) }
        if scenario.sourceHash != unfinished.attempt.scenarioHash {
            screen.paragraph(strings.scenarioChanged, style: palette.faint)
        }
        _ = try session(scenario, mode: unfinished.attempt.mode, trainee: trainee, recording: recording)
            .run(resuming: unfinished.inputs)
    }

    private func exam(_ track: CertificationTrack, trainee: Trainee) throws {
        var passed = 0
        for (number, scenarioID) in track.scenarios.enumerated() {
            guard let scenario = try library.scenario(id: scenarioID) else { throw TrainerError.unknownScenario(scenarioID) }
            screen.blank()
            screen.paragraph(strings.examStep(track.title(english: strings.isEnglish), number: number + 1,
                                              of: track.scenarios.count), style: palette.strong)
            guard case .finished(let result) = try play(scenario, mode: .exam, trainee: trainee) else { return }
            if result.passed { passed += 1 }
        }
        screen.blank()
        screen.paragraph(strings.examDone(passed: passed, of: track.scenarios.count), style: palette.strong)
    }

    private func session(_ scenario: Scenario, mode: AttemptMode, trainee: Trainee,
                         recording: any AttemptRecording) throws -> AttemptSession {
        AttemptSession(scenario: scenario, content: try content, traineeName: trainee.firstName, mode: mode, voice: voice,
                       reader: reader, screen: screen, clock: clock, recording: recording)
    }

    // MARK: Progress

    /// The trainee's progress (the figures of `trenazher progress`), fitted to the terminal.
    private func showProgress(_ trainee: Trainee) throws {
        let resources = try loaded()
        let progress = try records.progress(trainee: trainee, tracks: resources.tracks)
        screen.blank()
        screen.lines(ProgressRendering.lines(for: progress, resources: resources, palette: palette, strings: strings,
                                             width: screen.sink.columns))
    }
}
