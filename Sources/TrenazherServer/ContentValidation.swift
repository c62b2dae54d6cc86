import Foundation
import TrenazherCore
import TrenazherStore

/// `scenarios check` and `scenarios test` on a candidate `Content/` and `Scenarios/` before they are
/// installed: every problem, as the trainer would see it from those commands.
public enum ContentValidation {
    /// What a validation found.
    public struct Report: Sendable {
        /// How many scenarios loaded.
        public var scenarios: Int
        /// How many example transcripts played with the expected verdicts.
        public var examplesPassed: Int
        /// `file:line:column: message` lines in the interface language; empty when the candidate may be installed.
        public var problems: [String]
    }

    /// Loads `content` and `scenarios`, the certification tracks, and plays every example transcript;
    /// `english` chooses the language of the problems.
    public static func validate(content: URL, scenarios: URL, english: Bool = false) -> Report {
        let bundle: ContentBundle
        do {
            bundle = try ContentBundle.load(from: content)
        } catch let error as ContentError {
            return Report(scenarios: 0, examplesPassed: 0, problems: error.diagnostics.map { $0.text(english: english) })
        } catch {
            return Report(scenarios: 0, examplesPassed: 0, problems: ["\(content.path): \(error)"])
        }
        var problems: [String] = []
        do {
            _ = try TrackCatalogue.load(contentDirectory: content)
        } catch {
            problems.append((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
        let (library, diagnostics) = ScenarioLibrary.load(paths: [scenarios], content: bundle)
        problems += diagnostics.map { $0.text(english: english) }
        var passed = 0
        for scenario in library.scenarios {
            // Every variant was loaded and checked above; the examples × variants are `scenarios test`'s (make test).
            for outcome in ExampleRunner.run(scenario, content: bundle) {
                if outcome.passed {
                    passed += 1
                } else {
                    let location = "\(outcome.location.file):\(outcome.location.line):\(outcome.location.column)"
                    problems.append("\(location): \(scenario.id) / \(outcome.name): " + outcome.mismatches.map { $0.text(english: english) }.joined(separator: "; "))
                }
            }
        }
        if library.scenarios.isEmpty { problems.append("\(scenarios.path): " + (english ? "no scenarios" : "немає сценаріїв")) }
        return Report(scenarios: library.scenarios.count, examplesPassed: passed, problems: problems)
    }
}
