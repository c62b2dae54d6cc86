import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server for tests, on 127.0.0.1 and a port the system picks (always free): it answers
/// each `GET` with what `respond` gives for the path and closes the connection. It cannot hang a test: the
/// accepting thread wakes every 50 ms to see whether `stop()` was called, a client that sends nothing is
/// dropped after a second, and `stop()` waits at most five seconds for the thread.
final class LoopbackHTTPServer: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The port it listens on.
    let port: UInt16
    /// `http://127.0.0.1:PORT`.
    var address: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let respond: @Sendable (String) -> (status: Int, body: Data)
    private let lock = NSLock()
    private var stopping = false
    private var requested: [String] = []
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening; `respond` gets each request's path (e.g. `/certs/status/revocation.json`).
    init(respond: @escaping @Sendable (String) -> (status: Int, body: Data)) throws {
        self.respond = respond
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(listener, generic, length) == 0 && listen(listener, 16) == 0 && getsockname(listener, generic, &length) == 0
            }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            close(listener)
            throw Failure(description: "cannot listen on 127.0.0.1: \(reason)")
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    deinit {
        stop()
    }

    /// The paths asked for so far, in order.
    var paths: [String] { lock.withLock { requested } }

    /// Stops accepting and closes the port (waiting at most five seconds for the serving thread).
    func stop() {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        _ = finished.wait(timeout: .now() + 5)
    }

    private var shouldStop: Bool { lock.withLock { stopping } }

    private func serve() {
        defer {
            close(listener)
            finished.signal()
        }
        while !shouldStop {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            answer(client)
            close(client)
        }
    }

    /// Reads the request head (for at most a second) and writes the response.
    private func answer(_ client: Int32) {
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while head.count < 65_536, !head.ends(with: Array("\r\n\r\n".utf8)) {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { break }
            head += buffer[0..<count]
        }
        let requestLine = String(decoding: head.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self).split(separator: " ")
        guard requestLine.count >= 2, requestLine[0] == "GET" else { return }
        let path = String(requestLine[1])
        lock.withLock { requested.append(path) }
        let (status, body) = respond(path)
        let response = Data("HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body
        response.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(client, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
