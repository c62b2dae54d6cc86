/// Why the trainer could not do what it was asked; the executable turns these into exit codes.
public enum TrainerError: Error, Equatable, CustomStringConvertible {
    /// No scenario with this ID in the library.
    case unknownScenario(String)
    /// No certification track with this ID or title.
    case unknownTrack(String)
    /// `--resume` without an interrupted attempt.
    case nothingToResume
    /// No trainee with this number or name.
    case unknownTrainee(String)
    /// An exam was asked for, but the answers would not be typed live at a terminal.
    case examNeedsTerminal

    public var description: String { message(english: false) }

    /// The message in Ukrainian, or in English.
    public func message(english: Bool) -> String {
        english ? englishMessage : ukrainianMessage
    }

    private var ukrainianMessage: String {
        switch self {
        case .unknownScenario(let id): "невідомий сценарій «\(id)»; див. trenazher scenarios"
        case .unknownTrack(let id): "невідомий напрям сертифікації «\(id)»"
        case .nothingToResume: "немає перерваної спроби, яку можна продовжити"
        case .unknownTrainee(let reference): "невідомий працівник «\(reference)»; див. trenazher trainees"
        case .examNeedsTerminal: "іспит складають лише наживо, друкуючи в терміналі"
        }
    }

    private var englishMessage: String {
        switch self {
        case .unknownScenario(let id): "unknown scenario '\(id)'"
        case .unknownTrack(let id): "unknown certification track '\(id)'"
        case .nothingToResume: "there is no interrupted attempt to resume"
        case .unknownTrainee(let reference): "unknown trainee '\(reference)'"
        case .examNeedsTerminal: "an exam is taken only live, typing at a terminal"
        }
    }
}
