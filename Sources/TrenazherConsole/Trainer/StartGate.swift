import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lets at most `slots` trainee consoles of one installation load Content and scenarios at once; the others
/// wait their turn asleep. Loading is pure CPU (~0.1 s a session): when a whole department logs in at once
/// on a server with few cores, every loading process shares the cores equally with the sessions already in a
/// conversation (the scheduler gives each login session an equal share, whatever its threads' priority), so a
/// reply that needs a few milliseconds waits for dozens of loaders. Through the gate, a reply competes with
/// at most `slots` of them (one a core), and the starts, CPU-bound anyway, finish about when they would have
/// together on a server that does nothing else.
///
/// The slots are byte-range locks of one file (Linux open-file-description locks: each `StartGate` holds its
/// own, released when it is closed or the process ends, also by `kill -9`). A gate that cannot be used — no
/// right to create the file, another system — is simply not waited for; nor is one whose slots stay taken
/// past `patience` (a process stopped while loading), so a start is never blocked for good.
public final class StartGate: @unchecked Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The slots for a machine with `processors` cores: one a core (at least one), so the starts use the machine as
    /// fully as they would all at once, while a reply competes with one loading process per core, not dozens.
    public static func slots(processors: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        max(1, processors)
    }

    /// Waits (polling every few milliseconds, at most `patience` seconds) for one of `slots` slots of the gate
    /// file at `path` (created when missing) and holds it until the returned gate is released; `nil` when the
    /// file cannot be used or every slot stayed taken past `patience`.
    public static func enter(path: String, slots: Int = slots(), patience: TimeInterval = 10) -> StartGate? {
        #if os(Linux)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o660)
        guard descriptor >= 0 else { return nil }
        let deadline = Date().addingTimeInterval(patience)
        var pause: useconds_t = 2_000
        repeat {
            for slot in 0..<max(1, slots) where lock(descriptor, slot: slot) {
                return StartGate(descriptor: descriptor)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        } while Date() < deadline
        close(descriptor)
        #endif
        return nil
    }

    /// Leaves the gate (the slot goes to a waiting start).
    public func release() {
        #if os(Linux)
        var range = flock()
        range.l_type = Int16(F_UNLCK)
        range.l_whence = Int16(SEEK_SET)
        range.l_start = 0
        range.l_len = 0
        _ = fcntl(descriptor, Self.setOpenFileLock, &range)
        #endif
    }

    #if os(Linux)
    /// `F_OFD_SETLK`: a lock owned by the open file description, not by the process (Linux 3.15+).
    private static let setOpenFileLock: Int32 = 37

    /// Takes the one-byte lock of `slot` without waiting; whether it was free.
    private static func lock(_ descriptor: Int32, slot: Int) -> Bool {
        var range = flock()
        range.l_type = Int16(F_WRLCK)
        range.l_whence = Int16(SEEK_SET)
        range.l_start = off_t(slot)
        range.l_len = 1
        range.l_pid = 0
        return fcntl(descriptor, setOpenFileLock, &range) == 0
    }
    #endif
}
