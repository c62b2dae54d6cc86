import Foundation
import TrenazherCore
import TrenazherStore

/// What the trainer plays: the Standards, the scenario library, the certification tracks and the
/// console's own wording (`Content/console.yaml`) and coaching settings (`Content/coaching.yaml`).
public struct TrainerResources: Sendable {
    public var content: ContentBundle
    /// The scenarios, each file read when first needed (a session that plays one scenario reads one file).
    public var scenarios: ScenarioShelf
    public var tracks: [CertificationTrack]
    public var wording: ConsoleWording
    /// The drills' schedule and the trend window (`Content/coaching.yaml`).
    public var coaching: CoachingSettings
    /// Problems found while loading (the console's wording and settings), one line each; those of the
    /// scenario files are the shelf's `diagnostics`.
    public var problems: [String]

    /// Resources with the wording read from the content folder (its problems join `problems`).
    public init(content: ContentBundle, scenarios: ScenarioShelf, tracks: [CertificationTrack], problems: [String] = []) {
        let log = DiagnosticLog()
        self.content = content
        self.scenarios = scenarios
        self.tracks = tracks
        self.wording = ConsoleWording.load(contentDirectory: content.directory, log: log)
        self.coaching = CoachingSettings.load(contentDirectory: content.directory, log: log)
        self.problems = problems + log.entries.map(\.description)
    }

    /// Resources over a library already loaded.
    public init(content: ContentBundle, library: ScenarioLibrary, tracks: [CertificationTrack], problems: [String] = []) {
        self.init(content: content, scenarios: ScenarioShelf(library: library, content: content), tracks: tracks, problems: problems)
    }

    /// Every scenario (the whole library is read on first use).
    public var library: ScenarioLibrary { scenarios.library }
}
