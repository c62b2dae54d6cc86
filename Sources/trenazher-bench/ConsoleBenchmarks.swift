import Foundation
import TerminalHarness
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// The console's responsiveness: from Enter to the customer's first word in a practice conversation
/// (the release binary on a terminal), and the after-action review of a 40-turn attempt.
enum ConsoleBenchmarks {
    /// Enter on a trainee turn until the customer's label and first word are on screen.
    static func enterToFirstWord() throws -> Bool {
        let binary = Bundle.main.bundleURL.appendingPathComponent("trenazher")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw PseudoTerminal.Failure(description: "\(binary.path) is missing: build it with `swift build -c release --product trenazher`")
        }
        let database = try StoreBenchmarks.temporaryDatabase("console.sqlite")
        let store = try ProgressStore.open(path: database)
        try store.registerTrainee(fullName: "Коваль Олена Петрівна", firstName: "Олена", role: .hotline)
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let terminal = try PseudoTerminal(executable: binary, arguments: ["train", "hotline-account-no-id", "--trainee", "Олена",
                                                                          "--pace", "400"], environment: [
            "TRENAZHER_DB": database,
            "TRENAZHER_CONTENT": root.appendingPathComponent("Content").path,
            "TRENAZHER_SCENARIOS": root.appendingPathComponent("Scenarios").path,
        ])
        try terminal.expect("Ви › ", timeout: 10)
        let lines = ["Гаряча лінія, добрий день, мене звати Олена. Як я можу до Вас звертатися?"]
            + Array(repeating: "Так, слухаю Вас уважно.", count: 14)
        return try Benchmark(name: "console: Enter to the customer's first word (release)", targetMilliseconds: 30,
                             iterations: lines.count).measure { iteration in
            terminal.type(lines[iteration], after: 0)
            try terminal.expect(lines[iteration], timeout: 10)
            let start = DispatchTime.now().uptimeNanoseconds
            terminal.type("\r", after: 0)
            try terminal.expect("Клієнт: ", timeout: 10)
            try terminal.expect(" ", timeout: 10)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            try terminal.expect("Ви › ", timeout: 10)
            return elapsed
        }
    }

    /// The review of a 40-turn attempt: the scenario's model answers and every line of the review.
    static func reviewOfALongAttempt() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        guard let scenario = library.scenario(id: "hotline-long-lookup") else { return false }
        let lines = ["Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
                     "Оксано Миколаївно, назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.",
                     "Зачекайте, будь ласка, на лінії, я перевірю статус заявки.", "/lookup ПР-1147"]
            + Array(repeating: "Так, я Вас слухаю. Уточніть, будь ласка, що саме Вас цікавить щодо заявки?", count: 36)
        let inputs = lines.map { TraineeInput(text: $0, seconds: 4) }
        let result = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
        let strings = UkrainianStrings()
        var models = ModelAnswers(byStandard: [:])
        // Computed when the trainee asks for the review, before its first line: the wait the trainee sees.
        let background = Benchmark(name: "console: model answers of a scenario (when the review opens)", targetMilliseconds: 150,
                                   iterations: 5).run {
            models = ModelAnswers.of(scenario, content: content)
        }
        let review = Benchmark(name: "console: review of a 40-turn attempt rendered", targetMilliseconds: 50, iterations: 30).run {
            _ = ReviewRendering.lines(for: result, scenario: scenario, content: content, models: models,
                                      palette: Palette(enabled: true), strings: strings, width: 100)
        }
        return background && review
    }

    /// The tips under the summary at the end of an attempt («Що потренувати далі»): each tip quotes what the
    /// scenario's model conversation said for its Standard, so the passing examples are played through the engine
    /// with the trainee's name (`ModelAnswers.of(…, traineeName:)`) and every tip that takes an example is
    /// written (`StandardTip`) — the wait between the last turn and the summary. Floor: the same examples replayed
    /// (`Replay.play`), the least the model answers can cost. Every bundled scenario, one after another.
    static func tipsAtTheEnd() throws -> Bool {
        let paths = try CoreBenchmarks.paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        let strings = UkrainianStrings()
        let tipped = content.catalogue.filter { !$0.hintExample.isEmpty }
        var slowest = 0.0
        var tips = 0
        let figure = Benchmark.median(iterations: 5) {
            tips = 0
            for scenario in library.scenarios {
                let start = DispatchTime.now().uptimeNanoseconds
                let examples = ModelAnswers.of(scenario, content: content, traineeName: "Олена").examples
                tips += tipped.map { StandardTip.text($0, examples: examples, strings: strings) }.count
                slowest = max(slowest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
        }
        let floor = try Benchmark.median(iterations: 5) {
            for scenario in library.scenarios {
                for example in scenario.examples where example.passed == true {
                    let inputs = try TranscriptParser.parse(scenario.fill(example.transcript, trainee: "Олена"), file: "example",
                                                            channel: scenario.channel, limits: content.scoring.inputLimits)
                    _ = Replay.play(scenario: scenario, content: content, traineeName: "Олена", inputs: inputs)
                }
            }
        }
        let withinFloor = FloorComparison(name: "console: tips at the end, \(library.scenarios.count) scenarios", floorName: "replay their passing examples",
                                          limit: 1.5).report(figure: figure, floor: floor)
        print(String(format: "  (slowest scenario's tips: %.3f ms, target < 150 ms: %@; %d tips)", slowest, slowest < 150 ? "OK" : "SLOW", tips))
        return withinFloor && slowest < 150 && tips > 0
    }
}
