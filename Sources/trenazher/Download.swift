import Foundation

/// Downloads one `http(s)://` address with the system's `curl` (Debian package `curl`, installed by
/// `make deps`). Foundation's own URL loading would link libcurl and the thirty-odd libraries it needs
/// into the program, and the dynamic linker would load them at every start — every trainee's session
/// paid ~6 ms of CPU before its first prompt for the one command that downloads (`verify --status`).
enum Download {
    /// What the address gave.
    enum Outcome {
        case data(Data)
        /// The server answered with this status, not a success.
        case status(Int)
        /// Nothing came back: the reason, as `curl` gives it.
        case failure(String)
    }

    /// Fetches `url`, following redirects, giving up after `timeoutSeconds`.
    static func fetch(_ url: URL, timeoutSeconds: Int = 20) -> Outcome {
        guard let curl = program("curl") else { return .failure("curl is not installed (apt-get install curl)") }
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-download-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: body) }
        let process = Process()
        process.executableURL = curl
        process.arguments = ["--silent", "--show-error", "--location", "--proto", "=http,https", "--max-time", String(timeoutSeconds),
                             "--output", body.path, "--write-out", "%{http_code}", "--", url.absoluteString]
        let status = Pipe()
        let errors = Pipe()
        process.standardOutput = status
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure("\(curl.path): \(error.localizedDescription)")
        }
        let written = status.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(text.hasPrefix("curl: ") ? String(text.dropFirst("curl: ".count)) : text)
        }
        let code = Int(String(decoding: written, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        guard (200..<300).contains(code) else { return .status(code) }
        return .data(FileManager.default.contents(atPath: body.path) ?? Data())
    }

    /// The program of this name on the `PATH`, else in `/usr/bin`.
    static func program(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
