import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// Loading a whole track's exam, as the console does before its first scenario: every scenario of the track
/// drawn on a fresh seed (its file read again with the variant's values, `Scenario.drawn`) and put in the order
/// of their days (`ExamOrder`). Floor: loading the same files with their own values (`ScenarioLibrary.load(text:)`),
/// the same parse and checks without a variant's values in place.
enum ExamLoadBenchmark {
    static func run() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        let tracks = try TrackCatalogue.load(contentDirectory: paths.content).tracks
        var allMet = true
        var seed: Int64 = 1
        for track in tracks {
            let files = track.scenarios.compactMap(library.scenario(id:))
            guard files.count == track.scenarios.count else { throw BenchFailure(description: "track \(track.id): a scenario is missing") }
            var ordered = 0
            let figure = try Benchmark.median(iterations: 15) {
                let drawn = try files.map { file -> Scenario in
                    seed += 1
                    return try file.drawn(seed: seed, content: content)
                }
                ordered = ExamOrder.chronological(drawn).count
            }
            let floor = Benchmark.median(iterations: 15) {
                for file in files { _ = ScenarioLibrary.load(text: file.sourceText, file: file.id, content: content) }
            }
            let name = "exam: load track \(track.id) (\(files.count) scenarios, drawn)"
            let withinFloor = FloorComparison(name: name, floorName: "the files, own values", limit: 1.5).report(figure: figure, floor: floor)
            let withinTarget = figure < 200
            print(String(format: "  (%d scenarios in exam order: %.3f ms median, target < 200 ms: %@)", ordered, figure,
                         withinTarget ? "OK" : "SLOW"))
            allMet = allMet && withinFloor && withinTarget && ordered == files.count
        }
        return allMet
    }
}
