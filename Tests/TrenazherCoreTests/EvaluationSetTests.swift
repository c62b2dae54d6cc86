import Foundation
import Testing
@testable import TrenazherCore

/// The independent evaluation set (`Tests/Evaluation/`): transcripts written by an outside reviewer
/// as trainees type them, with expert verdicts in `# expect:` lines. It guards generalisation: the
/// grader must find nearly every violation the experts found and confirm nearly every `met` (each
/// at least 95%, and their mean — balanced agreement — too), and no conversation the experts passed
/// may fail a critical Standard.
@Suite struct EvaluationSetTests {
    struct Case {
        var scenario: String
        var file: String
        var text: String
        var expected: [String: Verdict]
    }

    static func cases() throws -> [Case] {
        let root = Fixtures.root.appendingPathComponent("Tests/Evaluation")
        var cases: [Case] = []
        for scenario in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let folder = root.appendingPathComponent(scenario)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                var expected: [String: Verdict] = [:]
                for line in text.split(separator: "\n") where line.hasPrefix("# expect:") {
                    for pair in line.dropFirst("# expect:".count).split(separator: " ") {
                        let parts = pair.split(separator: "=")
                        if parts.count == 2, let verdict = Verdict(rawValue: String(parts[1])) { expected[String(parts[0])] = verdict }
                    }
                }
                cases.append(Case(scenario: scenario, file: "\(scenario)/\(file)", text: text, expected: expected))
            }
        }
        return cases
    }

    /// The expert's pass verdict (`passed=true|false`), when the file gives one.
    static func expectedPass(_ text: String) -> Bool? {
        for line in text.split(separator: "\n") where line.hasPrefix("# expect:") {
            for pair in line.dropFirst("# expect:".count).split(separator: " ") where pair.hasPrefix("passed=") {
                return pair.hasSuffix("=true")
            }
        }
        return nil
    }

    @Test func theGraderAgreesWithTheExperts() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 60)
        var violations = 0, violationsFound = 0, mets = 0, metsConfirmed = 0
        var disagreements: [String] = []
        var exemplaryFailedOnCritical: [String] = []
        for item in cases {
            let result = try Fixtures.play(item.scenario, item.text)
            for (id, expected) in item.expected.sorted(by: { $0.key < $1.key }) {
                let actual = result.verdict(of: id) ?? .notApplicable
                if expected.isFailure {
                    violations += 1
                    if actual.isFailure { violationsFound += 1 } else { disagreements.append("\(item.file) \(id): expected \(expected.rawValue), got \(actual.rawValue)") }
                } else if expected == .met {
                    mets += 1
                    if actual == .met { metsConfirmed += 1 } else { disagreements.append("\(item.file) \(id): expected met, got \(actual.rawValue)") }
                }
            }
            if Self.expectedPass(item.text) == true {
                for standard in result.standards where standard.severity == .critical && standard.verdict.isFailure {
                    exemplaryFailedOnCritical.append("\(item.file) \(standard.id): \(standard.verdict.rawValue) \(standard.evidence ?? "")")
                }
            }
        }
        let recall = Double(violationsFound) / Double(max(1, violations))
        let confirmation = Double(metsConfirmed) / Double(max(1, mets))
        let balanced = (recall + confirmation) / 2
        let figures = "violations found \(violationsFound)/\(violations), met confirmed \(metsConfirmed)/\(mets), balanced \(Int((balanced * 1000).rounded()) / 10)%"
        #expect(recall >= 0.95, "\(figures):\n\(disagreements.joined(separator: "\n"))")
        #expect(confirmation >= 0.95, "\(figures):\n\(disagreements.joined(separator: "\n"))")
        #expect(balanced >= 0.95, "\(figures):\n\(disagreements.joined(separator: "\n"))")
        #expect(exemplaryFailedOnCritical.isEmpty, "exemplary conversations failed on a critical Standard:\n\(exemplaryFailedOnCritical.joined(separator: "\n"))")
    }
}
