import Testing
@testable import TrenazherCore

/// `YAMLNode.fields` reads a mapping's pairs in place into a short list: every known key's value and place, every
/// problem and its order as reading the mapping's entries into two dictionaries gave.
@Suite struct YAMLFieldsTests {
    /// The reading `fields` replaces: `entries` into dictionaries, the entry before kept at each step.
    private static func byDictionaries(_ node: YAMLNode, allowed: [String], required: [String],
                                       log: DiagnosticLog) -> (values: [String: YAMLNode], keyLocations: [String: TrenazherCore.SourceLocation])? {
        guard let entries = node.entries("a test", log: log) else { return nil }
        var values: [String: YAMLNode] = [:]
        var keyLocations: [String: TrenazherCore.SourceLocation] = [:]
        var previous: (key: String, value: YAMLNode)?
        for entry in entries {
            defer { previous = (entry.key, entry.value) }
            if allowed.contains(entry.key) {
                values[entry.key] = entry.value
                keyLocations[entry.key] = entry.keyLocation
            } else if let cut = YAMLNode.commaCut(entry, after: previous) {
                log.report(cut, at: entry.keyLocation)
            } else {
                log.report(Bilingual(uk: "невідомий ключ '\(entry.key)' \(YAMLPlaceNames.inPlace("a test"))", en: "unknown key '\(entry.key)' in a test")
                           + Suggestion.hint(entry.key, in: allowed, listLimit: 30), at: entry.keyLocation)
            }
        }
        for key in required where values[key] == nil {
            log.report(uk: "\(YAMLPlaceNames.inPlace("a test")) бракує обов'язкового ключа '\(key)'", en: "a test needs '\(key)'", at: node.location)
        }
        return (values, keyLocations)
    }

    private static let keys = ["name", "facts", "date", "clock", "opening", "callback_window", "документи", "x", "1", ""]

    /// `fields` and `byDictionaries` on one text: the same problems in the same order, the same values and places.
    private static func compare(_ text: String, file: String, allowed: [String], required: [String], keys: [String]) throws {
        let parseLog = DiagnosticLog()
        let node = try #require(YAMLNode.parse(text, file: file, log: parseLog), "\(text)")
        let oldLog = DiagnosticLog(), newLog = DiagnosticLog()
        let expected = try #require(byDictionaries(node, allowed: allowed, required: required, log: oldLog))
        let fields = try #require(node.fields("a test", allowed: allowed, required: required, log: newLog))
        #expect(newLog.entries == oldLog.entries, "\(text)")
        for key in keys + required + ["absent"] {
            #expect(fields[key]?.location == expected.values[key]?.location, "\(key) in \(text)")
            #expect(fields[key]?.scalar == expected.values[key]?.scalar, "\(key) in \(text)")
            #expect(fields.keyLocation(key) == (expected.keyLocations[key] ?? node.location), "\(key) in \(text)")
        }
    }

    @Test func fieldsReadAsTheDictionariesDid() throws {
        var generator = SeededGenerator(seed: 20261207)
        let values = ["так", "\"в лапках\"", "[a, b]", "{a: 1, b: 2}", "2 грудня", "що робити, якщо його не буде вдома", "", "1"]
        for round in 0..<400 {
            let pairs = (0..<Int.random(in: 0...7, using: &generator)).map { index -> String in
                let key = Self.keys.randomElement(using: &generator)!
                return "k\(index)\(key.isEmpty ? "" : "_" + key): \(values.randomElement(using: &generator)!)"
            }
            // The keys as written are unique (`parse` refuses a repeated key); which of them are known varies. A flow
            // mapping `{…}` cuts a plain value at its comma into an entry without a value (`commaCut`).
            let written = pairs.map { String($0.prefix { $0 != ":" }) } + ["якщо його не буде вдома"]
            let allowed = written.filter { _ in Bool.random(using: &generator) } + ["k9_never"]
            let required = ["k0_name", "k9_never"].filter { _ in Bool.random(using: &generator) }
            let flow = Bool.random(using: &generator)
            let text = flow ? "{" + pairs.joined(separator: ", ") + "}\n" : (pairs.isEmpty ? "{}\n" : pairs.joined(separator: "\n") + "\n")
            let parseLog = DiagnosticLog()
            guard YAMLNode.parse(text, file: "f.yaml", log: parseLog) != nil else { continue }
            try Self.compare(text, file: "f\(round).yaml", allowed: allowed, required: required, keys: written)
        }
        // Each cut the way `commaCut` reports it, known or not.
        let cut = "{missing: що робити, якщо його не буде вдома, k: 1}\n"
        for allowed in [["missing", "k"], ["missing", "k", "якщо його не буде вдома"], ["k"], []] {
            try Self.compare(cut, file: "cut.yaml", allowed: allowed, required: ["missing"], keys: ["missing", "k", "якщо його не буде вдома"])
        }
    }

    @Test func aMappingIsRequired() {
        let log = DiagnosticLog()
        let node = YAMLNode.parse("- a\n- b\n", file: "f.yaml", log: log)
        #expect(node?.fields("a test", allowed: ["a"], log: log) == nil)
        #expect(log.entries.map(\.message) == ["a test must be a mapping (key: value lines)"])
    }

    @Test func settingAKeyAgainReplacesItsValueAndKeepsItsPlaceWhenGivenNone() throws {
        let log = DiagnosticLog()
        let node = try #require(YAMLNode.parse("facts: {a: 1}\ndate: 2026-12-07\n", file: "f.yaml", log: log))
        var fields = try #require(node.fields("a test", allowed: ["facts", "date", "clock"], log: log))
        let other = try #require(YAMLNode.parse("x: 2\n", file: "f.yaml", log: log))
        fields.set("facts", to: other, writtenAt: nil)
        #expect(fields["facts"]?.location == other.location)
        #expect(fields.keyLocation("facts") == TrenazherCore.SourceLocation(file: "f.yaml", line: 1, column: 1))
        fields.set("date", to: other, writtenAt: TrenazherCore.SourceLocation(file: "f.yaml", line: 9, column: 3))
        #expect(fields.keyLocation("date") == TrenazherCore.SourceLocation(file: "f.yaml", line: 9, column: 3))
        fields.set("clock", to: other, writtenAt: nil)
        #expect(fields.keyLocation("clock") == fields.location)
        #expect(log.entries.isEmpty)
    }
}
