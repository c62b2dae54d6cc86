import Dispatch

/// A value computed on a background thread from start-up, so the first prompt need not wait for
/// it; `get()` waits for it when it is first needed.
public final class Preloaded<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the loading thread before `finished` is signalled; read only after waiting on it.
    private var result: Result<Value, any Error>?

    /// Starts `work` on a background thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.finished.signal()
        }
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
