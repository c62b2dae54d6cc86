import Foundation
import TrenazherCore
import TrenazherStore

/// What the trainer plays: the Standards, the scenario library, the certification tracks and the
/// console's own wording (`Content/console.yaml`) and coaching settings (`Content/coaching.yaml`).
public struct TrainerResources: Sendable {
    public var content: ContentBundle
    public var library: ScenarioLibrary
    public var tracks: [CertificationTrack]
    public var wording: ConsoleWording
    /// The drills' schedule and the trend window (`Content/coaching.yaml`).
    public var coaching: CoachingSettings
    /// Problems found while loading (scenarios that could not be loaded), one line each.
    public var problems: [String]

    /// Resources with the wording read from the content folder (its problems join `problems`).
    public init(content: ContentBundle, library: ScenarioLibrary, tracks: [CertificationTrack], problems: [String] = []) {
        let log = DiagnosticLog()
        self.content = content
        self.library = library
        self.tracks = tracks
        self.wording = ConsoleWording.load(contentDirectory: content.directory, log: log)
        self.coaching = CoachingSettings.load(contentDirectory: content.directory, log: log)
        self.problems = problems + log.entries.map(\.description)
    }
}
