/// A certification track of `Content/tracks.yaml`: the scenarios to pass in exam mode, the minimum
/// score, and how long the certificate stays valid.
public struct CertificationTrack: Sendable, Hashable, Identifiable {
    public var id: String
    /// «Фахівець ЦОК».
    public var title: String
    public var titleEN: String
    /// The role the track concerns.
    public var role: TraineeRole
    public var description: String
    public var descriptionEN: String
    /// Scenario IDs that must each be passed in exam mode.
    public var scenarios: [String]
    /// The lowest score an exam attempt may have to count.
    public var minScore: Int
    /// Months a certificate stays valid; exam attempts older than this do not count either.
    public var validityMonths: Int

    public init(id: String, title: String, titleEN: String, role: TraineeRole, description: String, descriptionEN: String,
                scenarios: [String], minScore: Int, validityMonths: Int) {
        self.id = id
        self.title = title
        self.titleEN = titleEN
        self.role = role
        self.description = description
        self.descriptionEN = descriptionEN
        self.scenarios = scenarios
        self.minScore = minScore
        self.validityMonths = validityMonths
    }

    /// The title in the interface language.
    public func title(english: Bool) -> String { english ? titleEN : title }
}
