import Foundation
import TrenazherStore

/// Granting and revoking trainees' SSH access: each key becomes one `authorized_keys` line whose forced
/// command opens that trainee's session on this database.
public struct TraineeAccess: Sendable {
    public let keys: AuthorizedKeysFile
    /// The `trenazher` binary the forced command runs (absolute).
    public let binary: String
    /// The database the forced command names (absolute).
    public let database: String

    public init(keys: AuthorizedKeysFile, binary: String, database: String) {
        self.keys = keys
        self.binary = binary
        self.database = URL(fileURLWithPath: database).standardizedFileURL.path
    }

    /// Lets `key` log in as `trainee`; with `replacing`, the trainee's other keys stop working first.
    @discardableResult
    public func grant(_ trainee: Trainee, key: SSHPublicKey, replacing: Bool = false) throws -> AuthorizedKeyEntry {
        let entry = AuthorizedKeyEntry(traineeID: trainee.id, key: key,
                                       command: AuthorizedKeyEntry.sessionCommand(binary: binary, traineeID: trainee.id, database: database))
        if replacing { try keys.remove(traineeID: trainee.id) }
        try keys.add(entry)
        return entry
    }

    /// Removes every key of `trainee`; returns how many were removed.
    @discardableResult
    public func revoke(_ trainee: Trainee) throws -> Int {
        try keys.remove(traineeID: trainee.id)
    }

    /// The keys of each trainee.
    public func keysByTrainee() throws -> [Int64: [AuthorizedKeyEntry]] {
        Dictionary(grouping: try keys.entries(), by: \.traineeID)
    }
}
