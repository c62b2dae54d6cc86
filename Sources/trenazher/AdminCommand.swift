import ArgumentParser
import Foundation
import TrenazherServer
import TrenazherStore

/// `trenazher admin backup|restore|upgrade|doctor`: operating one installation.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: Language.text("Обслуговування: резервна копія, відновлення, оновлення схеми, перевірка встановлення.", "Maintenance: backup, restore, schema upgrade, installation check."),
        subcommands: [Backup.self, Restore.self, Upgrade.self, Doctor.self]
    )

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "backup", abstract: Language.text("Резервна копія бази (можна під час тренувань).", "Back up the database (also while trainees practise)."))

        @OptionGroup var options: GlobalOptions
        @Argument(help: Language.help("Файл резервної копії, який створити.", "The backup file to create.")) var file: String

        func run() throws {
            let store = try StoreAccess.open(options)
            try StoreAccess.attempt { try store.backup(to: file) }
            Output.print(Say(english: options.english)("Резервну копію записано: \(file) (цілісність перевірено)",
                                                       "Backup written: \(file) (integrity checked)"))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "restore", abstract: Language.text("Відновити базу з резервної копії (поточну спершу збережено поруч).", "Restore the database from a backup (the current one is saved beside it first)."))

        @OptionGroup var options: GlobalOptions
        @Argument(help: Language.help("Файл резервної копії.", "The backup file.")) var file: String

        func run() throws {
            let path = StoreAccess.databasePath(options)
            let saved = try StoreAccess.attempt { try ProgressStore.restore(from: file, into: path) }
            Output.print(Say(english: options.english)("Базу \(path) відновлено з \(file). Попередній стан: \(saved)",
                                                       "Database \(path) restored from \(file). The previous state: \(saved)"))
        }
    }

    struct Upgrade: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "upgrade", abstract: Language.text("Після оновлення програми: резервна копія, потім міграції схеми.", "After updating the program: a backup, then the schema migrations."))

        @OptionGroup var options: GlobalOptions
        @Option(name: .long, help: Language.help("Куди зберегти копію перед міграцією (типово: поруч із базою).", "Where to save the copy taken before migrating (default: next to the database)."))
        var backup: String?

        func run() throws {
            let say = Say(english: options.english)
            let path = StoreAccess.databasePath(options)
            if FileManager.default.fileExists(atPath: path) {
                let copy = backup ?? path + ".before-upgrade-" + String(Int(Date().timeIntervalSince1970))
                try StoreAccess.attempt { try ProgressStore.backupWithoutMigrating(path: path, to: copy) }
                Output.print(say("Копію до оновлення записано: \(copy)", "Copy before the upgrade: \(copy)"))
            }
            let store = try StoreAccess.open(options, creating: true)
            let applied = try store.appliedMigrations()
            Output.print(say("Схема бази: \(applied.joined(separator: ", ")) — актуальна.", "Database schema: \(applied.joined(separator: ", ")) — up to date."))
        }
    }

    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "doctor", abstract: Language.text("Перевірити права доступу, ключі, базу і встановлений вміст.", "Check permissions, keys, the database and the installed content."))

        @OptionGroup var options: GlobalOptions
        @OptionGroup var keys: KeyOptions
        @OptionGroup var access: AccessOptions

        func run() throws {
            let world = try options.loadWorld()
            let target = DoctorTarget(database: StoreAccess.databasePath(options), keyDirectory: StoreAccess.keyDirectory(keys.keyDir, options),
                                      authorizedKeys: access.file(options).path, installation: InstallationLocator.installationRoot(),
                                      content: world.paths.content, scenarios: world.paths.scenarios)
            let findings = TrenazherServer.Doctor(english: options.english).examine(target)
            for finding in findings {
                let mark = switch finding.status {
                case .ok: "✓"
                case .warning: "!"
                case .failure: "✗"
                }
                Output.print("\(mark) \(finding.subject): \(finding.message)")
            }
            if findings.contains(where: { $0.status == .failure }) { throw ExitCode(1) }
        }
    }
}
