import Foundation
import TrenazherCore
import Yams

/// Benchmarks of the grader and the scenario loader on the bundled Content/ and Scenarios/.
enum CoreBenchmarks {
    static func paths() throws -> ResourcePaths { try ResourceLocator.locate(content: nil, scenarios: nil) }

    /// One trainee turn graded with the whole catalogue, in the middle of a hotline call: under 1 ms
    /// median and within 10× normalising and tokenising it. Content/ — with the stemmer, the typo
    /// index and the number reader — is loaded once, before the timing, as a process does.
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
            _ = engine.advance(&state, TraineeInput(text: line))
        }
        let turn = TraineeInput(text: "Дякую за очікування! Оплату отримано 10 листопада, підключення заплановано на 1 грудня, "
            + "тобто протягом 15 робочих днів після оплати. Чи є у Вас ще запитання?")
        if ProcessInfo.processInfo.environment["TRENAZHER_BENCH_DETAIL"] != nil {
            Benchmark(name: "  analysis only", targetMilliseconds: 1, iterations: 2000).run { _ = engine.analyzer.analyze(turn.text) }
            Benchmark(name: "  findings only", targetMilliseconds: 1, iterations: 2000).run { _ = engine.grader.findings(for: state.played, final: false) }
        }
        let figure = Benchmark.median(iterations: 2000) { _ = engine.step(state, turn) }
        let floor = Benchmark.median(iterations: 2000) { _ = Tokenizer.tokenize(TextNormalizer.normalize(turn.text)) }
        let withinFloor = FloorComparison(name: "grader: one turn, whole catalogue (hotline, 5th)", floorName: "normalise+tokenise it", limit: 10)
            .report(figure: figure, floor: floor)
        print(String(format: "  (one turn: %.3f ms median, target < 1 ms: %@)", figure, figure < 1 ? "OK" : "SLOW"))
        return withinFloor && figure < 1
    }

    /// A 10,000-turn transcript replayed: the cost per turn at its end against its start (linear
    /// replay keeps them equal), and the whole against normalising and tokenising every line.
    static func replayLongTranscript() throws -> Bool {
        let paths = try paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        guard let scenario = library.scenario(id: "hotline-long-lookup") else { return false }
        let lines = ["Добрий вечір, гаряча лінія, мене звати Олена. Як я можу до Вас звертатися?",
                     "Назвіть, будь ласка, номер заявки.", "Зачекайте, будь ласка, на лінії.", "/lookup ПР-1147",
                     "Дякую за очікування! Підключення заплановано на 1 грудня.", "Чи є у Вас ще запитання?"]
        let text = (0..<10_000).map { lines[$0 % lines.count] }.joined(separator: "\n")
        let inputs = try TranscriptParser.parse(text, file: "bench", channel: scenario.channel, limits: content.scoring.inputLimits)
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: "Олена")
        var state = engine.start()
        var perThousand: [Double] = []
        let start = DispatchTime.now().uptimeNanoseconds
        var mark = start
        for (position, input) in inputs.enumerated() {
            _ = engine.advance(&state, input)
            if (position + 1) % 1_000 == 0 {
                let now = DispatchTime.now().uptimeNanoseconds
                perThousand.append(Double(now - mark) / 1_000_000)
                mark = now
            }
        }
        _ = engine.finish(state)
        let whole = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let floor = Benchmark.median(iterations: 3) {
            for input in inputs { _ = Tokenizer.tokenize(TextNormalizer.normalize(input.text)) }
        }
        let first = perThousand.first ?? 0, last = perThousand.last ?? 0
        print(String(format: "  (replay: turns 1–1,000 took %.1f ms, turns 9,001–10,000 %.1f ms: ×%.2f)", first, last, first > 0 ? last / first : 0))
        let linear = FloorComparison(name: "grader: last 1,000 of 10,000 turns vs the first", floorName: "the first 1,000", limit: 1.5)
            .report(figure: last, floor: first)
        let total = FloorComparison(name: "grader: replay 10,000 turns (target < 2 s)", floorName: "normalise+tokenise them", limit: nil)
            .report(figure: whole, floor: floor)
        return linear && total && whole < 2_000
    }

    /// A hurried turn — no capitals, no apostrophes, numbers and dates in words, a typo — graded with
    /// the whole catalogue: stems, typo corrections and the number reader all work on it. The stemmer
    /// and the typo index are built with the content, once per process (not timed here).
    static func gradeOneHurriedTurn() throws -> Bool {
        let paths = try paths()
        let content = try ContentBundle.load(from: paths.content)
        let (library, _) = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        guard let scenario = library.scenario(id: "hotline-account-no-id") else { return false }
        let engine = DialogueEngine(scenario: scenario, content: content, traineeName: "Олена")
        var state = engine.start()
        for line in ["добрий день гаряча лінія олена а вас як звати", "андрію петровичу назвіть номер особового рахунку i піб",
                     "зачикайте хвилинку я перевiрю", "/lookup 20417385"] {
            state = engine.step(state, TraineeInput(text: line)).state
        }
        let turn = TraineeInput(text: "дякую що залишилися на лінії. останні показники пятнадцять тисяч чотириста тридцять два "
            + "на тридцять перше жовтня, наступне зняття пятого грудня о пів на третю, ще щось підказати")
        return Benchmark(name: "grader: one hurried turn (words for numbers, typos), whole catalogue", targetMilliseconds: 1, iterations: 2000).run {
            _ = engine.step(state, turn)
        }
    }

    /// Loading Content/ builds the stemmer, the typo index of every pattern word and the number reader:
    /// what each process pays once.
    static func loadContent() throws -> Bool {
        let paths = try paths()
        return try Benchmark(name: "content: load Content/ (stems, typo index, number words)", targetMilliseconds: 100, iterations: 30).run {
            _ = try ContentBundle.load(from: paths.content)
        }
    }

    /// What `trenazher scenarios check` does: load Content/ and validate the bundled library, beside
    /// reading and parsing the same YAML files.
    static func checkLibrary() throws -> Bool {
        let paths = try paths()
        let figure = try Benchmark.median(iterations: 30) {
            let content = try ContentBundle.load(from: paths.content)
            _ = ScenarioLibrary.load(paths: [paths.scenarios], content: content)
        }
        let files = [paths.content, paths.scenarios].flatMap { folder in
            (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { folder.appendingPathComponent($0) }
        }
        let floor = try Benchmark.median(iterations: 30) {
            for file in files { _ = try Yams.compose(yaml: try String(contentsOf: file, encoding: .utf8)) }
        }
        return FloorComparison(name: "scenarios check: Content/ and the library", floorName: "parse the same YAML", limit: nil)
            .report(figure: figure, floor: floor) && figure < 200
    }
}
