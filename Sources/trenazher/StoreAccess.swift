import ArgumentParser
import Crypto
import Foundation
import TrenazherCore
import TrenazherStore

/// Opening the progress store, the tracks and the HR keys for the commands, with their failures as
/// one-line command failures (exit 1: the task could not be done; exit 2: bad input).
enum StoreAccess {
    /// The progress database named by `--database`, `TRENAZHER_DB` or the default location. Only the commands
    /// that start a record (`creating`: a trainee's first session, `trainees add|import`, `hr init`,
    /// `admin upgrade`) make a missing database and its folder; every other command refuses a path where no
    /// database is (bad input, exit 2: most often a mistyped `--database`), and creates nothing.
    static func open(_ options: GlobalOptions, pages: PageChecking = .atOpen, creating: Bool = false) throws -> ProgressStore {
        try checkBusyTimeout()
        if !creating { try requireDatabase(options) }
        do {
            return try ProgressStore.open(path: databasePath(options), onWait: waitNotice, pages: pages)
        } catch let error as StoreError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
    }

    /// Refuses a database path where no database is (exit 2), before anything is read or created.
    static func requireDatabase(_ options: GlobalOptions) throws {
        let path = databasePath(options)
        if !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(Language.text("\(path): бази немає — перевірте --database або TRENAZHER_DB (базу створює перше тренування, `trenazher trainees add` або `trenazher hr init`)",
                                               "\(path): no database here — check --database or TRENAZHER_DB (the first training session, `trenazher trainees add` or `trenazher hr init` creates it)"),
                                 code: 2)
        }
    }

    /// Refuses a `TRENAZHER_BUSY_TIMEOUT` that is set but meaningless (bad input: exit 2).
    static func checkBusyTimeout() throws {
        let name = ProgressStore.busyTimeoutVariable
        guard let value = ProcessInfo.processInfo.environment[name], ProgressStore.busyTimeout(from: value) == nil else { return }
        let range = ProgressStore.busyTimeoutRange
        throw CommandFailure(Language.text("\(name)=\(value): очікую число секунд від \(Int(range.lowerBound)) до \(Int(range.upperBound))",
                                           "\(name)=\(value): expected a number of seconds from \(Int(range.lowerBound)) to \(Int(range.upperBound))"),
                             code: 2)
    }

    /// Said once when a write has waited a second for another process holding the database.
    static let waitNotice: @Sendable () -> Void = {
        Output.error("база зайнята іншим процесом trenazher — чекаю до \(Int(ProgressStore.busyTimeout)) с…")
    }

    static func databasePath(_ options: GlobalOptions) -> String {
        DatabaseLocation.resolve(option: options.database)
    }

    /// The key directory: `--key-dir`, `TRENAZHER_KEYS`, or `keys/` next to the database.
    static func keyDirectory(_ option: String?, _ options: GlobalOptions) -> String {
        DatabaseLocation.keyDirectory(option: option, databasePath: databasePath(options))
    }

    /// The certification tracks of `Content/tracks.yaml`.
    static func tracks(_ world: World) throws -> TrackCatalogue {
        do {
            return try TrackCatalogue.load(contentDirectory: world.paths.content)
        } catch let error as TrackFileError {
            throw CommandFailure(Language.describe(error), code: 2)
        }
    }

    /// The drills' schedule and the trend window of `Content/coaching.yaml`; a mistake in it is one
    /// line with its place, exit 2.
    static func coaching(_ world: World) throws -> CoachingSettings {
        let log = DiagnosticLog()
        let settings = CoachingSettings.load(contentDirectory: world.paths.content, log: log)
        if let problem = log.entries.first {
            throw CommandFailure(problem.text(english: Language.english), code: 2, more: log.entries.dropFirst().map { $0.text(english: Language.english) })
        }
        return settings
    }

    /// The typing limits of `Content/exam-evidence.yaml`.
    static func typingLimits(_ world: World) throws -> TypingLimits {
        do {
            return try TypingLimits.load(contentDirectory: world.paths.content)
        } catch let error as TrackFileError {
            throw CommandFailure(Language.describe(error), code: 2)
        }
    }

    /// A trainee by number, full name or first name.
    static func trainee(_ reference: String, in store: ProgressStore) throws -> Trainee {
        do {
            return try store.trainee(matching: reference)
        } catch let error as StoreError {
            throw CommandFailure(Language.describe(error), code: 2)
        }
    }

    /// A registered certificate by number or verification code, or a one-line failure (exit 2).
    static func certificate(_ reference: String, in store: ProgressStore) throws -> RegisteredCertificate {
        guard let registered = try store.certificate(reference: reference) else {
            throw CommandFailure(Language.describe(StoreError.unknownCertificate(reference)), code: 2)
        }
        return registered
    }

    /// The issuer's public key and name, for verifying.
    static func issuer(_ directory: String) throws -> IssuerProfile {
        do {
            return try SigningKeys.issuer(in: directory)
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
    }

    /// The private signing key, for issuing.
    static func signingKey(_ directory: String) throws -> Curve25519.Signing.PrivateKey {
        do {
            return try SigningKeys.privateKey(in: directory)
        } catch let error as SigningKeyError {
            throw CommandFailure(Language.describe(error), code: 1)
        }
    }

    /// Standard ID → title, in the interface language (the Ukrainian title where the catalogue has no English one).
    static func standardTitles(_ world: World, english: Bool) -> [String: String] {
        Dictionary(world.content.catalogue.map { ($0.id, $0.title(english: english)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Scenario ID → title, in the interface language (`title_en` in English where the file has one).
    static func scenarioTitles(_ world: World, english: Bool) -> [String: String] {
        Dictionary(world.library.scenarios.map { ($0.id, $0.title(english: english)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Scenario ID → `title_en`, for the scenarios whose file has one.
    static func englishScenarioTitles(_ world: World) -> [String: String] {
        Dictionary(world.library.scenarios.compactMap { scenario in scenario.titleEN.map { (scenario.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Writes to `--output FILE`, or to standard output.
    static func emit(_ text: String, to output: String?) throws {
        guard let output else {
            Output.print(text)
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
            throw CommandFailure(Language.text("\(output): не вдається записати файл", "\(output): cannot write the file"), code: 1)
        }
    }

    /// Runs a store operation, turning the store's refusals into one-line failures (a refused name — one
    /// already registered too — is bad input: exit 2).
    static func attempt<T>(english: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .duplicateTrainee = error { throw CommandFailure(Language.describe(error), code: 2) }
            throw CommandFailure(Language.describe(error), code: 1)
        } catch let error as NameError {
            throw CommandFailure(error.message(english: english), code: 2)
        }
    }
}

/// Picks the Ukrainian or the English wording.
struct Say {
    var english: Bool

    func callAsFunction(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }
}

extension ReportFormat: ExpressibleByArgument {}
