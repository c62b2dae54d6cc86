import Foundation

/// The scenario library of the trainee's console, read a file at a time: a session that plays one scenario
/// (`train ID`, resuming an attempt, an exam's next scenario) parses that scenario's file only, and the
/// whole library is read when a list needs it. On a server where many trainees start at once, this is most
/// of what each session's start costs (every scenario file parsed and checked, ~60% of it).
///
/// What it gives is what `ScenarioLibrary.load(paths:content:checkVariants: false, grounding: false)` gives:
/// `scenario(id:)` is the scenario that load keeps under that ID (the first file, in path order, that loads
/// with it), and `library` is that load. A file is skipped without parsing only when its `ScenarioIDHint`
/// names another ID. `listing` is what the scenario list shows of that load; with a `ScenarioListCache` it is
/// read from the cache when nothing it depends on has changed since it was written, and the library is not
/// loaded for it. Safe to use from several threads.
public final class ScenarioShelf: @unchecked Sendable {
    private let paths: [URL]
    private let content: ContentBundle
    private let listCache: ScenarioListCache?
    private let lock = NSLock()
    // Guarded by `lock`.
    private var files: [URL]?
    private var loaded: [URL: Scenario?] = [:]
    private var whole: ScenarioLibrary?
    private var list: ScenarioList?
    private var problems: [Diagnostic] = []
    private var shared: (mentions: MentionExtractor, blocks: [String: YAMLNode])?

    /// The scenarios under `paths` (files or folders), validated as `Content` expects; nothing is read yet.
    /// `listCache` keeps the scenario list between runs.
    public init(paths: [URL], content: ContentBundle, listCache: ScenarioListCache? = nil) {
        self.paths = paths
        self.content = content
        self.listCache = listCache
    }

    /// A shelf holding a library already loaded (tests and tools).
    public init(library: ScenarioLibrary, content: ContentBundle) {
        self.paths = []
        self.content = content
        self.listCache = nil
        self.whole = library
    }

    /// Every scenario, as the whole load gives them (parsed once, then kept).
    public var library: ScenarioLibrary {
        lock.withLock { loadWhole() }
    }

    /// The scenario list of the whole load: from the cache when it holds the list of these very files, Content
    /// and program (then no scenario file is parsed), else from the whole load (then kept in the cache).
    public var listing: ScenarioList {
        lock.withLock {
            if let list { return list }
            if let whole {
                let made = ScenarioList(library: whole, diagnostics: problems)
                list = made
                return made
            }
            let key = listCache.flatMap { _ in listKey() }
            if let listCache, let key, let kept = listCache.read(key: key) {
                // The whole load's problems, as `library` would have given them.
                problems = kept.diagnostics
                list = kept
                return kept
            }
            let made = ScenarioList(library: loadWhole(), diagnostics: problems)
            list = made
            if let listCache, let key { listCache.write(made, key: key) }
            return made
        }
    }

    /// The whole load, done once; the caller holds `lock`.
    private func loadWhole() -> ScenarioLibrary {
        if let whole { return whole }
        let (library, diagnostics) = ScenarioLibrary.load(paths: paths, content: content, checkVariants: false, grounding: false)
        // The problems of the files read one at a time are in the whole load's problems too.
        problems = diagnostics
        whole = library
        return library
    }

    /// The cache key of the whole load (`ScenarioListCache.key`); `nil` when it cannot be made. The caller holds `lock`.
    private func listKey() -> String? {
        guard let program = ScenarioListCache.programIdentity() else { return nil }
        let files = self.files ?? ScenarioLibrary.scenarioFiles(under: paths, log: DiagnosticLog())
        self.files = files
        return ScenarioListCache.key(paths: paths, files: files, contentDirectory: content.directory, program: program,
                                     currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The scenario with this ID, reading only the files that may hold it.
    public func scenario(id: String) -> Scenario? {
        lock.withLock {
            if let whole { return whole.scenario(id: id) }
            let log = DiagnosticLog()
            let files = self.files ?? ScenarioLibrary.scenarioFiles(under: paths, log: log)
            self.files = files
            let (mentions, blocks) = shared ?? (ScenarioLibrary.mentionExtractor(content),
                                                ScenarioLoader.parseBlocks(content.blocks, log: log))
            shared = (mentions, blocks)
            defer { problems += log.entries }
            for url in files {
                if let scenario = loaded[url] {
                    if scenario?.id == id { return scenario }
                    continue
                }
                if let hint = ScenarioIDHint.of(file: url), hint != id { continue }
                let loadedFile = ScenarioLibrary.loadFile(url, content: content, log: log, mentions: mentions, blocks: blocks,
                                                          checkVariants: false)
                loaded[url] = .some(loadedFile?.0)
                if let scenario = loadedFile?.0, scenario.id == id { return scenario }
            }
            return nil
        }
    }

    /// The problems of everything read so far (files that could not be read or loaded), in the order found.
    public var diagnostics: [Diagnostic] {
        lock.withLock { problems }
    }
}
