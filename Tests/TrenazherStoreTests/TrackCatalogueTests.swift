import Foundation
import Testing
@testable import TrenazherStore

@Suite struct TrackCatalogueTests {
    static let contentDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content")

    @Test func theBundledTracksLoad() throws {
        let catalogue = try TrackCatalogue.load(contentDirectory: Self.contentDirectory)
        let cok = try #require(catalogue.track("cok-specialist"))
        #expect(cok.title == "Фахівець ЦОК")
        #expect(cok.scenarios.contains("visit-incomplete-documents") && cok.scenarios.contains("phone-callback"))
        #expect(catalogue.track("Оператор кол-центру")?.scenarios == ["hotline-account-no-id", "hotline-long-lookup"])
        #expect(catalogue.tracks.allSatisfy { $0.validityMonths == 12 && $0.minScore == 80 })
    }

    @Test(arguments: [
        ("- id: a\n  title: A\n  role: cok\n  scenarios: [x]\n  min_scor: 80\n", 5, "unknown key 'min_scor'"),
        ("- id: a\n  title: A\n  role: boss\n  scenarios: [x]\n", 3, "'role' must be cok or hotline"),
        ("- id: a\n  title: A\n  role: cok\n  scenarios: [x]\n  min_score: 180\n", 5, "'min_score' must be at most 100"),
        ("- id: a\n  title: A\n  role: cok\n", 1, "'scenarios' must list scenario IDs"),
    ])
    func problemsNameTheirLine(text: String, line: Int, message: String) {
        #expect(throws: TrackFileError(file: "tracks.yaml", line: line, message: message)) {
            try TrackCatalogue.parse(text, file: "tracks.yaml")
        }
    }

    /// A YAML syntax error is one line at its line and column, in Ukrainian (English with --lang en).
    @Test func aSyntaxErrorIsInTheInterfaceLanguageAtItsLineAndColumn() throws {
        let error = try #require(throws: TrackFileError.self) {
            try TrackCatalogue.parse("- id: a\n  title: Фахівець: ЦОК\n", file: "tracks.yaml")
        }
        #expect(error.message(english: false).hasPrefix("tracks.yaml:2:18: синтаксис YAML: двокрапка з пробілом посеред значення"), "\(error.message(english: false))")
        #expect(error.message(english: true).hasPrefix("tracks.yaml:2:18: YAML syntax: mapping values are not allowed"))
        let limits = try #require(throws: TrackFileError.self) { try TypingLimits.parse("pasted_characters: [1, 2\n", file: "exam-evidence.yaml") }
        #expect(limits.message(english: false).contains("синтаксис YAML: у списку [ … ] бракує коми або «]»"), "\(limits.message(english: false))")
    }
}
