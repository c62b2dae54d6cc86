/// A problem in a file a person wrote, printed as `file:line:column: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int
    public var column: Int
    /// The message in English.
    public var message: String
    /// The message in Ukrainian (the English one where no translation was written).
    public var ukrainian: String

    public init(file: String, line: Int, column: Int, message: String, ukrainian: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.ukrainian = ukrainian ?? message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// `file:line:column: message` in the interface language.
    public func text(english: Bool) -> String { "\(file):\(line):\(column): \(english ? message : ukrainian)" }
}

/// A message in both interface languages.
public struct Bilingual: Sendable, Codable, Hashable {
    public var uk: String
    public var en: String

    public init(uk: String, en: String) {
        self.uk = uk
        self.en = en
    }

    /// The message in the interface language.
    public func text(english: Bool) -> String { english ? en : uk }

    public static func + (left: Bilingual, right: Bilingual) -> Bilingual {
        Bilingual(uk: left.uk + right.uk, en: left.en + right.en)
    }
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

    /// Records a problem written in both languages.
    public func report(_ message: Bilingual, at location: SourceLocation) {
        entries.append(Diagnostic(file: location.file, line: location.line, column: location.column, message: message.en, ukrainian: message.uk))
    }

    /// Records a problem written in both languages.
    public func report(uk: String, en: String, at location: SourceLocation) {
        report(Bilingual(uk: uk, en: en), at: location)
    }

    /// Records an already built diagnostic.
    public func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

    /// Whether anything was reported.
    public var isEmpty: Bool { entries.isEmpty }
}

/// A position in a file (1-based line and column).
public struct SourceLocation: Sendable, Codable, Hashable {
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

extension Bilingual: CustomStringConvertible {
    /// The English text (logs and test failures).
    public var description: String { en }

    /// An error's message in both languages where it carries both (a diagnostic, a transcript error),
    /// and its description in both otherwise.
    public init(_ error: any Error) {
        switch error {
        case let diagnostic as Diagnostic:
            self.init(uk: diagnostic.text(english: false), en: diagnostic.text(english: true))
        case let transcript as TranscriptError:
            self.init(uk: "\(transcript.file):\(transcript.line):\(transcript.column): \(transcript.ukrainian)", en: transcript.description)
        default:
            self.init(uk: "\(error)", en: "\(error)")
        }
    }
}
