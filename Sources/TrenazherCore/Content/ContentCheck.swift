import Foundation

/// Validates `Content/` the way the test suite does, without a Swift toolchain: the files load,
/// every intent's examples match (or do not), every subject of `statements.yaml` reads its examples
/// as GEN-ACCURATE must (`SubjectExampleCheck`), every scenario's own intents show their examples
/// (`ScenarioIntentExampleCheck`), every Standard has a check and its examples get their verdicts in
/// the bundled scenarios.
public enum ContentCheck {
    /// Every problem, with its place; empty when Content is sound.
    public static func run(content directory: URL, scenarios: URL) -> [Diagnostic] {
        let content: ContentBundle
        do {
            content = try ContentBundle.load(from: directory)
        } catch let error as ContentError {
            return error.diagnostics
        } catch {
            return [Diagnostic(file: directory.path, line: 1, column: 1, message: "\(error)")]
        }
        var problems = intentExamples(content)
        problems += SubjectExampleCheck.diagnostics(content)
        let catalogueFile = directory.appendingPathComponent("standards.yaml").path
        for standard in content.catalogue where CheckRegistry.check(for: standard.id) == nil {
            problems.append(Diagnostic(file: catalogueFile, line: 1, column: 1,
                                       message: "Standard '\(standard.id)' has no check in the grader: a new Standard needs code in Sources/TrenazherCore/Grader/Checks",
                                       ukrainian: "для Стандарту '\(standard.id)' немає перевірки в грейдері: новий Стандарт потребує коду в Sources/TrenazherCore/Grader/Checks"))
        }
        let (library, scenarioProblems) = ScenarioLibrary.load(paths: [scenarios], content: content)
        problems += scenarioProblems
        problems += ScenarioIntentExampleCheck.diagnostics(library.scenarios, content: content)
        let (sets, setProblems) = CheckExampleSet.loadAll(from: directory.appendingPathComponent("checks"), content: content)
        problems += setProblems
        for standard in content.catalogue {
            let examples = sets.filter { $0.standard == standard.id }.flatMap(\.examples)
            let triggering = examples.filter(\.triggering).count
            let file = directory.appendingPathComponent("checks/\(standard.id).yaml").path
            if triggering < 8 || examples.count - triggering < 8 {
                problems.append(Diagnostic(file: file, line: 1, column: 1,
                                           message: "\(standard.id) needs at least 8 examples that trigger it and 8 that do not (has \(triggering) and \(examples.count - triggering))",
                                           ukrainian: "\(standard.id) потребує щонайменше 8 прикладів, що спрацьовують, і 8, що ні (є \(triggering) і \(examples.count - triggering))"))
            }
        }
        for set in sets {
            problems += set.failures(library: library, content: content)
        }
        return problems
    }

    /// `match` examples must show their intent, `no_match` ones must not.
    static func intentExamples(_ content: ContentBundle) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var files: [String: [Substring]] = [:]
        for (name, definition) in content.intents.sorted(by: { $0.key < $1.key }) {
            let intent = CompiledIntent(definition, bindings: ContentLoader.contentPlaceholders, negation: content.negation)
            let yields = definition.yieldsTo.compactMap { other in
                content.intents[other].map { CompiledIntent($0, bindings: ContentLoader.contentPlaceholders, negation: content.negation) }
            }
            func shows(_ text: String) -> Bool {
                // As the analyser reads a turn past the opening: closing patterns count unless it asks something.
                let analyzed = AnalyzedText(text, reading: content.reading)
                let asks = (0..<analyzed.sentenceCount).contains {
                    analyzed.isQuestion(sentence: $0, interrogatives: content.interrogatives, leads: content.questionLeads, cues: content.questionCues)
                }
                let excluded = Set(yields.compactMap { $0.firstMatch(in: analyzed, closing: !asks)?.sentence })
                return intent.firstMatch(in: analyzed, excludingSentences: excluded, closing: !asks) != nil
            }
            let file = definition.location.file
            if files[file] == nil {
                files[file] = ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            }
            let lines = files[file] ?? []
            for (text, wanted) in definition.matchExamples.map({ ($0, true) }) + definition.noMatchExamples.map({ ($0, false) }) where shows(text) != wanted {
                let location = ScenarioLoader.position(of: text, from: definition.location, in: lines)
                problems.append(Diagnostic(file: location.file, line: location.line, column: location.column,
                                           message: wanted ? "intent '\(name)' does not match its example «\(text)»: widen a pattern or correct the example"
                                                           : "intent '\(name)' matches its no_match example «\(text)»: narrow a pattern or add a 'not' pattern",
                                           ukrainian: wanted ? "намір '\(name)' не знаходить свій приклад «\(text)»: розширте шаблон або виправте приклад"
                                                             : "намір '\(name)' знаходить приклад no_match «\(text)»: звузьте шаблон або додайте шаблон у 'not'"))
            }
        }
        return problems
    }
}
