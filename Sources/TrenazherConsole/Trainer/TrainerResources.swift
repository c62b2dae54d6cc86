import TrenazherCore
import TrenazherStore

/// What the trainer plays: the Standards, the scenario library and the certification tracks.
public struct TrainerResources: Sendable {
    public var content: ContentBundle
    public var library: ScenarioLibrary
    public var tracks: [CertificationTrack]
    /// Problems found while loading (scenarios that could not be loaded), one line each.
    public var problems: [String]

    public init(content: ContentBundle, library: ScenarioLibrary, tracks: [CertificationTrack], problems: [String] = []) {
        self.content = content
        self.library = library
        self.tracks = tracks
        self.problems = problems
    }
}
