import Foundation

/// Measures how long the trainee takes to answer; injected so tests control time.
public protocol MonotonicClock: AnyObject {
    /// Seconds since an arbitrary fixed point.
    func now() -> Double
}

/// The system's monotonic clock.
public final class SystemClock: MonotonicClock {
    public init() {}

    public func now() -> Double {
        ProcessInfo.processInfo.systemUptime
    }
}
