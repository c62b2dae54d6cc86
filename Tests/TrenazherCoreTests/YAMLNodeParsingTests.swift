import Testing
@testable import TrenazherCore

/// `YAMLNode.parse` reads every scalar as text, as the readers take it: YAML's types change neither a value's
/// text nor which keys count as the same.
@Suite struct YAMLNodeParsingTests {
    private func parse(_ text: String) -> (YAMLNode?, [Diagnostic]) {
        let log = DiagnosticLog()
        let node = YAMLNode.parse(text, file: "test.yaml", log: log)
        return (node, log.entries)
    }

    @Test func scalarsKeepTheirTextWhateverYAMLTypeTheyLookLike() throws {
        let (node, problems) = parse("a: 007\nb: true\nc: ~\nd: 2026-12-05\ne: 1.50\nf: \"так\"\n")
        #expect(problems.isEmpty)
        let log = DiagnosticLog()
        let entries = try #require(node?.entries("test", log: log))
        #expect(entries.map(\.key) == ["a", "b", "c", "d", "e", "f"])
        #expect(entries.map { $0.value.scalar ?? "" } == ["007", "true", "~", "2026-12-05", "1.50", "так"])
        #expect(entries[1].value.bool("b", log: log) == true)
        #expect(entries[0].value.int("a", in: 0...10, log: log) == 7)
    }

    @Test func keysWrittenWithAndWithoutQuotesAreTheSameKey() {
        for text in ["1: x\n\"1\": y\n", "true: x\n'true': y\n", "учень: x\n\"учень\": y\n"] {
            let (node, problems) = parse(text)
            #expect(node == nil, "\(text)")
            #expect(problems.count == 1 && problems[0].message.contains("duplicate key"), "\(text): \(problems)")
            #expect(problems.first?.line == 2, "\(text)")
        }
    }

    @Test func differentKeysAreNotRepeated() {
        let (node, problems) = parse("1: x\n\"01\": y\nтак: z\n")
        #expect(node != nil)
        #expect(problems.isEmpty)
    }
}
