import Foundation

/// Everything the progress store can refuse, each with a one-line message naming what was refused.
public enum StoreError: Error, Equatable, Sendable, LocalizedError, BilingualError {
    /// The file exists but is not an SQLite database (corrupt, truncated, or some other kind of file).
    case notADatabase(path: String)
    /// A valid SQLite database that belongs to another program.
    case foreignDatabase(path: String)
    /// The database was written by a newer Trenazher whose schema this build does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database, or the directory it lives in, cannot be written.
    case readOnly(path: String)
    /// The database could not be opened or created for another reason.
    case cannotOpen(path: String, reason: String)
    /// No trainee matches the given name or number.
    case unknownTrainee(String)
    /// Several trainees match the given name; the candidates are listed.
    case ambiguousTrainee(String, candidates: [String])
    /// A trainee with this full name is already registered.
    case duplicateTrainee(String)
    /// No attempt with this number.
    case unknownAttempt(Int64)
    /// The attempt is finished or abandoned and can take no more turns.
    case attemptClosed(Int64)
    /// No certificate with this number or verification code.
    case unknownCertificate(String)
    /// The certificate is already revoked.
    case alreadyRevoked(String)
    /// An exam attempt offered in one go (from a transcript or an import) instead of played live.
    case examNotLive
    /// An exam answer without its typing evidence: it was not typed live at a terminal.
    case examAnswerNotTyped(Int64)

    public func message(english: Bool) -> String {
        english ? englishMessage : ukrainianMessage
    }

    private var ukrainianMessage: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): це не база тренажера (файл не SQLite або пошкоджений); його не змінено"
        case .foreignDatabase(let path):
            return "\(path): база SQLite іншої програми, не тренажера; її не змінено"
        case .newerSchema(let path, let unknown):
            return "\(path): записана новішою версією тренажера (невідома схема \(unknown.joined(separator: ", "))); оновіть trenazher — файл не змінено"
        case .readOnly(let path):
            return "\(path): сюди не можна писати (файл чи тека лише для читання); нічого не змінено"
        case .cannotOpen(let path, let reason):
            return "\(path): не вдається відкрити базу: \(reason)"
        case .unknownTrainee(let name):
            return "працівника «\(name)» немає; див. `trenazher trainees list`"
        case .ambiguousTrainee(let name, let candidates):
            return "«\(name)» відповідає кільком працівникам: \(candidates.joined(separator: "; ")); вкажіть номер або повне ПІБ"
        case .duplicateTrainee(let name):
            return "працівник «\(name)» уже зареєстрований"
        case .unknownAttempt(let id):
            return "спроби #\(id) немає"
        case .attemptClosed(let id):
            return "спробу #\(id) уже завершено або покинуто"
        case .unknownCertificate(let ref):
            return "сертифіката «\(ref)» немає"
        case .alreadyRevoked(let number):
            return "сертифікат \(number) уже відкликано"
        case .examNotLive:
            return "іспит записується лише з живої сесії за терміналом (`trenazher exam НАПРЯМ`), ніколи зі стенограми"
        case .examAnswerNotTyped(let id):
            return "спроба #\(id) — іспит: відповідь без свідчень набору (не набрана наживо за терміналом) не приймається"
        }
    }

    private var englishMessage: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a Trenazher database (the file is not SQLite or is damaged); it was left untouched"
        case .foreignDatabase(let path):
            return "\(path): an SQLite database of another program, not Trenazher's; it was left untouched"
        case .newerSchema(let path, let unknown):
            return "\(path): written by a newer Trenazher (unknown schema \(unknown.joined(separator: ", "))); update trenazher — the file was left untouched"
        case .readOnly(let path):
            return "\(path): cannot write here (read-only file or directory); nothing was changed"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database: \(reason)"
        case .unknownTrainee(let name):
            return "no trainee '\(name)'; see `trenazher trainees list`"
        case .ambiguousTrainee(let name, let candidates):
            return "'\(name)' matches several trainees: \(candidates.joined(separator: "; ")); give the number or the full name"
        case .duplicateTrainee(let name):
            return "trainee '\(name)' is already registered"
        case .unknownAttempt(let id):
            return "no attempt #\(id)"
        case .attemptClosed(let id):
            return "attempt #\(id) is already finished or abandoned"
        case .unknownCertificate(let ref):
            return "no certificate '\(ref)'"
        case .alreadyRevoked(let number):
            return "certificate \(number) is already revoked"
        case .examNotLive:
            return "an exam is recorded only from a live session at a terminal (`trenazher exam TRACK`), never from a transcript"
        case .examAnswerNotTyped(let id):
            return "attempt #\(id) is an exam: an answer without typing evidence (not typed live at a terminal) is refused"
        }
    }
}
