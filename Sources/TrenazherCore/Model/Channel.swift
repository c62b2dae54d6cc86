/// The way a customer reaches the company; every Standard belongs to one or more channels.
public enum Channel: String, Codable, Sendable, CaseIterable, Hashable {
    /// In person at a customer service centre (ЦОК).
    case visit
    /// The direct telephone number of a ЦОК.
    case phone
    /// The call centre (гаряча лінія).
    case hotline
    /// A postal letter or an electronic appeal.
    case written

    /// Whether the trainee speaks first (greeting a visitor, answering a call).
    public var traineeSpeaksFirst: Bool { self != .written }
}
