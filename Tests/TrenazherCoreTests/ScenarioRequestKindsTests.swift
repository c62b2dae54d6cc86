import Foundation
import Testing
@testable import TrenazherCore

/// A scenario declares kinds of request of its own (`request_kinds`) beside those of `Content/numbers.yaml`:
/// its numbers may carry their prefixes, `/ticket` picks them by their words, and `scenarios check` reports
/// a prefix of the wrong shape, one that clashes with Content's or repeats, and a number whose prefix
/// nobody declares — at the line and column where each is written.
@Suite struct ScenarioRequestKindsTests {
    static let declaration = "\nrequest_kinds:\n  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}\n"

    /// phone-callback with every request number's prefix replaced by `prefix`.
    static func scenario(prefix: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent("Scenarios/phone-callback.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "ПР-2511-", with: "\(prefix)-2511-")
    }

    static func problems(_ text: String) -> [Diagnostic] {
        ScenarioLibrary.load(text: text, file: "p.yaml", content: Fixtures.content).1
    }

    /// The 1-based line and column where `needle` is first written.
    static func place(of needle: String, in text: String) -> (Int, Int)? {
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    @Test func aDeclaredKindsNumbersPassCheckAndAnUndeclaredPrefixIsReportedWhereTheNumberIsWritten() throws {
        let text = try Self.scenario(prefix: "ЯН")
        #expect(Self.problems(text + Self.declaration).isEmpty, "\(Self.problems(text + Self.declaration))")
        let problems = Self.problems(text)
        let place = try #require(Self.place(of: "ЯН-2511-0231", in: text))
        let first = try #require(problems.first { $0.line == place.0 })
        #expect(first.column == place.1)
        #expect(first.ukrainian.contains("невідомий префікс 'ЯН'") && first.ukrainian.contains("request_kinds: [{prefix: ЯН, title: …"), "\(first.ukrainian)")
        #expect(first.message.contains("unknown prefix 'ЯН'"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A variant's own number is reported on the variant's line.
        let planted = (text + Self.declaration).replacingOccurrences(of: "ЯН-2511-0244", with: "ЯК-2511-0244")
        try planted.write(to: folder.appendingPathComponent("phone-callback.yaml"), atomically: true, encoding: .utf8)
        let withVariants = ScenarioLibrary.load(paths: [folder], content: Fixtures.content, grounding: false).1
        let variant = try #require(Self.place(of: "ЯК-2511-0244", in: planted))
        #expect(withVariants.contains { $0.line == variant.0 && $0.column == variant.1 && $0.ukrainian.hasPrefix("варіант ") }, "\(withVariants)")
    }

    @Test func aMistypedOrLatinPrefixGetsTheDeclaredOneToWrite() throws {
        let typo = try Self.scenario(prefix: "ЯК") + Self.declaration
        #expect(Self.problems(typo).contains { $0.ukrainian.contains("невідомий префікс 'ЯК' (можливо, 'ЯН'?)") }, "\(Self.problems(typo))")
        let latin = try Self.scenario(prefix: "ЯH") + Self.declaration
        #expect(Self.problems(latin).contains { $0.ukrainian.contains("латинські літери 'H'") && $0.ukrainian.contains("«ЯН»") }, "\(Self.problems(latin))")
    }

    @Test func aDeclarationsPrefixShapeAndClashesAreReportedAtTheirValue() throws {
        let text = try Self.scenario(prefix: "ЯН")
        let cases: [(String, String, String)] = [
            ("  - {prefix: ЯH, title: заявка на перевірку якості напруги, words: [напруг*]}\n", "ЯH,", "латинські літери 'H', схожі на кириличні: пишіть «ЯН»"),
            ("  - {prefix: Ян, title: заявка на перевірку якості напруги, words: [напруг*]}\n", "Ян,", "від однієї до чотирьох великих українських літер"),
            ("  - {prefix: ЯНАПР, title: заявка на перевірку якості напруги, words: [напруг*]}\n", "ЯНАПР", "від однієї до чотирьох"),
            ("  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}\n  - {prefix: СК, title: скарга на напругу, words: [скарг*]}\n",
             "СК,", "префікс 'СК' уже має вид «скарга» з Content/numbers.yaml"),
            ("  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}\n  - {prefix: СГ, title: Скарга, words: [скарг*]}\n",
             "Скарга", "вид «Скарга» уже є в Content/numbers.yaml з префіксом СК"),
            ("  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}\n  - {prefix: ЯН, title: вимірювання напруги, words: [вимір*]}\n",
             "ЯН, title: вимір", "префікс 'ЯН' уже оголошено в рядку"),
            ("  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [напруг*]}\n  - {prefix: ВН, title: вимірювання напруги, words: [напруг*, вимір*]}\n",
             "напруг*, вимір*", "слово 'напруг*' уже веде до виду ЯН"),
            ("  - {prefix: ЯН, title: заявка на перевірку якості напруги, words: [\"напруга 230\"]}\n", "\"напруга", "початок слова з літер"),
            ("  - {prefix: ЯН, titel: заявка на перевірку якості напруги}\n", "titel", "невідомий ключ 'titel'"),
        ]
        for (kinds, needle, message) in cases {
            let planted = text + "\nrequest_kinds:\n" + kinds
            let problems = Self.problems(planted)
            let tail = planted.components(separatedBy: "\nrequest_kinds:\n")[1]
            let lineOffset = planted.components(separatedBy: "\n").count - tail.components(separatedBy: "\n").count
            let place = try #require(Self.place(of: needle, in: tail).map { ($0.0 + lineOffset, $0.1) }, "\(needle)")
            #expect(problems.contains { $0.ukrainian.contains(message) && $0.line == place.0 && $0.column == place.1 },
                    "\(needle) at \(place): \(problems.map { "\($0.line):\($0.column): \($0.ukrainian)" })")
        }
    }

    @Test func ticketWithoutAFixedRegistrationTakesTheScenariosKindFirst() {
        var scenario = Fixtures.scenario("hotline-account-no-id")
        scenario.requestKinds = [RequestNumbering.Kind(prefix: "ЯН", title: "заявка на перевірку якості напруги", words: ["напруг"])]
        let engine = DialogueEngine(scenario: scenario, content: Fixtures.content, traineeName: "Олена")
        var state = engine.start()
        engine.advance(&state, TraineeInput(text: "Добрий день! Мене звати Олена. Чим можу допомогти?"))
        var shown: [String] = []
        for line in ["/ticket заявка на перевірку напруги", "/ticket скарга"] {
            shown += engine.advance(&state, TraineeInput(text: line)).newTurns.filter { $0.speaker == .system }.map(\.text)
        }
        #expect(shown.count == 2)
        #expect(shown[0].hasPrefix("Зареєстровано: заявка на перевірку напруги, № ЯН-2511-"), "\(shown)")
        #expect(shown[1].hasPrefix("Зареєстровано: скарга, № СК-2511-"), "\(shown)")
    }

    @Test func aContentVersionWithoutNumbersYAMLNumbersAsItsProgramDidAndHoldsNoShape() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("numbers-old-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("numbers.yaml"))
        let old = try ContentBundle.load(from: folder)
        #expect(old.requestNumbering.defaultPrefix == "ЗВ" && old.requestNumbering.serialDigits == 4)
        #expect(!old.requestNumbering.holdsScenarioNumbers && Fixtures.content.requestNumbering.holdsScenarioNumbers)
        #expect(old.requestNumbering.prefix(forKind: "скарга") == "ЗВ")
        let text = try Self.scenario(prefix: "ЯН").replacingOccurrences(of: "ЯН-2511-", with: "2611-")
        #expect(ScenarioLibrary.load(text: text, file: "p.yaml", content: old).1.isEmpty)
        #expect(old.digest != Fixtures.content.digest)
    }
}
