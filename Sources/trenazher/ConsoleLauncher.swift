import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// Builds the trainer from the options (resources, tracks, the progress store, the terminal) and
/// turns its errors into command failures: 2 for bad input, 1 for a task that failed. Content and
/// the scenarios the command will need load on a background thread while the first question is on screen.
enum ConsoleLauncher {
    /// Which scenarios a command reads first: the scenario list (the menu; kept between starts), the file of
    /// one scenario (`train ID`), or none until it knows which (`train --resume`, `exam`: read one by one).
    enum FirstScenarios {
        case all, one(String), none
    }

    static func run(_ options: ConsoleOptions, reading first: FirstScenarios = .all, _ body: (Trainer) throws -> Void) throws {
        let trainer = try makeTrainer(options, reading: first)
        do {
            try body(trainer)
        } catch TrainerError.examNeedsTerminal {
            throw CommandFailure(options.strings.examNeedsTerminal, code: 2)
        } catch let error as TrainerError {
            throw CommandFailure(error.message(english: options.global.english), code: error == .nothingToResume ? 1 : 2)
        } catch let error as StoreError {
            throw CommandFailure(Language.describe(error), code: 1)
        } catch let error as AttemptNotSaved {
            throw CommandFailure(error.message, code: 1)
        }
    }

    private static func makeTrainer(_ options: ConsoleOptions, reading first: FirstScenarios) throws -> Trainer {
        let paths: ResourcePaths
        do {
            paths = try ResourceLocator.locate(content: options.global.content, scenarios: options.global.scenarios)
        } catch let error as ResourceError {
            throw CommandFailure(error.description, code: 2)
        }
        // The line reader sets the C locale, which must happen before any other thread runs.
        let output = StandardOutput()
        let reader: any LineReader = EditLineReader() ?? PlainLineReader(output: output)
        let database = DatabaseLocation.resolve(option: options.global.database)
        let resources = Preloaded { try loadResources(paths, reading: first, gate: database + "-start", listFile: database + "-scenario-list",
                                                               contentFile: database + "-content") }
        let store: ProgressStore
        try StoreAccess.checkBusyTimeout()
        do {
            // The trainee's start does not walk every page of the database (`admin doctor` and the HR commands do):
            // SQLite checks the pages the session reads and writes, and a damaged one stops it (`StoreFault.damaged`).
            // A turn's commit does not copy the write-ahead log into the database (`Checkpointing.deferred`): the
            // session does it once the customer's reply is on the screen.
            store = try ProgressStore.open(path: database, onWait: StoreAccess.waitNotice, pages: .pagesUsed, checkpoints: .deferred)
        } catch let error as StoreError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
        let palette = Palette(enabled: TerminalInfo.colourAllowed(
            stdoutIsTerminal: TerminalInfo.isTerminal(1), environment: ProcessInfo.processInfo.environment))
        let screen = Screen(sink: output, palette: palette, strings: options.strings)
        return Trainer(resources: resources, records: store, reader: reader, screen: screen, voice: options.voice,
                       voiceChosen: options.voiceChosen)
    }

    /// Content/, the scenario library and the certification tracks; a scenario that does not load is
    /// a problem to show, not a failure. Of the scenarios, only those `first` names are read now (the others
    /// when the trainer needs them). Whether every claim's fact can be found (grounding) is the trainer's
    /// question, answered by `scenarios check` before a scenario is installed: the trainee's console does not
    /// spend its start on it. The menu's scenario list comes from `listFile` when it holds the list of these very
    /// files (`ScenarioListCache`); otherwise the whole library is loaded and the list kept there. Content comes from
    /// `contentFile` in the same way (`ContentCache`). The loading waits its turn at the installation's `StartGate` (the file `gate`,
    /// next to the database), so that many sessions starting at once do not slow the replies of those already playing.
    private static func loadResources(_ paths: ResourcePaths, reading first: FirstScenarios, gate: String,
                                      listFile: String, contentFile: String) throws -> TrainerResources {
        let turn = StartGate.enter(path: gate)
        defer { turn?.release() }
        let content: ContentBundle
        do {
            // Content compiled by an earlier start is kept next to the database (`ContentCache`): while no Content
            // file and the program changed, it is read from there instead of parsing and checking every file again.
            content = try ContentCache(file: URL(fileURLWithPath: contentFile)).load(from: paths.content)
        } catch let error as ContentError {
            throw CommandFailure(error.diagnostics.first.map { $0.text(english: Language.english) } ?? Language.text("Content/ містить помилки", "Content is invalid"),
                                 code: 2, more: Array(error.diagnostics.dropFirst().map { $0.text(english: Language.english) }))
        }
        // The scenario list is kept next to the database between starts (`ScenarioListCache`): while no scenario
        // file, Content file or the program changed, the list is shown without loading every scenario again.
        let shelf = ScenarioShelf(paths: [paths.scenarios], content: content,
                                  listCache: ScenarioListCache(file: URL(fileURLWithPath: listFile)))
        switch first {
        case .all: _ = shelf.listing
        case .one(let id): _ = shelf.scenario(id: id)
        case .none: break
        }
        let tracks: [CertificationTrack]
        do {
            tracks = try TrackCatalogue.load(contentDirectory: paths.content).tracks
        } catch let error as TrackFileError {
            throw CommandFailure(Language.describe(error), code: 2)
        }
        return TrainerResources(content: content, scenarios: shelf, tracks: tracks)
    }
}
