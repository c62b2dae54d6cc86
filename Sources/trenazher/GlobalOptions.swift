import ArgumentParser
import Foundation
import TrenazherCore

/// Options every command shares: where the content, scenarios and database are, and the language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Тека Content (типово: $TRENAZHER_CONTENT, ./Content або поруч із програмою).", "The Content folder (default: $TRENAZHER_CONTENT, ./Content, or next to the binary)."))
    var content: String?

    @Option(name: .long, help: Language.help("Тека Scenarios (типово: $TRENAZHER_SCENARIOS, ./Scenarios або поруч із програмою).", "The Scenarios folder (default: $TRENAZHER_SCENARIOS, ./Scenarios, or next to the binary)."))
    var scenarios: String?

    @Option(name: .long, help: Language.help("База прогресу (типово: $TRENAZHER_DB або $XDG_DATA_HOME/trenazher/trenazher.sqlite).", "The progress database (default: $TRENAZHER_DB or $XDG_DATA_HOME/trenazher/trenazher.sqlite)."))
    var database: String?

    @Option(name: .long, help: Language.help("Мова інтерфейсу.", "Interface language."))
    var lang: InterfaceLanguage = .uk

    /// English interface.
    var english: Bool { lang == .en }

    /// ` --content … --scenarios … --database …` as given on this command line, for a command the
    /// output suggests to run next against the same files.
    var resourceArguments: String {
        [("--content", content), ("--scenarios", scenarios), ("--database", database)]
            .compactMap { name, value in value.map { " \(name) \(Self.shellWord($0))" } }
            .joined()
    }

    /// A value as one shell word: as it is when it needs no quoting, otherwise in single quotes.
    static func shellWord(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+:=@,".unicodeScalars.contains($0) }
        return plain ? value : "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Finds and loads Content/ and the scenario library.
    func loadWorld() throws -> World {
        let paths: ResourcePaths
        do {
            paths = try ResourceLocator.locate(content: content, scenarios: scenarios)
        } catch let error as ResourceError {
            throw CommandFailure(error.description, code: 2)
        }
        let bundle: ContentBundle
        do {
            bundle = try ContentBundle.load(from: paths.content)
        } catch let error as ContentError {
            throw CommandFailure(error.diagnostics.first.map { $0.text(english: english) } ?? Language.text("Content/ містить помилки", "Content is invalid"), code: 2,
                                 more: Array(error.diagnostics.dropFirst().map { $0.text(english: english) }))
        }
        let (library, diagnostics) = ScenarioLibrary.load(paths: [paths.scenarios], content: bundle, checkVariants: false, grounding: false)
        return World(paths: paths, content: bundle, library: library, loadProblems: diagnostics)
    }
}

/// The interface language.
enum InterfaceLanguage: String, ExpressibleByArgument, CaseIterable {
    case uk, en
}

/// What the commands work on.
struct World {
    var paths: ResourcePaths
    var content: ContentBundle
    var library: ScenarioLibrary
    /// Problems found while loading the scenarios, the claims' grounding left for later.
    var loadProblems: [Diagnostic]

    /// Problems found while loading the scenarios, grounding included: worked out when a command
    /// shows them, not for every command that only plays a scenario.
    var diagnostics: [Diagnostic] { library.withGrounding(loadProblems, content: content) }

    /// The scenario with this ID, or a one-line failure (exit 2) that says why. `id` may be the path of a
    /// scenario file anywhere; an ID the library does not have is looked for as `ID.yaml` in `near`
    /// (the folder of the transcript played), so a trainer's scenario outside `Scenarios/` needs no
    /// `--scenarios`.
    func scenario(_ id: String, near: [URL] = []) throws -> Scenario {
        if let scenario = library.scenario(id: id) { return scenario }
        let isPath = id.hasSuffix(".yaml") || id.hasSuffix(".yml") || id.contains("/")
        let files = isPath ? [URL(fileURLWithPath: id)] : near.map { $0.appendingPathComponent("\(id).yaml") }
        if let file = files.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            return try scenario(in: file, id: isPath ? nil : id)
        }
        if let problem = diagnostics.first(where: { $0.file.hasSuffix("/\(id).yaml") || $0.file == "\(id).yaml" }) {
            throw CommandFailure(Language.text("сценарій '\(id)' містить помилки: \(problem.text(english: false))",
                                               "scenario '\(id)' has errors: \(problem.text(english: true))"), code: 2)
        }
        if isPath {
            throw CommandFailure(Language.text("\(id): файлу сценарію немає", "\(id): no such scenario file"), code: 2)
        }
        // A close ID, or the valid ones while few enough to list; otherwise where the list is.
        let suggestion = Suggestion.hint(id, in: library.scenarios.map(\.id))
        let hint = (suggestion.uk.isEmpty ? Bilingual(uk: " (список: trenazher scenarios)", en: " (list: trenazher scenarios)") : suggestion)
            .text(english: Language.english)
        let folders = ([paths.scenarios] + near).map(\.path).joined(separator: ", ")
        throw CommandFailure(Language.text("невідомий сценарій '\(id)'\(hint); шукали в: \(folders); сценарій з іншої теки вкажіть шляхом до його файлу .yaml або --scenarios ТЕКА",
                                           "unknown scenario '\(id)'\(hint); looked in: \(folders); give a scenario from another folder by the path of its .yaml file or --scenarios FOLDER"),
                             code: 2)
    }

    /// The scenario of one file outside the library (with `id`: only when it has that ID).
    private func scenario(in file: URL, id: String?) throws -> Scenario {
        let (loaded, problems) = ScenarioLibrary.load(paths: [file], content: content, checkVariants: false, grounding: false)
        if let problem = problems.first {
            throw CommandFailure(Language.text("сценарій \(file.path) містить помилки: \(problem.text(english: false))",
                                               "scenario \(file.path) has errors: \(problem.text(english: true))"), code: 2)
        }
        guard let scenario = id.map({ loaded.scenario(id: $0) }) ?? loaded.scenarios.first else {
            throw CommandFailure(Language.text("\(file.path): у файлі немає сценарію '\(id ?? "")'", "\(file.path): the file holds no scenario '\(id ?? "")'"), code: 2)
        }
        return scenario
    }
}

/// A failure the user should see as one line (plus optional detail lines) with an exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32
    var more: [String] = []

    init(_ message: String, code: Int32, more: [String] = []) {
        self.message = message
        self.code = code
        self.more = more
    }
}
