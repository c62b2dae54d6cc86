import Foundation
import TrenazherCore

/// Benchmarks of the trainers' tools: the checker over a large generated library, and play-testing.
enum StudioBenchmarks {
    /// `scenarios check` over 1,000 scenarios: the bundled files copied under new IDs.
    static func checkThousand() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trenazher-bench-library-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = try FileManager.default.contentsOfDirectory(at: paths.scenarios, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        let texts = try sources.map { try String(contentsOf: $0, encoding: .utf8) }
        guard !texts.isEmpty else { return false }
        for index in 0..<1000 {
            let text = texts[index % texts.count]
            let renamed = text.replacingOccurrences(of: "\nid: ", with: "\nid: gen\(index)-", options: [], range: nil)
            let body = renamed.hasPrefix("id: ") ? "id: gen\(index)-" + renamed.dropFirst(4) : renamed
            try body.write(to: folder.appendingPathComponent("gen-\(index).yaml"), atomically: false, encoding: .utf8)
        }
        var clean = true
        let met = Benchmark(name: "scenarios check: 1,000 generated scenarios", targetMilliseconds: 2000, iterations: 3).run {
            let (library, problems) = ScenarioLibrary.load(paths: [folder], content: content)
            clean = clean && problems.isEmpty && library.scenarios.count == 1000
        }
        if !clean { FileHandle.standardError.write(Data("trenazher-bench: the generated library did not load cleanly\n".utf8)) }
        return met && clean
    }

    /// `scenarios explore` of 1,000 runs of one scenario.
    static func exploreThousand() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        guard let scenario = library.scenario(id: "hotline-account-no-id") else { return false }
        return Benchmark(name: "scenarios explore: 1,000 runs of hotline-account-no-id", targetMilliseconds: 5000, iterations: 3).run {
            _ = Explorer(scenario: scenario, content: content).explore(runs: 1000, seed: 1)
        }
    }
}
