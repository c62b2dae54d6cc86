import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server (`/usr/sbin/sshd`) for end-to-end tests and benchmarks: its own host key,
/// configuration and `authorized_keys` in a temporary folder, listening on a free port of 127.0.0.1
/// only, stopped when the object goes away. Logins are by key only, as the user running the tests
/// (root logs in only through a key's forced command).
public final class SSHTestServer: Sendable {
    public static let sshd = "/usr/sbin/sshd"
    public static let ssh = "/usr/bin/ssh"
    public static let keygen = "/usr/bin/ssh-keygen"

    public let directory: URL
    public let port: UInt16
    /// The file sshd reads the keys from.
    public let authorizedKeys: URL
    /// The account the clients log in as.
    public let user: String
    private let process: pid_t

    /// Installs Debian's openssh-server and openssh-client with apt-get when sshd or ssh is missing
    /// (only root can); throws when they are still missing.
    public static func ensureInstalled() throws {
        let missing = { [sshd, ssh, keygen].contains { !FileManager.default.isExecutableFile(atPath: $0) } }
        if missing(), getuid() == 0 {
            for arguments in [["install", "-y", "openssh-server", "openssh-client"], ["update"],
                              ["install", "-y", "openssh-server", "openssh-client"]] where missing() {
                let apt = Process()
                apt.executableURL = URL(fileURLWithPath: "/usr/bin/apt-get")
                apt.arguments = arguments
                apt.environment = ["DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
                apt.standardOutput = FileHandle.nullDevice
                apt.standardError = FileHandle.nullDevice
                try apt.run()
                apt.waitUntilExit()
            }
        }
        if missing() {
            throw PseudoTerminal.Failure(description: "OpenSSH is not installed: run `make deps-test` (apt-get install openssh-server openssh-client)")
        }
    }

    /// Starts sshd in `directory` (created when missing) with room for `sessions` simultaneous logins.
    public init(directory: URL, sessions: Int = 20) throws {
        try Self.ensureInstalled()
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        authorizedKeys = directory.appendingPathComponent("authorized_keys")
        if !FileManager.default.fileExists(atPath: authorizedKeys.path) {
            _ = FileManager.default.createFile(atPath: authorizedKeys.path, contents: Data(), attributes: [.posixPermissions: 0o600])
        }
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let hostKey = directory.appendingPathComponent("host_ed25519")
        if !FileManager.default.fileExists(atPath: hostKey.path) {
            try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-f", hostKey.path])
        }
        if getuid() == 0 {
            // sshd started by root needs its privilege-separation directory.
            try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o755])
        }
        var lastFailure = ""
        for _ in 0..<5 {
            let port = try Self.freePort()
            let config = directory.appendingPathComponent("sshd_config")
            try Self.configuration(port: port, directory: directory, hostKey: hostKey, authorizedKeys: authorizedKeys,
                                   user: user, sessions: sessions).write(to: config, atomically: true, encoding: .utf8)
            let log = directory.appendingPathComponent("sshd.log")
            // Started with posix_spawn, not Foundation's Process: while sshd runs as a Process, Foundation
            // stops noticing that the other children (ssh-keygen, ssh) have ended.
            let server = try Self.spawn(Self.sshd, ["-D", "-e", "-f", config.path], errorLog: log.path)
            if Self.waitForListening(port: port, process: server) {
                self.port = port
                self.process = server
                return
            }
            Self.terminate(server)
            lastFailure = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        throw PseudoTerminal.Failure(description: "sshd did not start: \(lastFailure)")
    }

    deinit {
        stop()
    }

    /// Stops sshd (sessions already open end with their clients).
    public func stop() {
        Self.terminate(process)
    }

    /// A new client key pair in the server's folder: the private key's path and the public key's path.
    public func makeClientKey(_ name: String) throws -> (privateKey: URL, publicKey: URL) {
        let key = directory.appendingPathComponent("client-\(name)")
        try? FileManager.default.removeItem(at: key)
        try? FileManager.default.removeItem(at: key.appendingPathExtension("pub"))
        try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.path])
        return (key, key.appendingPathExtension("pub"))
    }

    /// Arguments of `ssh` logging in with `key` and asking for `command` (none: the session's menu),
    /// with a terminal on the server (`-tt`), to 127.0.0.1 only, trusting nothing but the key.
    public func sshArguments(key: URL, command: String? = nil, terminal: Bool = true) -> [String] {
        var arguments = terminal ? ["-tt"] : ["-T"]
        arguments += ["-i", key.path, "-p", String(port),
                      "-F", "/dev/null",
                      "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                      "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
                      "\(user)@127.0.0.1"]
        if let command { arguments.append(command) }
        return arguments
    }

    /// Runs `ssh` without a terminal and returns its exit status and everything it wrote.
    public func runSSH(key: URL, command: String?, extraArguments: [String] = [],
                       environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let client = Process()
        client.executableURL = URL(fileURLWithPath: Self.ssh)
        client.arguments = extraArguments + sshArguments(key: key, command: command, terminal: false)
        client.environment = ["PATH": "/usr/bin:/bin", "HOME": directory.path].merging(environment) { $1 }
        let pipe = Pipe()
        client.standardOutput = pipe
        client.standardError = pipe
        client.standardInput = FileHandle.nullDevice
        try client.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        client.waitUntilExit()
        return (client.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func configuration(port: UInt16, directory: URL, hostKey: URL, authorizedKeys: URL, user: String, sessions: Int) -> String {
        """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(hostKey.path)
        PidFile \(directory.appendingPathComponent("sshd.pid").path)
        AuthorizedKeysFile \(authorizedKeys.path)
        AllowUsers \(user)
        StrictModes no
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin forced-commands-only
        PermitUserEnvironment no
        UsePAM no
        PrintMotd no
        PrintLastLog no
        X11Forwarding no
        AllowTcpForwarding no
        AllowAgentForwarding no
        PermitTunnel no
        MaxStartups \(sessions + 10)
        MaxSessions \(sessions + 10)
        LoginGraceTime 30
        LogLevel ERROR

        """
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PseudoTerminal.Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed")
        }
    }

    /// A port of 127.0.0.1 nobody listens on (asked from the kernel, then released for sshd).
    private static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw PseudoTerminal.Failure(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw PseudoTerminal.Failure(description: "no free port on 127.0.0.1") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Starts `executable` with its standard error appended to `errorLog`.
    private static func spawn(_ executable: String, _ arguments: [String], errorLog: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorLog, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard result == 0 else { throw PseudoTerminal.Failure(description: "\(executable): \(String(cString: strerror(result)))") }
        return pid
    }

    /// Whether the child `pid` still runs (reaping it when it has ended).
    private static func isRunning(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return pid > 0 && waitpid(pid, &status, WNOHANG) == 0
    }

    /// Stops the child `pid` and reaps it.
    private static func terminate(_ pid: pid_t) {
        guard isRunning(pid) else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Whether sshd accepts connections on `port` within ten seconds.
    private static func waitForListening(port: UInt16, process: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, isRunning(process) {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = port.bigEndian
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(descriptor)
            if connected { return true }
            usleep(50_000)
        }
        return false
    }
}
