/// What `scenarios check --explain` prints: how each `accept` value and word pattern was read.
public final class ExplanationLog {
    /// One explained value, at its place in the file.
    public struct Entry: Sendable {
        public var location: SourceLocation
        public var text: Bilingual
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Records how one value was read.
    func add(_ location: SourceLocation, _ text: Bilingual) {
        entries.append(Entry(location: location, text: text))
    }
}
