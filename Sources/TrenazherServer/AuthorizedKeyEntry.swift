/// One line of `authorized_keys` that Trenazher manages: the key logs in to one trainee's session and
/// nothing else (`restrict` removes forwarding, agent, X11 and `~/.ssh/rc`; `pty` gives the terminal
/// back; `command=` replaces whatever the client asked for).
public struct AuthorizedKeyEntry: Equatable, Sendable {
    /// The comment that marks Trenazher's lines: `trenazher-trainee:ID`.
    public static let marker = "trenazher-trainee:"

    /// The trainee the key belongs to.
    public var traineeID: Int64
    public var key: SSHPublicKey
    /// The forced command, as the shell should see it.
    public var command: String

    public init(traineeID: Int64, key: SSHPublicKey, command: String) {
        self.traineeID = traineeID
        self.key = key
        self.command = command
    }

    /// The forced command for a trainee: `BINARY ssh-session ID --database DB`, each word quoted.
    public static func sessionCommand(binary: String, traineeID: Int64, database: String) -> String {
        [binary, "ssh-session", String(traineeID), "--database", database].map(ShellWords.quote).joined(separator: " ")
    }

    /// The line as written to the file.
    public var line: String {
        let escaped = command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "restrict,pty,command=\"\(escaped)\" \(key.type) \(key.base64) \(Self.marker)\(traineeID)"
    }

    /// A Trenazher line read back, or `nil` for any other line (kept untouched by the commands).
    public static func parse(_ line: String) -> AuthorizedKeyEntry? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let comment = fields.last, comment.hasPrefix(marker),
              let id = Int64(comment.dropFirst(marker.count)), fields.count >= 4 else { return nil }
        let type = fields[fields.count - 3]
        let base64 = fields[fields.count - 2]
        guard let key = try? SSHPublicKey.parse("\(type) \(base64)"),
              let start = line.range(of: "command=\""), let end = line.range(of: "\" \(type) ", options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        let command = String(line[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        return AuthorizedKeyEntry(traineeID: id, key: key, command: command)
    }
}
