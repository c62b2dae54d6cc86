import ArgumentParser
import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// `trenazher play SCENARIO --transcript FILE --name NAME --format json|text` (docs/replay-contract.md).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: Language.text("Оцінити стенограму без терміналу (формат: docs/replay-contract.md).", "Grade a transcript without a terminal (format: docs/replay-contract.md).")
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: Language.help("ID сценарію (шукається і поруч зі стенограмою) або шлях до його файлу .yaml.", "The scenario ID (looked for next to the transcript too), or the path of its .yaml file.")) var scenarioID: String
    @Option(name: .long, help: Language.help("Файл стенограми або - для стандартного вводу.", "The transcript file, or - for standard input.")) var transcript: String
    @Option(name: .long, help: Language.help("Власне ім'я працівника (PHN-GREET, HOT-GREET).", "The trainee's own first name (PHN-GREET, HOT-GREET).")) var name: String
    @Option(name: .long, help: Language.help("json або text.", "json or text.")) var format: PlayFormat = .json
    @Option(name: .long, help: Language.help("Записати спробу в базу прогресу цього працівника (номер, ПІБ або ім'я; нове ПІБ реєструється).", "Record the attempt in the progress database for this trainee (number, full name or first name; a new full name is registered)."))
    var record: String?
    @Option(name: .long, help: Language.help("З --record: practice (іспит складають лише наживо: `trenazher exam НАПРЯМ`).", "With --record: practice (an exam is taken only live: `trenazher exam TRACK`)."))
    var mode: AttemptMode = .practice
    @Option(name: .long, help: Language.help("Грати варіант, що його витягує це зерно (як іспит, записаний з цим зерном).", "Play the variant this seed draws (as an exam recorded with this seed)."))
    var seed: Int64?
    @Option(name: .long, help: Language.help("Грати варіант з цією назвою або номером (0 — власні значення файлу, типово).", "Play the variant with this name or number (0: the file's own values, the default)."))
    var variant: String?

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Language.text("--name не може бути порожнім", "--name must not be empty")) }
        if seed != nil, variant != nil {
            throw ValidationError(Say(english: options.english)("--seed і --variant разом не вживають: зерно саме обирає варіант",
                                                                 "--seed and --variant do not go together: the seed chooses the variant"))
        }
        if record != nil, let variant, variant != "0" {
            throw ValidationError(Say(english: options.english)("--record записує варіант лише за зерном (--seed), щоб спробу можна було відтворити",
                                                                 "--record keeps a variant only by its seed (--seed), so the attempt can be replayed"))
        }
    }

    /// The scenario with the values the options choose: the seed's variant, the named one, or the file's own.
    private func played(_ scenario: Scenario, world: World) throws -> Scenario {
        let say = Say(english: options.english)
        do {
            if let seed { return try scenario.drawn(seed: seed, content: world.content) }
            guard let variant else { return scenario }
            guard let index = scenario.variantIndex(named: variant) else {
                let names = ["0"] + scenario.variants.map(\.name)
                throw CommandFailure(say("у сценарії \(scenario.id) немає варіанта «\(variant)»; є: \(names.joined(separator: ", "))",
                                         "scenario \(scenario.id) has no variant '\(variant)'; it has: \(names.joined(separator: ", "))"), code: 2)
            }
            return try scenario.variant(index, content: world.content)
        } catch let problem as Diagnostic {
            throw CommandFailure(problem.text(english: options.english), code: 2)
        }
    }

    /// The transcript's inputs the console performs, through the console's own check of actions
    /// (`ActionArgumentCheck.screened`); each one it refuses is one line on standard error.
    private func screened(_ inputs: [TraineeInput], scenario: Scenario, world: World, file: String) -> [TraineeInput] {
        let wording = ConsoleWording.load(contentDirectory: world.content.directory, log: DiagnosticLog())
        let (performed, refused) = ActionArgumentCheck(wording: wording, scenario: scenario).screened(inputs)
        let strings: any Strings = options.english ? EnglishStrings() : UkrainianStrings()
        for action in refused {
            let line = action.input.sourceLine.map { ":\($0)" } ?? ""
            Output.error("\(file)\(line): " + strings.actionNotReplayed(action.input.text, action.problem))
        }
        return performed
    }

    /// An exam recorded from a transcript would let a file of prepared answers pass it.
    private func refuseRecordedExam() throws {
        guard mode == .exam else { return }
        throw CommandFailure(Say(english: options.english)(
            "іспит не записують зі стенограми: його складають лише наживо в терміналі (`trenazher exam НАПРЯМ`); `--mode exam` відхилено",
            "an exam is not recorded from a transcript: it is taken only live at a terminal (`trenazher exam TRACK`); `--mode exam` refused"),
            code: 2)
    }

    func run() throws {
        try refuseRecordedExam()
        let world = try options.loadWorld()
        let near = transcript == "-" ? [] : [URL(fileURLWithPath: transcript).deletingLastPathComponent()]
        let scenario = try played(try world.scenario(scenarioID, near: near), world: world)
        if record != nil, world.library.scenario(id: scenario.id) == nil {
            throw CommandFailure(options.english
                ? "--record keeps only attempts at scenarios of the library (\(world.paths.scenarios.path)): a regrade must find the scenario"
                : "--record записує лише спроби сценаріїв бібліотеки (\(world.paths.scenarios.path)): перегляд оцінки мусить знайти сценарій", code: 2)
        }
        let file = transcript == "-" ? "<stdin>" : transcript
        let data: Data
        if transcript == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: transcript) else {
                throw CommandFailure(Language.text("\(file):1: не вдається прочитати стенограму", "\(file):1: cannot read the transcript"), code: 2)
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(Language.text("\(file):1: стенограма не є текстом UTF-8", "\(file):1: the transcript is not UTF-8 text"), code: 2)
        }
        let transcribed: [TraineeInput]
        do {
            transcribed = try TranscriptParser.parse(text, file: file, channel: scenario.channel, limits: world.content.scoring.inputLimits)
        } catch let error as TranscriptError {
            throw CommandFailure(error.text(english: Language.english), code: 2)
        }
        // What the console refuses (a /ticket of a kind the scenario does not register …) is not performed here either.
        let inputs = screened(transcribed, scenario: scenario, world: world, file: file)
        let result = Replay.play(scenario: scenario, content: world.content, traineeName: name, inputs: inputs)
        switch format {
        case .json: Output.print(AttemptRendering.json(result, trainee: name, played: scenario))
        case .text:
            if scenario.variantIndex != 0 || scenario.seed != nil {
                let seedText = scenario.seed.map { options.english ? " (seed \($0))" : " (зерно \($0))" } ?? ""
                Output.print((options.english ? "Variant \(scenario.variantName)" : "Варіант \(scenario.variantName)") + seedText)
            }
            Output.print(AttemptRendering.text(result, content: world.content, english: options.english))
        }
        if let record {
            try PlayRecording.record(result, inputs: inputs, scenario: scenario, trainee: record, firstName: name, mode: mode, options: options)
        }
    }
}

/// The output format of `play`.
enum PlayFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}
