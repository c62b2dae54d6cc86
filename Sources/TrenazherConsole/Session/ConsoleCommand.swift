import TrenazherCore
import TrenazherStore

/// The trainer's own commands, handled by the console and never graded.
enum ConsoleCommand: Equatable {
    case help
    case standards
    case clause(String)
    case hint
    case end
    case quit
    /// `/pace [WORDS-PER-MINUTE]`: show or set how fast the customer speaks.
    case pace(String)

    /// `nil` for anything that is not a console command (software actions, unknown names).
    init?(action: TraineeAction) {
        switch action.name {
        case "help", "допомога": self = .help
        case "standards", "стандарти": self = .standards
        case "clause", "пункт": self = .clause(action.argument)
        case "hint", "підказка": self = .hint
        case "end", "завершити": self = .end
        case "quit", "exit", "вийти": self = .quit
        case "pace", "темп": self = .pace(action.argument)
        default: return nil
        }
    }
}

/// The actions of the simulated company software, passed to the dialogue engine.
enum SoftwareAction {
    static let names = Set(TranscriptParser.actions)
}
