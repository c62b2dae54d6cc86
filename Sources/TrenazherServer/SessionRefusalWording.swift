extension SessionRequest.Refusal {
    /// The one line a trainee sees when the request is refused.
    public func message(english: Bool) -> String {
        let allowed = english
            ? "allowed: train [SCENARIO], exam TRACK, resume, progress (or nothing: the menu)"
            : "дозволено: train [СЦЕНАРІЙ], exam НАПРЯМ, resume, progress (або нічого: меню)"
        switch self {
        case .unreadable:
            return english ? "the command has an unclosed quote; \(allowed)" : "у команді незакрита лапка; \(allowed)"
        case .notAllowed(let word):
            return english ? "«\(word)» is not available over SSH; \(allowed)" : "«\(word)» недоступне через SSH; \(allowed)"
        case .optionNotAllowed(let option):
            return english ? "the option \(option) is not available over SSH; \(allowed)"
                           : "параметр \(option) недоступний через SSH; \(allowed)"
        case .badValue(let option):
            return english ? "the option \(option) needs an allowed value" : "параметрові \(option) потрібне дозволене значення"
        case .tooManyArguments(let word):
            return english ? "unexpected argument «\(word)»; \(allowed)" : "зайвий аргумент «\(word)»; \(allowed)"
        }
    }
}
