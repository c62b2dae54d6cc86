import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal of its own, as a person in a terminal would, so end-to-end
/// tests and benchmarks can drive the real `trenazher` binary without a terminal of their own.
public final class PseudoTerminal {
    /// Why driving the program failed.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// How long, from its start, a program driven without an explicit timeout may take to show
    /// everything expected of it: generous, so a loaded machine does not fail a test, while each wait
    /// still returns as soon as the text is on screen.
    public static let defaultPatience: Double = 180

    private let master: Int32
    private let process = Process()
    private var bytes: [UInt8] = []
    private var mark = 0
    /// When waits without their own timeout give up.
    private let deadline: Date

    /// Starts `executable` with `arguments` on a new `columns`×`rows` terminal; `environment` is added
    /// to a minimal one (`TERM=xterm`, `LANG=C.UTF-8`, `NO_COLOR=1`). Waits without a timeout of their
    /// own (`expect`, `expectFirst`, `waitForExit`) poll the screen until `patience` seconds after the start.
    public init(executable: URL, arguments: [String], environment: [String: String] = [:],
                currentDirectory: URL? = nil, columns: UInt16 = 100, rows: UInt16 = 40,
                patience: Double = PseudoTerminal.defaultPatience) throws {
        deadline = Date().addingTimeInterval(patience)
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: \(String(cString: strerror(errno)))")
        }
        self.master = master
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = executable
        process.arguments = arguments
        var base = ["TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1",
                    "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
                    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        base.merge(environment) { $1 }
        process.environment = base
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            try process.run()
        } catch {
            close(master)
            throw error
        }
        try? terminal.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Everything the program has written so far, decoded as UTF-8.
    public var transcript: String { String(decoding: bytes, as: UTF8.self) }

    /// The transcript without terminal control sequences (colours, cursor movement) and carriage
    /// returns: what a person reads, give or take redrawing.
    public var visibleText: String { Self.visible(bytes) }

    /// Removes `ESC [ … final`, `ESC ] … BEL`, other `ESC x` pairs and `\r`.
    static func visible(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                let next = bytes[index + 1]
                index += 2
                if next == UInt8(ascii: "[") {
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                } else if next == UInt8(ascii: "]") {
                    while index < bytes.count, bytes[index] != 0x07 { index += 1 }
                    index += 1
                }
                continue
            }
            if byte != 0x0D && byte != 0x1B { out.append(byte) }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Types `text` (use "\r" for Enter, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D) after a pause
    /// of `reaction` seconds, as a person reacting to what just appeared.
    public func type(_ text: String, after reaction: Double = 0.05) {
        Thread.sleep(forTimeInterval: reaction)
        let data = Array(text.utf8)
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(master, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// The moment a wait gives up: `timeout` seconds from now, or the terminal's overall deadline.
    private func giveUp(after timeout: Double?) -> Date {
        timeout.map { Date().addingTimeInterval($0) } ?? deadline
    }

    /// How a failed wait names its limit.
    private func limitText(_ timeout: Double?) -> String {
        timeout.map { "within \($0) s" } ?? "before the overall deadline"
    }

    /// Waits until the visible output written since the last `expect` contains `needle`, and returns
    /// that output; throws with the output seen when `timeout` (default: the terminal's overall
    /// deadline) passes or the program ends first.
    @discardableResult
    public func expect(_ needle: String, timeout: Double? = nil) throws -> String {
        let deadline = giveUp(after: timeout)
        while true {
            let visible = Array(visibleText.utf8)
            let recent = String(decoding: visible[min(mark, visible.count)...], as: UTF8.self)
            if let range = recent.range(of: needle) {
                mark += recent[..<range.upperBound].utf8.count
                return String(recent[..<range.upperBound])
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, pump(milliseconds: Int32(min(left, 0.1) * 1000)) != .closed else {
                throw Failure(description: "did not see «\(needle)» \(limitText(timeout)); output since the last match:\n\(recent)"
                              + "\nthe last bytes written: \(String(decoding: bytes.suffix(600), as: UTF8.self).debugDescription)")
            }
        }
    }

    /// Waits until the visible output written since the last match contains one of `needles` (for the
    /// indices in `wordAfter`, followed by a non-blank character on the same line) and returns the index
    /// of the one that appears first; throws like `expect` when none does within `timeout`.
    public func expectFirst(of needles: [String], wordAfter: Set<Int> = [], timeout: Double? = nil) throws -> Int {
        let deadline = giveUp(after: timeout)
        while true {
            let visible = Array(visibleText.utf8)
            let recent = String(decoding: visible[min(mark, visible.count)...], as: UTF8.self)
            var best: (index: Int, start: String.Index, end: String.Index)?
            for (index, needle) in needles.enumerated() {
                guard let range = recent.range(of: needle) else { continue }
                var end = range.upperBound
                if wordAfter.contains(index) {
                    guard let word = recent[end...].firstIndex(where: { !$0.isWhitespace }),
                          !recent[end..<word].contains("\n") else { continue }
                    end = recent.index(after: word)
                }
                if let current = best, current.start <= range.lowerBound { continue }
                best = (index, range.lowerBound, end)
            }
            if let best {
                mark += recent[..<best.end].utf8.count
                return best.index
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, pump(milliseconds: Int32(min(left, 0.1) * 1000)) != .closed else {
                throw Failure(description: "did not see any of \(needles) \(limitText(timeout)); output since the last match:\n\(recent)")
            }
        }
    }

    /// Kills the program at once (SIGKILL), as a terminal closed or a machine failing would, and waits
    /// for it to end.
    public func killProgram() {
        kill(process.processIdentifier, SIGKILL)
        _ = waitForExit()
    }

    /// Sends the program `signal` — SIGHUP as when its terminal window is closed, SIGTERM as when the
    /// machine shuts down — and waits for it to end.
    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
        _ = waitForExit()
    }

    /// Waits for the program to end, reading what it still writes; its exit status, or `nil` when
    /// `timeout` (default: the terminal's overall deadline) passes first.
    public func waitForExit(timeout: Double? = nil) -> Int32? {
        let deadline = giveUp(after: timeout)
        while process.isRunning, deadline.timeIntervalSinceNow > 0 {
            _ = pump(milliseconds: 50)
        }
        while pump(milliseconds: 0) == .read {}
        guard !process.isRunning else { return nil }
        return process.terminationStatus
    }

    private enum Pumped {
        case read, nothing, closed
    }

    /// Reads what is available within `milliseconds`.
    private func pump(milliseconds: Int32) -> Pumped {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return ready == 0 ? .nothing : .closed }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return .closed }
        bytes.append(contentsOf: buffer[0..<count])
        return .read
    }
}
