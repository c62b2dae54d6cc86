/// The job a trainee is trained for; decides which certification tracks concern them.
public enum TraineeRole: String, Codable, Sendable, CaseIterable, Hashable {
    /// A specialist of a customer service centre (ЦОК): visits, the centre's phone, written appeals.
    case cok
    /// A call-centre (гаряча лінія) operator.
    case hotline
}

/// A registered trainee.
public struct Trainee: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// «Коваль Олена Петрівна».
    public var fullName: String
    /// The name the trainee introduces themselves with, used by the greeting checks: «Олена».
    public var firstName: String
    public var role: TraineeRole

    public init(id: Int64, fullName: String, firstName: String, role: TraineeRole) {
        self.id = id
        self.fullName = fullName
        self.firstName = firstName
        self.role = role
    }
}
