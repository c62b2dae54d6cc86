/// Who produced a line of the conversation.
public enum Speaker: String, Codable, Sendable, Hashable {
    case customer
    case trainee
    /// The simulated company software answering an action.
    case system
}
