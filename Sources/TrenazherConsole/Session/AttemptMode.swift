/// Practice gives feedback after every answer; an exam only at the end, and counts for certification.
public enum AttemptMode: String, Sendable, Codable, CaseIterable {
    case practice
    case exam
}
