import Foundation
import Testing
@testable import TrenazherCore

/// Every problem in `Content/` is told in Ukrainian (the default) and English (`--lang en`), with
/// the «did you mean» in both.
@Suite struct ContentDiagnosticsTests {
    struct Planted: Sendable, CustomStringConvertible {
        var file: String
        var original: String
        var planted: String
        var ukrainian: String
        var english: String
        var description: String { "\(file): \(planted)" }
    }

    static let mistakes = [
        Planted(file: "standards.yaml", original: "  channels: [visit, phone, hotline, written]", planted: "  channels: [visit, phone, hotlin, written]",
                ukrainian: "невідомий канал 'hotlin' (можливо, 'hotline'?)", english: "unknown channel 'hotlin' (did you mean 'hotline'?)"),
        Planted(file: "scoring.yaml", original: "weights: {critical: 3,", planted: "weights: {critcal: 3,",
                ukrainian: "невідома вага порушення 'critcal' (можливо, 'critical'?)", english: "unknown severity 'critcal' (did you mean 'critical'?)"),
        Planted(file: "services.yaml", original: "    topics: [meter-readings, billing]", planted: "    topics: [meter-readngs, billing]",
                ukrainian: "невідома тема 'meter-readngs' (можливо, 'meter-readings'?)", english: "unknown topic 'meter-readngs' (did you mean 'meter-readings'?)"),
        Planted(file: "lexicon/time.yaml", original: "  2: [лютого,", planted: "  13: [лютого,",
                ukrainian: "months: '13' має бути числом від 1 до 12", english: "months: '13' must be a number from 1 to 12"),
        Planted(file: "statements.yaml", original: "  en: \"according to the company's data: {truth}\"", planted: "  en: \"according to the company's data\"",
                ukrainian: "truth_note.en: бракує «{truth}» — місця, куди стає правда за даними компанії",
                english: "truth_note.en needs «{truth}», where the company's fact goes"),
    ]

    @Test(arguments: mistakes)
    func aContentMistakeSpeaksBothLanguages(_ mistake: Planted) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(mistake.file)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(mistake.original))
        try text.replacingOccurrences(of: mistake.original, with: mistake.planted).write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("the planted mistake loaded")
        } catch let error as ContentError {
            let hit = error.diagnostics.first { $0.message == mistake.english }
            #expect(hit?.ukrainian == mistake.ukrainian, "\(error.diagnostics.map { $0.text(english: false) })")
            #expect(hit?.text(english: false).hasSuffix(": " + mistake.ukrainian) == true)
        }
    }

    @Test func aMissingContentFileIsToldInUkrainian() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Content"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        // (software.yaml may be missing: a content version from before it existed — SoftwareRepliesBeforeContentTests.)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("scoring.yaml"))
        do {
            _ = try ContentBundle.load(from: folder)
            Issue.record("Content without scoring.yaml loaded")
        } catch let error as ContentError {
            #expect(error.diagnostics.contains { $0.ukrainian.hasPrefix("немає файлу scoring.yaml у ") && $0.message.hasPrefix("missing file scoring.yaml in ") })
        }
    }
}
