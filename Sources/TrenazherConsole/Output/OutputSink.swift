import Foundation

/// Where the console's text goes: the terminal, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes text as is (no newline added) and makes it visible at once.
    func write(_ text: String)
    /// Columns available for a line; wrapping uses it.
    var columns: Int { get }
}

/// Standard output, unbuffered, measuring the terminal's width at each call.
public final class StandardOutput: OutputSink {
    private let handle = FileHandle.standardOutput
    private let fallbackColumns: Int

    public init(fallbackColumns: Int = 80) {
        self.fallbackColumns = fallbackColumns
    }

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    public var columns: Int {
        let measured = Int(TerminalInfo.columns(of: 1))
        return measured > 0 ? measured : fallbackColumns
    }
}

/// Collects everything written, for tests.
public final class CapturedOutput: OutputSink {
    public private(set) var text = ""
    public let columns: Int

    public init(columns: Int = 80) {
        self.columns = columns
    }

    public func write(_ text: String) {
        self.text += text
    }
}
