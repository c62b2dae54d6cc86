import Foundation
import TrenazherCore

/// Benchmarks of the grader and the scenario loader on the bundled Content/ and Scenarios/.
enum CoreBenchmarks {
    static func paths() throws -> ResourcePaths { try ResourceLocator.locate(content: nil, scenarios: nil) }

    /// One trainee turn graded with the whole catalogue, in the middle of a hotline call.
    static func gradeOneTurn() throws -> Bool {
        let paths = try paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        guard let scenario = library.scenario(id: "hotline-long-lookup") else { return false }
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: "Олена")
        var state = engine.start()
        for line in ["Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
                     "Оксано Миколаївно, назвіть, будь ласка, номер заявки та Ваше прізвище, ім'я та по батькові.",
                     "Зачекайте, будь ласка, на лінії, я перевірю статус заявки.", "/lookup ПР-1147"] {
            state = engine.step(state, TraineeInput(text: line)).state
        }
        let turn = TraineeInput(text: "Дякую за очікування! Оплату отримано 10 листопада, підключення заплановано на 1 грудня, "
            + "тобто протягом 15 робочих днів після оплати. Чи є у Вас ще запитання?")
        if ProcessInfo.processInfo.environment["TRENAZHER_BENCH_DETAIL"] != nil {
            Benchmark(name: "  analysis only", targetMilliseconds: 1, iterations: 2000).run { _ = engine.analyzer.analyze(turn.text) }
            Benchmark(name: "  findings only", targetMilliseconds: 1, iterations: 2000).run { _ = engine.grader.findings(for: state.played, final: false) }
        }
        return Benchmark(name: "grader: one turn, whole catalogue (hotline, 5th turn)", targetMilliseconds: 1, iterations: 2000).run {
            _ = engine.step(state, turn)
        }
    }

    /// What `trenazher scenarios check` does: load Content/ and validate the bundled library.
    static func checkLibrary() throws -> Bool {
        let paths = try paths()
        return try Benchmark(name: "scenarios check: load Content/ and the bundled library", targetMilliseconds: 200, iterations: 30).run {
            let content = try ContentBundle.load(from: paths.content)
            _ = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        }
    }
}
