import Foundation
import Yams

/// The examples one Standard carries in `Content/checks/ID.yaml`: transcripts that must trigger it
/// (violated or missed) and that must not (met), played through the real engine in a scenario.
public struct CheckExampleSet: Sendable {
    /// One example.
    public struct Example: Sendable {
        public var transcript: String
        public var triggering: Bool
        /// The exact verdict wanted, when given.
        public var verdict: Verdict?
        /// Text the quoted evidence must contain, when given.
        public var evidence: String?
        public var location: SourceLocation
        public var transcriptLocation: SourceLocation
    }

    public var standard: String
    public var scenario: String
    public var trainee: String
    public var examples: [Example]
    public var file: String
    /// Scenario keys replaced for these examples (YAML, same schema as a scenario file), so a Standard
    /// no bundled scenario exercises yet can still be shown working (VIS-ID needs identification data).
    public var overrides: [(key: String, yaml: String)]

    /// Loads every `*.yaml` of a folder.
    public static func loadAll(from directory: URL, content: ContentBundle) -> ([CheckExampleSet], [Diagnostic]) {
        let log = DiagnosticLog()
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var sets: [CheckExampleSet] = []
        for name in files {
            let path = directory.appendingPathComponent(name).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                  let root = YAMLNode.parse(text, file: path, log: log),
                  let fields = root.fields("check examples", allowed: ["standard", "scenario", "trainee", "overrides", "triggering", "non_triggering"],
                                           required: ["standard", "scenario"], log: log) else { continue }
            let standard = fields["standard"]?.string("standard", log: log) ?? ""
            if content.standard(standard) == nil, let node = fields["standard"] {
                log.report(Bilingual(uk: "невідомий ID Стандарту '\(standard)'", en: "unknown Standard ID '\(standard)'") + Suggestion.hint(standard, in: content.standardIDs), at: node.location)
            }
            var examples: [Example] = []
            for (key, triggering) in [("triggering", true), ("non_triggering", false)] {
                for item in fields[key]?.list(key, log: log) ?? [] {
                    if let text = item.scalar {
                        examples.append(Example(transcript: text, triggering: triggering, verdict: nil, evidence: nil,
                                                location: item.location, transcriptLocation: blockStart(item)))
                        continue
                    }
                    guard let example = item.fields("an example", allowed: ["transcript", "verdict", "evidence", "note"], required: ["transcript"], log: log),
                          let transcriptNode = example["transcript"], let transcript = transcriptNode.string("transcript", log: log) else { continue }
                    var verdict: Verdict?
                    if let node = example["verdict"], let text = node.string("verdict", log: log) {
                        verdict = Verdict(rawValue: text)
                        if verdict == nil { log.report(Bilingual(uk: "невідомий вердикт '\(text)'", en: "unknown verdict '\(text)'") + Suggestion.hint(text, in: Verdict.allCases.map(\.rawValue)), at: node.location) }
                    }
                    examples.append(Example(transcript: transcript, triggering: triggering, verdict: verdict,
                                            evidence: example["evidence"]?.string("evidence", log: log),
                                            location: item.location, transcriptLocation: blockStart(transcriptNode)))
                }
            }
            let overrides = (fields["overrides"]?.entries("overrides", log: log) ?? []).map { entry in
                (key: entry.key, yaml: (try? Yams.serialize(node: entry.value.node)) ?? "")
            }
            sets.append(CheckExampleSet(standard: standard, scenario: fields["scenario"]?.string("scenario", log: log) ?? "",
                                        trainee: fields["trainee"]?.string("trainee", log: log) ?? "Олена", examples: examples,
                                        file: path, overrides: overrides))
        }
        return (sets, log.entries)
    }

    /// The scenario the examples are played in: the bundled one with `overrides` applied and the
    /// Standard made applicable.
    public func playedScenario(_ bundled: Scenario, content: ContentBundle) throws -> Scenario {
        var scenario = bundled
        if !overrides.isEmpty, let url = bundled.sourceFile, let text = try? String(contentsOf: url, encoding: .utf8),
           case .mapping(var mapping)? = try Yams.compose(yaml: text) {
            for (key, yaml) in overrides {
                guard let value = try Yams.compose(yaml: yaml) else { continue }
                // A mapping (facts, intents, answers) is merged key by key; anything else is replaced.
                if case .mapping(var existing)? = mapping[Node(key)], case .mapping(let added) = value {
                    for (addedKey, addedValue) in added { existing[addedKey] = addedValue }
                    mapping[Node(key)] = .mapping(existing)
                } else {
                    mapping[Node(key)] = value
                }
            }
            let merged = try Yams.serialize(node: .mapping(mapping))
            let (loaded, problems) = ScenarioLibrary.load(text: merged, file: file + " (overrides)", content: content)
            guard let loaded else {
                throw problems.first ?? Diagnostic(file: file, line: 1, column: 1, message: "bad overrides", ukrainian: "неправильні перевизначення")
            }
            scenario = loaded
        }
        if !scenario.standards.contains(standard) { scenario.standards.append(standard) }
        return scenario
    }

    static func blockStart(_ node: YAMLNode) -> SourceLocation {
        let location = node.location
        if case .scalar(let scalar) = node.node, scalar.style == .literal || scalar.style == .folded {
            return SourceLocation(file: location.file, line: location.line + 1, column: 1)
        }
        return location
    }

    /// Plays every example; returns one problem, at the example's place, per example that did not get
    /// what it wants. `prefix` is put before the first turn (the tests re-run every example with an
    /// emoji there to catch offset bugs in evidence quoting).
    public func failures(library: ScenarioLibrary, content: ContentBundle, prefix: String = "") -> [Diagnostic] {
        guard let bundled = library.scenario(id: scenario) else {
            let hint = Suggestion.didYouMean(self.scenario, in: library.scenarios.map(\.id))
            return [Diagnostic(file: file, line: 1, column: 1, message: "unknown scenario '\(self.scenario)'\(hint)",
                               ukrainian: "невідомий сценарій '\(self.scenario)'\(hint)")]
        }
        let scenario: Scenario
        do {
            scenario = try playedScenario(bundled, content: content)
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch {
            return [Diagnostic(file: file, line: 1, column: 1, message: "\(error)")]
        }
        var problems: [Diagnostic] = []
        for example in examples {
            func report(_ ukrainian: String, _ english: String) {
                problems.append(Diagnostic(file: example.location.file, line: example.location.line, column: example.location.column,
                                           message: english, ukrainian: ukrainian))
            }
            let text = prefix + scenario.fill(example.transcript, trainee: trainee)
            guard let inputs = try? TranscriptParser.parse(text, file: file, channel: scenario.channel, limits: content.scoring.inputLimits) else {
                report("розмову прикладу не вдається розібрати", "the transcript cannot be parsed")
                continue
            }
            let result = Replay.play(scenario: scenario, content: content, traineeName: trainee, inputs: inputs)
            guard let item = result.standards.first(where: { $0.id == standard }) else { continue }
            let ok: Bool
            if let verdict = example.verdict {
                ok = item.verdict == verdict
            } else {
                ok = example.triggering ? item.verdict.isFailure : item.verdict == .met
            }
            let firstLine = example.transcript.split(separator: "\n").first.map(String.init) ?? ""
            let evidence = item.evidence.map { " «\($0)»" } ?? ""
            if !ok {
                let wanted = example.verdict?.rawValue ?? (example.triggering ? "violated/missed" : "met")
                report("\(standard): очікувано \(wanted), отримано \(item.verdict.rawValue)\(evidence) — \(firstLine)",
                       "\(standard) expected \(wanted), got \(item.verdict.rawValue)\(evidence) — \(firstLine)")
            } else if let wanted = example.evidence, !(item.evidence ?? "").lowercased().contains(wanted.lowercased()) {
                report("\(standard): доказ «\(item.evidence ?? "")» не містить «\(wanted)» — \(firstLine)",
                       "\(standard) evidence «\(item.evidence ?? "")» does not contain «\(wanted)» — \(firstLine)")
            }
        }
        return problems
    }
}
