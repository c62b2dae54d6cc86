/// A problem in a file a person wrote, printed as `file:line:column: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Collects diagnostics while a file is read; loading goes on after a problem so every problem
/// of a file is reported at once.
public final class DiagnosticLog {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    /// Records a problem.
    public func report(_ message: String, at location: SourceLocation) {
        entries.append(Diagnostic(file: location.file, line: location.line, column: location.column, message: message))
    }

    /// Records an already built diagnostic.
    public func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

    /// Whether anything was reported.
    public var isEmpty: Bool { entries.isEmpty }
}

/// A position in a file (1-based line and column).
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same line, `offset` columns further.
    public func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
