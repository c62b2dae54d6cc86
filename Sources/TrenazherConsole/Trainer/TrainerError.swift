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

    public var description: String {
        switch self {
        case .unknownScenario(let id): "unknown scenario '\(id)'"
        case .unknownTrack(let id): "unknown certification track '\(id)'"
        case .nothingToResume: "there is no interrupted attempt to resume"
        case .unknownTrainee(let reference): "unknown trainee '\(reference)'"
        case .examNeedsTerminal: "an exam is taken only live, typing at a terminal"
        }
    }
}
