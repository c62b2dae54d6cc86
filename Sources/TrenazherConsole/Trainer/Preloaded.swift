import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A value computed on a background thread from start-up, so the first prompt need not wait for
/// it; `get()` waits for it when it is first needed.
public final class Preloaded<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the loading thread before `finished` is signalled; read only after waiting on it.
    private var result: Result<Value, any Error>?

    /// How much lower than the rest of the process the loading thread is scheduled (`nice`, Linux).
    static var niceness: Int32 { 10 }

    /// Starts `work` on a thread of its own, scheduled below the process's other threads: on a server
    /// where many trainees start at once, the trainees already in a conversation get their replies
    /// first and the starts share what is left (an idle machine runs it at once all the same).
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread {
            Self.lowerPriorityOfThisThread()
            self.result = Result { try work() }
            self.finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Lowers the calling thread's priority only (on Linux `setpriority(PRIO_PROCESS, 0, …)` applies to
    /// the calling thread, not to the others); raising it back would need privileges, so it is done on a
    /// thread that ends with the work.
    private static func lowerPriorityOfThisThread() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return }
        _ = setpriority(which, 0, min(19, current + niceness))
        #endif
    }

    /// A value that is already there.
    public init(value: Value) {
        result = .success(value)
        finished.signal()
    }

    /// The value, waiting for the work to finish; rethrows the work's error.
    public func get() throws -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let result else { preconditionFailure("Preloaded finished without a result") }
        return try result.get()
    }
}
