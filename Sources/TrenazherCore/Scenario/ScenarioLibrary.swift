import Foundation

/// Every scenario found under some paths, validated.
public struct ScenarioLibrary: Sendable {
    /// The scenarios, sorted by file path.
    public var scenarios: [Scenario]
    /// When the grounding check was left for later (`load(…, grounding: false)`): for each scenario,
    /// how many problems stood before its grounding problems would have been reported.
    var deferredGrounding: [Int]?
    /// What `scenarios check` points out without failing (`ScenarioAdvice`): the scenarios still load and play.
    public var warnings: [Diagnostic] = []

    public init(scenarios: [Scenario]) { self.scenarios = scenarios }

    /// The scenario with this ID.
    public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// Loads every `*.yaml` / `*.yml` file under the paths (files or folders). Problems are returned
    /// as diagnostics; a scenario with a problem is left out of the library.
    /// `explanations`, when given, collects how each `accept` value and pattern was read. `checkVariants`
    /// loads every variant of each scenario too and reports its problems (`scenarios check`, content
    /// validation); the program's own start-up leaves it to those tools and loads a variant when it is drawn.
    /// Without `grounding` the claims' facts are not looked for (`ScenarioGrounding`, the costliest
    /// check): a command that shows no problems need not pay for it, and `withGrounding` gives the
    /// problems exactly as a load with it would have.
    public static func load(paths: [URL], content: ContentBundle, explanations: ExplanationLog? = nil,
                            checkVariants: Bool = true, grounding: Bool = true) -> (ScenarioLibrary, [Diagnostic]) {
        let log = DiagnosticLog()
        let mentions = mentionExtractor(content)
        var scenarios: [Scenario] = []
        var warnings: [Diagnostic] = []
        var deferred: [Int] = []
        var seen: [String: String] = [:]
        let blocks = ScenarioLoader.parseBlocks(content.blocks, log: log)
        let cache = ScenarioLoadCache()
        for url in scenarioFiles(under: paths, log: log) {
            guard let (scenario, text, problemsBefore) = loadFile(url, content: content, log: log, mentions: mentions, blocks: blocks,
                                                                   explanations: explanations, checkVariants: checkVariants,
                                                                   cache: cache) else { continue }
            let file = displayPath(url)
            guard log.entries.count == problemsBefore else { continue }
            if let other = seen[scenario.id] {
                log.report(uk: "ID сценарію '\(scenario.id)' вже є в \(other): дайте інший id", en: "duplicate scenario ID '\(scenario.id)' (also in \(other))", at: SourceLocation(file: file, line: idLine(in: text), column: 5))
                continue
            }
            seen[scenario.id] = file
            scenarios.append(scenario)
            warnings += ScenarioAdvice.warnings(scenario, file: file, text: text)
            warnings += ScenarioSubjectAdvice.warnings(scenario, content: content, file: file, text: text)
            if grounding {
                for problem in groundingProblems(scenario, content: content, cache: cache) { log.append(problem) }
            } else {
                deferred.append(log.entries.count)
            }
        }
        var library = ScenarioLibrary(scenarios: scenarios)
        library.warnings = warnings
        if !grounding { library.deferredGrounding = deferred }
        return (library, log.entries)
    }

    /// One scenario file as `load(paths:…)` reads it: the scenario (nil when the file cannot be read or its
    /// problems leave it out), the file's text and how many problems the log held before its variants were
    /// checked (a variant's problems leave the scenario out too). Problems go to `log`.
    static func loadFile(_ url: URL, content: ContentBundle, log: DiagnosticLog, mentions: MentionExtractor,
                         blocks: [String: YAMLNode], explanations: ExplanationLog? = nil,
                         checkVariants: Bool, cache: ScenarioLoadCache? = nil) -> (Scenario, String, Int)? {
        let file = displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.report(uk: "не вдається прочитати файл", en: "cannot read the file", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.report(uk: "файл — не текст UTF-8", en: "the file is not UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        // Parsed once: every variant is the same parsed file with its values in place.
        guard let root = YAMLNode.parse(text, file: file, log: log) else { return nil }
        // The file's lines and hash, the same for every variant, computed once.
        let lines = TextLines.of(text)
        let hash = StableHash.hex(of: Array(text.utf8))
        var loader = ScenarioLoader(content: content, log: log, mentions: mentions, explanations: explanations, blocks: blocks, cache: cache)
        loader.fileLines = lines
        loader.fileHash = hash
        guard let scenario = loader.load(root: root, text: text, file: file, url: url) else { return nil }
        let problemsBefore = log.entries.count
        for index in 1..<(checkVariants ? scenario.variantCount : 1) {
            let variantLog = DiagnosticLog()
            var variantLoader = ScenarioLoader(content: content, log: variantLog, mentions: mentions, blocks: blocks, cache: cache)
            variantLoader.fileLines = lines
            variantLoader.fileHash = hash
            _ = variantLoader.load(root: root, text: text, file: file, url: url, variant: index)
            let name = scenario.variants[index - 1].name
            for problem in variantLog.entries {
                log.append(Diagnostic(file: problem.file, line: problem.line, column: problem.column,
                                      message: "variant '\(name)': \(problem.message)", ukrainian: "варіант '\(name)': \(problem.ukrainian)"))
            }
        }
        return (scenario, text, problemsBefore)
    }

    /// The problems of a load, with the grounding problems a load without `grounding` left out put
    /// back where a load with it reports them.
    public func withGrounding(_ diagnostics: [Diagnostic], content: ContentBundle) -> [Diagnostic] {
        guard let deferredGrounding else { return diagnostics }
        var result: [Diagnostic] = []
        var next = 0
        let cache = ScenarioLoadCache()
        for (scenario, position) in zip(scenarios, deferredGrounding) {
            while next < position, next < diagnostics.count {
                result.append(diagnostics[next])
                next += 1
            }
            result += Self.groundingProblems(scenario, content: content, cache: cache)
        }
        result += diagnostics[min(next, diagnostics.count)...]
        return result
    }

    /// A claim whose facts the trainee cannot find in the scenario's software, knowledge base,
    /// documents or the customer's words (`ScenarioGrounding`), or that a text the scenario presents as
    /// true contradicts (`ScenarioContradictions`): a problem `scenarios check` reports at the claim. The scenario stays playable (a recorded attempt is never refused).
    public static func groundingProblems(_ scenario: Scenario, content: ContentBundle) -> [Diagnostic] {
        groundingProblems(scenario, content: content, cache: ScenarioLoadCache())
    }

    /// `groundingProblems` with the texts other scenarios of the same load share analysed once.
    static func groundingProblems(_ scenario: Scenario, content: ContentBundle, cache: ScenarioLoadCache) -> [Diagnostic] {
        ScenarioGrounding(scenario: scenario, content: content, cache: cache).ungrounded(scenario.claims).map { claim, missing -> Diagnostic in
            let location = claim.location
            return Diagnostic(
                file: location.file, line: location.line, column: location.column,
                message: "the claim's fact «\(missing)» is nowhere the trainee can find it (what /lookup shows, /kb, /docs, the summary or the customer's words): add a 'records' entry or a 'knowledge' article that states it",
                ukrainian: "факт claim «\(missing)» стажер ніде не може знайти (ні в /lookup, ні в /kb, ні в /docs, ні в описі чи словах клієнта): додайте запис у 'records' або статтю в 'knowledge', що його називає")
        } + ScenarioContradictions.problems(scenario, content: content, cache: cache)
    }

    /// Loads from one text (tests and tools).
    public static func load(text: String, file: String, content: ContentBundle) -> (Scenario?, [Diagnostic]) {
        let log = DiagnosticLog()
        let mentions = mentionExtractor(content)
        let blocks = ScenarioLoader.parseBlocks(content.blocks, log: log)
        let scenario = ScenarioLoader(content: content, log: log, mentions: mentions, blocks: blocks).load(text: text, file: file, url: nil)
        return (scenario, log.entries)
    }

    /// The mention extractor every scenario of a library is loaded with (dates read against the scenarios' calendar).
    static func mentionExtractor(_ content: ContentBundle) -> MentionExtractor {
        MentionExtractor(lexicon: content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
    }

    static func idLine(in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("id:") {
            return index + 1
        }
        return 1
    }

    static func scenarioFiles(under paths: [URL], log: DiagnosticLog) -> [URL] {
        var files: [URL] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                log.report(uk: "немає такого файлу чи теки", en: "no such file or folder", at: SourceLocation(file: path.path, line: 1, column: 1))
                continue
            }
            if !isDirectory.boolValue { files.append(path); continue }
            // The enumerator does not descend into a folder named through a symbolic link (an installation's
            // `Scenarios` → `current/Scenarios`), so it walks the folder the link points at.
            let enumerator = manager.enumerator(at: path.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if ["yaml", "yml"].contains(url.pathExtension.lowercased()) { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// A path relative to the current directory when it is inside it.
    static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
