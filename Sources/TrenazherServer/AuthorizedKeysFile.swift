import Foundation

/// Why the `authorized_keys` file could not be changed.
public enum AuthorizedKeysError: Error, Equatable, Sendable {
    /// The same key already logs in as another trainee (or the same one).
    case keyInUse(fingerprint: String, traineeID: Int64)
    /// The file or its folder cannot be read or written.
    case cannotWrite(path: String, reason: String)
}

/// The `authorized_keys` file of the service account: Trenazher's lines are added and removed, every
/// other line is kept as it is. Changes are written to a temporary file and renamed over the old one,
/// under an exclusive lock, so sshd never reads half a file and two HR commands do not interleave.
public struct AuthorizedKeysFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Trenazher's entries, in file order.
    public func entries() throws -> [AuthorizedKeyEntry] {
        try lines().compactMap(AuthorizedKeyEntry.parse)
    }

    /// Adds `entry`; refuses a key that is already in the file.
    public func add(_ entry: AuthorizedKeyEntry) throws {
        try locked {
            var lines = try self.lines()
            if let existing = lines.compactMap(AuthorizedKeyEntry.parse).first(where: { $0.key.base64 == entry.key.base64 }) {
                throw AuthorizedKeysError.keyInUse(fingerprint: entry.key.fingerprint, traineeID: existing.traineeID)
            }
            lines.append(entry.line)
            try write(lines)
        }
    }

    /// Removes every key of a trainee; returns how many there were.
    @discardableResult
    public func remove(traineeID: Int64) throws -> Int {
        try locked {
            let lines = try self.lines()
            let kept = lines.filter { AuthorizedKeyEntry.parse($0)?.traineeID != traineeID }
            if kept.count != lines.count { try write(kept) }
            return lines.count - kept.count
        }
    }

    private func lines() throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw AuthorizedKeysError.cannotWrite(path: path, reason: "cannot read")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    private func write(_ lines: [String]) throws {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var mode: mode_t = 0o600
        var status = stat()
        if stat(path, &status) == 0 { mode = status.st_mode & 0o777 }
        let temporary = (directory as NSString).appendingPathComponent(".authorized_keys.\(getpid()).tmp")
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: Int(mode)]),
              chmod(temporary, mode) == 0 else {
            throw AuthorizedKeysError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AuthorizedKeysError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Runs `body` holding an exclusive lock on `PATH.lock` (opened for reading only, so every member of
    /// the file's group can take it).
    private func locked<T>(_ body: () throws -> T) throws -> T {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw AuthorizedKeysError.cannotWrite(path: path, reason: "cannot create the folder")
            }
        }
        let descriptor = open(path + ".lock", O_RDONLY | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw AuthorizedKeysError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw AuthorizedKeysError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
