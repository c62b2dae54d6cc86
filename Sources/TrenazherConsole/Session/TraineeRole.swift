/// What a trainee does at the company; decides which scenarios are suggested first.
public enum TraineeRole: String, Sendable, Codable, CaseIterable {
    /// A customer service centre (ЦОК) specialist: visits, the centre's phone, written appeals.
    case serviceCentre = "service-centre"
    /// A call-centre (hotline) operator.
    case hotline
}
