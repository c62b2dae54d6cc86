import Glibc

/// Notices keys pressed on a terminal while the console prints: puts the terminal in
/// non-canonical mode without echo or signals (so a key press, even Ctrl-C, is only collected) and
/// polls for input. `finish()` restores the terminal.
final class RawKeyListener: KeyListener {
    private let fd: Int32
    private var saved = termios()
    private var active = false

    /// `nil` when `fd` is not a terminal whose mode can be changed.
    init?(fd: Int32) {
        guard isatty(fd) == 1, tcgetattr(fd, &saved) == 0 else { return nil }
        self.fd = fd
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(fd, TCSANOW, &raw) == 0 else { return nil }
        active = true
    }

    deinit { restore() }

    func keysPressed(within seconds: Double) -> String {
        var pending = [UInt8]()
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, seconds * 1000).rounded())
        if poll(&descriptor, 1, milliseconds) > 0 {
            pending = drain()
        }
        return Self.decode(pending, completingFrom: fd)
    }

    func finish() -> String {
        let rest = Self.decode(drain(), completingFrom: fd)
        restore()
        return rest
    }

    private func drain() -> [UInt8] {
        guard active else { return [] }
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    private func restore() {
        guard active else { return }
        active = false
        _ = tcsetattr(fd, TCSANOW, &saved)
    }

    /// Decodes UTF-8, waiting briefly for the rest of a character split between two reads.
    private static func decode(_ bytes: [UInt8], completingFrom fd: Int32) -> String {
        var bytes = bytes
        for _ in 0..<3 where UTF8Tail.missingBytes(in: bytes) > 0 {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 8)
            let count = read(fd, &buffer, UTF8Tail.missingBytes(in: bytes))
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// How many bytes the last UTF-8 character in a buffer still lacks.
enum UTF8Tail {
    static func missingBytes(in bytes: [UInt8]) -> Int {
        for back in 1...min(4, max(1, bytes.count)) where back <= bytes.count {
            let byte = bytes[bytes.count - back]
            if byte & 0b1100_0000 == 0b1000_0000 { continue }
            let length: Int
            switch byte {
            case 0b1111_0000...: length = 4
            case 0b1110_0000...: length = 3
            case 0b1100_0000...: length = 2
            default: length = 1
            }
            return max(0, length - back)
        }
        return 0
    }
}
