import Foundation
import TrenazherStore

/// One result of `trenazher admin doctor`.
public struct DoctorFinding: Equatable, Sendable {
    public enum Status: String, Sendable {
        case ok, warning, failure
    }

    public var status: Status
    /// What was checked: a path or a subject.
    public var subject: String
    public var message: String
}

/// What `admin doctor` checks: the locations of one installation.
public struct DoctorTarget: Sendable {
    public var database: String
    public var keyDirectory: String
    public var authorizedKeys: String
    /// `PREFIX/share/trenazher`, when Trenazher is installed.
    public var installation: URL?
    public var content: URL
    public var scenarios: URL

    public init(database: String, keyDirectory: String, authorizedKeys: String, installation: URL?, content: URL, scenarios: URL) {
        self.database = database
        self.keyDirectory = keyDirectory
        self.authorizedKeys = authorizedKeys
        self.installation = installation
        self.content = content
        self.scenarios = scenarios
    }
}

/// Checks permissions, keys, the database and the installed content of one installation, reading only.
public struct Doctor {
    public var english: Bool

    public init(english: Bool) {
        self.english = english
    }

    private func say(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }

    /// Every check, in the order a person would fix them.
    public func examine(_ target: DoctorTarget) -> [DoctorFinding] {
        var findings = database(target.database)
        findings += signingKey(target.keyDirectory, databaseOwner: FileStatus(target.database))
        findings += authorizedKeys(target)
        findings += content(target)
        return findings
    }

    // MARK: Database

    private func database(_ path: String) -> [DoctorFinding] {
        guard let status = FileStatus(path) else {
            return [DoctorFinding(status: .failure, subject: path, message: say("бази даних немає", "the database does not exist"))]
        }
        var findings: [DoctorFinding] = []
        for suffix in ["", "-wal", "-shm"] {
            guard let file = FileStatus(path + suffix) else { continue }
            if file.mode & 0o007 != 0 {
                findings.append(DoctorFinding(status: .failure, subject: path + suffix,
                                              message: say("інші користувачі можуть читати або змінювати файл (права \(file.octal)); потрібно 0660 або 0600",
                                                           "other users can read or change the file (mode \(file.octal)); make it 0660 or 0600")))
            }
        }
        let directory = (path as NSString).deletingLastPathComponent
        if let folder = FileStatus(directory.isEmpty ? "." : directory), folder.mode & 0o002 != 0 {
            findings.append(DoctorFinding(status: .failure, subject: directory,
                                          message: say("будь-хто може писати в теку бази (права \(folder.octal))",
                                                       "anyone can write to the database's folder (mode \(folder.octal))")))
        }
        do {
            let store = try ProgressStore.open(path: path)
            let integrity = try store.integrityCheck()
            if integrity == ["ok"] {
                let migrations = try store.appliedMigrations()
                findings.append(DoctorFinding(status: .ok, subject: path,
                                              message: say("цілісність у порядку; схема: \(migrations.joined(separator: ", ")); власник uid \(status.owner)",
                                                           "integrity ok; schema: \(migrations.joined(separator: ", ")); owner uid \(status.owner)")))
            } else {
                findings.append(DoctorFinding(status: .failure, subject: path,
                                              message: say("перевірка цілісності: ", "integrity check: ") + integrity.prefix(3).joined(separator: "; ")))
            }
        } catch {
            findings.append(DoctorFinding(status: .failure, subject: path, message: (error as? LocalizedError)?.errorDescription ?? "\(error)"))
        }
        return findings
    }

    // MARK: Signing key

    private func signingKey(_ directory: String, databaseOwner: FileStatus?) -> [DoctorFinding] {
        let privatePath = (directory as NSString).appendingPathComponent("hr-signing.key")
        do {
            let issuer = try SigningKeys.issuer(in: directory)
            var findings = [DoctorFinding(status: .ok, subject: directory,
                                          message: say("відкритий ключ підпису: \(issuer.did)", "public signing key: \(issuer.did)"))]
            guard let key = FileStatus(privatePath) else {
                findings.append(DoctorFinding(status: .warning, subject: privatePath,
                                              message: say("закритого ключа тут немає (сертифікати видає лише той, хто його має)",
                                                           "no private key here (only whoever holds it can issue certificates)")))
                return findings
            }
            if key.mode & 0o007 != 0 {
                findings.append(DoctorFinding(status: .failure, subject: privatePath,
                                              message: say("закритий ключ можуть читати всі (права \(key.octal)); потрібно 0600 або 0640",
                                                           "anyone can read the private key (mode \(key.octal)); make it 0600 or 0640")))
            } else if let service = databaseOwner, service.owner != 0, key.readable(byUser: service.owner, group: service.group) {
                findings.append(DoctorFinding(status: .failure, subject: privatePath,
                                              message: say("службовий обліковий запис (власник бази, uid \(service.owner)) може прочитати закритий ключ",
                                                           "the service account (the database's owner, uid \(service.owner)) can read the private key")))
            } else {
                findings.append(DoctorFinding(status: .ok, subject: privatePath,
                                              message: say("закритий ключ закрито від інших (права \(key.octal))",
                                                           "the private key is closed to others (mode \(key.octal))")))
            }
            return findings
        } catch {
            return [DoctorFinding(status: .warning, subject: directory, message: (error as? LocalizedError)?.errorDescription ?? "\(error)")]
        }
    }

    // MARK: SSH access

    private func authorizedKeys(_ target: DoctorTarget) -> [DoctorFinding] {
        let path = target.authorizedKeys
        guard let file = FileStatus(path) else {
            return [DoctorFinding(status: .warning, subject: path,
                                  message: say("файлу authorized_keys ще немає (нікому не видано доступ через SSH)",
                                               "no authorized_keys yet (nobody has SSH access)"))]
        }
        var findings: [DoctorFinding] = []
        if file.mode & 0o002 != 0 {
            findings.append(DoctorFinding(status: .failure, subject: path,
                                          message: say("authorized_keys може змінити будь-хто (права \(file.octal)); потрібно 0660 або 0600",
                                                       "anyone can change authorized_keys (mode \(file.octal)); make it 0660 or 0600")))
        }
        let entries: [AuthorizedKeyEntry]
        do {
            entries = try AuthorizedKeysFile(path: path).entries()
        } catch {
            return findings + [DoctorFinding(status: .failure, subject: path, message: say("не читається", "cannot be read"))]
        }
        let known = Set(((try? ProgressStore.open(path: target.database).trainees()) ?? []).map(\.id))
        var problems = 0
        for entry in entries {
            let words = (try? ShellWords.split(entry.command)) ?? []
            if !known.contains(entry.traineeID) {
                problems += 1
                findings.append(DoctorFinding(status: .failure, subject: path,
                                              message: say("ключ \(entry.key.fingerprint) веде до працівника #\(entry.traineeID), якого немає в базі",
                                                           "key \(entry.key.fingerprint) leads to trainee #\(entry.traineeID), who is not in the database")))
            }
            if let binary = words.first, !FileManager.default.isExecutableFile(atPath: binary) {
                problems += 1
                findings.append(DoctorFinding(status: .failure, subject: path,
                                              message: say("команда ключа \(entry.key.fingerprint) запускає \(binary), якого немає",
                                                           "the command of key \(entry.key.fingerprint) runs \(binary), which does not exist")))
            }
            if let index = words.firstIndex(of: "--database"), index + 1 < words.count, words[index + 1] != target.database {
                problems += 1
                findings.append(DoctorFinding(status: .warning, subject: path,
                                              message: say("ключ \(entry.key.fingerprint) веде до іншої бази: \(words[index + 1])",
                                                           "key \(entry.key.fingerprint) leads to another database: \(words[index + 1])")))
            }
        }
        if problems == 0 {
            findings.append(DoctorFinding(status: .ok, subject: path,
                                          message: say("ключів працівників: \(entries.count), усі ведуть до тренажера",
                                                       "trainee keys: \(entries.count), all lead to the trainer")))
        }
        return findings
    }

    // MARK: Content

    private func content(_ target: DoctorTarget) -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        if let root = target.installation {
            let installation = ContentInstallation(root: root)
            if let current = installation.current() {
                let actual = (try? ContentManifest.hashes(root: root.appendingPathComponent("current"))) ?? [:]
                let changed = Set(actual.keys).union(current.files.keys).filter { actual[$0] != current.files[$0] }.sorted()
                if changed.isEmpty {
                    findings.append(DoctorFinding(status: .ok, subject: root.path,
                                                  message: say("встановлена версія \(current.version) (\(current.author), \(current.installedAt)), файли збігаються з маніфестом",
                                                               "installed version \(current.version) (\(current.author), \(current.installedAt)); files match the manifest")))
                } else {
                    findings.append(DoctorFinding(status: .failure, subject: root.path,
                                                  message: say("файли змінено повз `scenarios install`: ", "files changed outside `scenarios install`: ")
                                                      + changed.prefix(5).joined(separator: ", ")))
                }
            } else {
                findings.append(DoctorFinding(status: .warning, subject: root.path,
                                              message: say("немає записаної версії вмісту (встановіть через `make install`)",
                                                           "no recorded content version (install with `make install`)")))
            }
        }
        let report = ContentValidation.validate(content: target.content, scenarios: target.scenarios, english: english)
        if report.problems.isEmpty {
            findings.append(DoctorFinding(status: .ok, subject: target.scenarios.path,
                                          message: say("сценаріїв: \(report.scenarios), прикладів пройдено: \(report.examplesPassed)",
                                                       "scenarios: \(report.scenarios), examples passed: \(report.examplesPassed)")))
        } else {
            findings.append(DoctorFinding(status: .failure, subject: target.scenarios.path,
                                          message: say("проблем у вмісті: \(report.problems.count); перша: ", "content problems: \(report.problems.count); first: ")
                                              + (report.problems.first ?? "")))
        }
        return findings
    }
}

/// Owner, group and mode of a file (following symbolic links).
struct FileStatus {
    var owner: uid_t
    var group: gid_t
    var mode: mode_t

    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        owner = status.st_uid
        group = status.st_gid
        mode = status.st_mode & 0o7777
    }

    var octal: String { String(mode & 0o777, radix: 8) }

    /// Whether a user with this uid and primary group can read the file by its mode bits.
    func readable(byUser user: uid_t, group primary: gid_t) -> Bool {
        if owner == user { return mode & 0o400 != 0 }
        if group == primary { return mode & 0o040 != 0 }
        return mode & 0o004 != 0
    }
}
