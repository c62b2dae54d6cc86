import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// Builds the trainer from the options (resources, tracks, the progress store, the terminal) and
/// turns its errors into command failures: 2 for bad input, 1 for a task that failed.
enum ConsoleLauncher {
    static func run(_ options: ConsoleOptions, _ body: (Trainer) throws -> Void) throws {
        let trainer = try makeTrainer(options)
        do {
            try body(trainer)
        } catch let error as TrainerError {
            throw CommandFailure(error.description, code: error == .nothingToResume ? 1 : 2)
        } catch let error as StoreError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
    }

    private static func makeTrainer(_ options: ConsoleOptions) throws -> Trainer {
        let world = try options.global.loadWorld()
        world.diagnostics.forEach { Output.error($0.description) }
        let tracks: [CertificationTrack]
        do {
            tracks = try TrackCatalogue.load(contentDirectory: world.paths.content).tracks
        } catch let error as TrackFileError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 2)
        }
        let store: ProgressStore
        do {
            store = try ProgressStore.open(path: DatabaseLocation.resolve(option: options.global.database))
        } catch let error as StoreError {
            throw CommandFailure(error.errorDescription ?? "\(error)", code: 1)
        }
        let output = StandardOutput()
        let reader: any LineReader = EditLineReader() ?? PlainLineReader(output: output)
        let palette = Palette(enabled: TerminalInfo.colourAllowed(
            stdoutIsTerminal: TerminalInfo.isTerminal(1), environment: ProcessInfo.processInfo.environment))
        let screen = Screen(sink: output, palette: palette, strings: options.strings)
        return Trainer(library: world.library, content: world.content, tracks: tracks, records: store,
                       reader: reader, screen: screen, voice: options.voice)
    }
}
