import Foundation

/// What a list of scenarios needs of a scenario: its ID and channel (which scenario to suggest).
public protocol ListedScenario {
    var id: String { get }
    var channel: Channel { get }
}

extension Scenario: ListedScenario {}

/// One line of the scenario list: a scenario that loads, as the list shows it.
public struct ScenarioListing: ListedScenario, Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// The title in English (`title_en`), when the file has one.
    public var titleEN: String?
    public var channel: Channel

    public init(id: String, title: String, titleEN: String? = nil, channel: Channel) {
        self.id = id
        self.title = title
        self.titleEN = titleEN
        self.channel = channel
    }

    /// The line of a loaded scenario.
    public init(_ scenario: Scenario) {
        self.init(id: scenario.id, title: scenario.title, titleEN: scenario.titleEN, channel: scenario.channel)
    }

    /// The title in the reader's language: `title_en` in English when the file has one, `title` otherwise.
    public func title(english: Bool) -> String { english ? titleEN ?? title : title }
}

/// The scenario list of a library: the scenarios that load, in library order, and the problems the load
/// reported — exactly what `ScenarioLibrary.load(paths:content:checkVariants: false, grounding: false)` gives
/// of them, without the scenarios themselves.
public struct ScenarioList: Sendable, Hashable {
    public var scenarios: [ScenarioListing]
    public var diagnostics: [Diagnostic]

    public init(scenarios: [ScenarioListing], diagnostics: [Diagnostic]) {
        self.scenarios = scenarios
        self.diagnostics = diagnostics
    }

    /// The list of a loaded library and the problems of its load.
    public init(library: ScenarioLibrary, diagnostics: [Diagnostic]) {
        self.init(scenarios: library.scenarios.map(ScenarioListing.init), diagnostics: diagnostics)
    }

    /// The listing with this ID (the library keeps one scenario an ID).
    public func scenario(id: String) -> ScenarioListing? { scenarios.first { $0.id == id } }
}
