import Testing
@testable import TrenazherConsole

struct TerminalInfoTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let terminal: Bool
        let environment: [String: String]
        let colour: Bool
        var testDescription: String { "tty=\(terminal) \(environment) → \(colour)" }
    }

    @Test(arguments: [
        Case(terminal: true, environment: ["TERM": "xterm-256color"], colour: true),
        Case(terminal: true, environment: [:], colour: true),
        Case(terminal: false, environment: ["TERM": "xterm-256color"], colour: false),
        Case(terminal: true, environment: ["TERM": "dumb"], colour: false),
        Case(terminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"], colour: false),
        Case(terminal: true, environment: ["TERM": "xterm", "NO_COLOR": ""], colour: true),
    ])
    func coloursFollowTerminalConventions(_ c: Case) {
        #expect(TerminalInfo.colourAllowed(stdoutIsTerminal: c.terminal, environment: c.environment) == c.colour)
    }

    @Test func paletteWithoutColourLeavesTextAlone() {
        #expect(Palette(enabled: false).bad("✗ HOT-ID") == "✗ HOT-ID")
        #expect(Palette(enabled: true).bad("✗") == "\u{1B}[31m✗\u{1B}[0m")
    }

    @Test func utf8TailCountsMissingBytes() {
        let bytes = Array("Добрий".utf8)
        #expect(UTF8Tail.missingBytes(in: bytes) == 0)
        #expect(UTF8Tail.missingBytes(in: Array(bytes.dropLast())) == 1)
        #expect(UTF8Tail.missingBytes(in: Array("✓".utf8).dropLast(2).map { $0 }) == 2)
        #expect(UTF8Tail.missingBytes(in: []) == 0)
    }
}
