import ArgumentParser
import Foundation
import TrenazherServer
import TrenazherStore

/// `trenazher trainees add|key|remove|list|import`: the trainees in the progress database and their
/// SSH access.
struct TraineesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: Language.text("Працівники, що навчаються, і їхній доступ через SSH: додати, ключ, відкликати, переглянути, імпорт.", "Trainees and their SSH access: add, key, revoke, list, import."),
        subcommands: [Add.self, Key.self, Remove.self, List.self, Import.self],
        defaultSubcommand: List.self
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Language.text("Зареєструвати працівника (з --ssh-key: і дати доступ через SSH).", "Register a trainee (with --ssh-key: and give SSH access)."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var access: AccessOptions
        @Argument(help: Language.help("Прізвище, ім'я та по батькові.", "Full name (ПІБ).")) var fullName: String
        @Option(name: .long, help: Language.help("Ім'я, яким працівник представляється клієнтам.", "The first name used in greetings.")) var firstName: String
        @Option(name: .long, help: Language.help("cok (фахівець ЦОК) або hotline (оператор гарячої лінії).", "cok (ЦОК specialist) or hotline (call-centre operator).")) var role: TraineeRole
        @Option(name: .long, help: Language.help("Файл відкритого ключа OpenSSH працівника (.pub): з ним він входить одразу у свій тренажер.", "The trainee's OpenSSH public key file (.pub): it will log in straight into their trainer."))
        var sshKey: String?

        func run() throws {
            let say = Say(english: options.english)
            let key = try sshKey.map { try TraineeKeys.read($0, english: options.english) }
            if let key, let holder = try? TraineeKeys.access(options, access).keysByTrainee()
                .first(where: { $0.value.contains { $0.key.base64 == key.base64 } }) {
                throw CommandFailure(AuthorizedKeysError.keyInUse(fingerprint: key.fingerprint, traineeID: holder.key).message(english: options.english),
                                     code: 2)
            }
            let session = try HRSession.openIfKeyHeld(options, creating: true)
            let store = try session?.store ?? StoreAccess.open(options, creating: true)
            let trainee = try StoreAccess.attempt(english: options.english) { try store.registerTrainee(fullName: fullName, firstName: firstName, role: role) }
            Output.print(say("Зареєстровано #\(trainee.id) \(trainee.fullName)", "Registered #\(trainee.id) \(trainee.fullName)"))
            if let key {
                try TraineeKeys.grant(key, to: trainee, store: store, options: options, access: access, replacing: false)
            }
            try session?.seal()
        }
    }

    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "key", abstract: Language.text("Дати працівникові ключ SSH (--replace: замість старих, напр. коли ключ загублено).", "Give a trainee an SSH key (--replace: instead of the old ones, e.g. when a key is lost)."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var access: AccessOptions
        @Argument(help: Language.help("Працівник (номер, ПІБ або ім'я).", "The trainee (number, full name or first name).")) var trainee: String
        @Option(name: .long, help: Language.help("Файл відкритого ключа OpenSSH працівника (.pub).", "The trainee's OpenSSH public key file (.pub).")) var sshKey: String
        @Flag(name: .long, help: Language.help("Спершу відкликати інші ключі працівника.", "Revoke the trainee's other keys first.")) var replace = false

        func run() throws {
            let key = try TraineeKeys.read(sshKey, english: options.english)
            let session = try HRSession.openIfKeyHeld(options)
            let store = try session?.store ?? StoreAccess.open(options)
            let person = try StoreAccess.trainee(trainee, in: store)
            try TraineeKeys.grant(key, to: person, store: store, options: options, access: access, replacing: replace)
            try session?.seal()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: Language.text("Відкликати доступ працівника через SSH (записи спроб і сертифікати залишаються).", "Revoke a trainee's SSH access (attempt records and certificates stay)."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var access: AccessOptions
        @Argument(help: Language.help("Працівник (номер, ПІБ або ім'я).", "The trainee (number, full name or first name).")) var trainee: String

        func run() throws {
            let say = Say(english: options.english)
            let session = try HRSession.openIfKeyHeld(options)
            let store = try session?.store ?? StoreAccess.open(options)
            let person = try StoreAccess.trainee(trainee, in: store)
            let removed = try TraineeKeys.attempt(options.english) { try TraineeKeys.access(options, access).revoke(person) }
            try store.appendAudit(actor: OSAccount.current, action: "ssh-revoke", subject: "#\(person.id) \(person.fullName)", details: AuditText.keysRemoved(removed))
            try session?.seal()
            Output.print(say("Доступ відкликано: #\(person.id) \(person.fullName), ключів: \(removed). Записи спроб збережено.",
                             "Access revoked: #\(person.id) \(person.fullName), keys: \(removed). Attempt records are kept."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Language.text("Перелік працівників і їхніх ключів SSH.", "List the trainees and their SSH keys."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var access: AccessOptions

        func run() throws {
            let wording = ReportWording(english: options.english)
            let say = Say(english: options.english)
            let store = try StoreAccess.open(options)
            let trainees = try store.trainees()
            if trainees.isEmpty {
                Output.print(say("Працівників ще не зареєстровано.", "No trainees registered yet."))
                return
            }
            let keys = (try? TraineeKeys.access(options, access).keysByTrainee()) ?? [:]
            Output.print(trainees.map { trainee in
                let held = keys[trainee.id] ?? []
                let ssh = held.isEmpty ? say("без ключа SSH", "no SSH key")
                                       : "SSH: " + held.map { "\($0.key.type) \($0.key.fingerprint)" }.joined(separator: ", ")
                return "#\(trainee.id)  \(trainee.fullName) (\(trainee.firstName)), \(wording.role(trainee.role)) — \(ssh)"
            }.joined(separator: "\n"))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
            abstract: Language.text("Додати групу працівників із CSV: full_name,first_name,role,ssh_key (ключ або шлях до .pub).", "Add trainees from a CSV: full_name,first_name,role,ssh_key (a key or a path to a .pub)."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var access: AccessOptions
        @Argument(help: Language.help("Файл CSV.", "The CSV file.")) var file: String

        func run() throws {
            let say = Say(english: options.english)
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CommandFailure(say("\(file): не вдається прочитати файл (потрібен UTF-8)", "\(file): cannot read the file (UTF-8 expected)"), code: 2)
            }
            let rows: [RosterRow]
            do {
                rows = try TraineeRoster.parse(text)
            } catch let error as RosterError {
                throw CommandFailure("\(file):\(error.line):1: \(error.message)", code: 2)
            }
            let base = URL(fileURLWithPath: file).deletingLastPathComponent()
            var prepared: [(RosterRow, TraineeRole, SSHPublicKey)] = []
            for row in rows {
                guard let role = TraineeRole(rawValue: row.role) else {
                    throw CommandFailure("\(file):\(row.line):1: " + say("роль «\(row.role)»: потрібно cok або hotline", "role «\(row.role)»: cok or hotline expected"), code: 2)
                }
                let key: SSHPublicKey
                if let inline = try? SSHPublicKey.parse(row.sshKey) {
                    key = inline
                } else {
                    let path = row.sshKey.hasPrefix("/") ? row.sshKey : base.appendingPathComponent(row.sshKey).path
                    do {
                        key = try TraineeKeys.read(path, english: options.english)
                    } catch let failure as CommandFailure {
                        throw CommandFailure("\(file):\(row.line):1: " + failure.message, code: 2)
                    }
                }
                prepared.append((row, role, key))
            }
            let session = try HRSession.openIfKeyHeld(options, creating: true)
            let store = try session?.store ?? StoreAccess.open(options, creating: true)
            let known = try store.trainees()
            for (row, role, key) in prepared {
                let trainee: Trainee
                if let existing = known.first(where: { $0.fullName.lowercased() == row.fullName.lowercased() }) {
                    trainee = existing
                } else {
                    trainee = try StoreAccess.attempt { try store.registerTrainee(fullName: row.fullName, firstName: row.firstName, role: role) }
                    Output.print(say("Зареєстровано #\(trainee.id) \(trainee.fullName)", "Registered #\(trainee.id) \(trainee.fullName)"))
                }
                try TraineeKeys.grant(key, to: trainee, store: store, options: options, access: access, replacing: true)
            }
            try session?.seal()
            Output.print(say("Рядків: \(prepared.count).", "Rows: \(prepared.count)."))
        }
    }
}

/// Reading a trainee's public key and writing it into `authorized_keys`, for the `trainees` commands.
enum TraineeKeys {
    static func read(_ path: String, english: Bool) throws -> SSHPublicKey {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure(Say(english: english)("\(path): не вдається прочитати файл ключа", "\(path): cannot read the key file"), code: 2)
        }
        do {
            return try SSHPublicKey.parse(text)
        } catch let problem as SSHPublicKey.Problem {
            throw CommandFailure(problem.message(path: path, english: english), code: 2)
        }
    }

    static func access(_ options: GlobalOptions, _ access: AccessOptions) -> TraineeAccess {
        TraineeAccess(keys: access.file(options), binary: InstallationLocator.executablePath, database: StoreAccess.databasePath(options))
    }

    static func grant(_ key: SSHPublicKey, to trainee: Trainee, store: ProgressStore, options: GlobalOptions,
                      access: AccessOptions, replacing: Bool) throws {
        let granter = Self.access(options, access)
        _ = try attempt(options.english) { try granter.grant(trainee, key: key, replacing: replacing) }
        try store.appendAudit(actor: OSAccount.current, action: "ssh-grant", subject: "#\(trainee.id) \(trainee.fullName)", details: key.fingerprint)
        Output.print(Say(english: options.english)(
            "Доступ через SSH: #\(trainee.id) \(trainee.fullName), ключ \(key.fingerprint) (\(granter.keys.path))",
            "SSH access: #\(trainee.id) \(trainee.fullName), key \(key.fingerprint) (\(granter.keys.path))"))
    }

    static func attempt<T>(_ english: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AuthorizedKeysError {
            throw CommandFailure(error.message(english: english), code: 1)
        }
    }
}

extension TraineeRole: ExpressibleByArgument {}
