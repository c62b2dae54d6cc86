import Foundation

/// Reading the dialogue graph: nodes, transitions with their conditions on the dialogue's memory
/// (`if`, `unless`, `sets`), the transitions shared by every node (`anywhere`), and the checks that
/// a flag tested is set somewhere and that no transition is always pre-empted by an earlier one.
extension ScenarioLoader {
    /// The flag the engine sets once the customer is identified.
    static let identifiedFlag = "identified"

    /// Actions done on the screen only, which the customer does not perceive (a visitor sees the
    /// documents being checked, a caller hears the hold): a transition on them may not speak.
    static let silentActions = ["lookup", "kb", "ticket", "callback"]

    /// The keys a transition may have.
    static let transitionKeys = ["when", "action", "if", "unless", "sets", "say", "go", "mood"]

    /// What reading a transition needs to know.
    struct TransitionContext {
        let knownIntents: Set<String>
        let mood: MoodRules?
        let actions: [String: ActionDefinition]
        let check: (String, SourceLocation) -> Void
    }

    /// One transition (`- when: …` / `- action: …`).
    func readTransition(_ item: YAMLNode, _ context: TransitionContext) -> Transition? {
        guard let t = item.fields("a transition", allowed: Self.transitionKeys, log: log) else { return nil }
        let when = (t["when"]?.strings("when", log: log) ?? []).map { name, location in
            if !context.knownIntents.contains(name) {
                log.report(Bilingual(uk: "невідомий намір '\(name)' (наміри — у Content/intents.yaml і 'intents' сценарію)",
                                     en: "unknown intent '\(name)' (intents are in Content/intents.yaml and the scenario's 'intents')")
                           + Suggestion.hint(name, in: context.knownIntents), at: location)
            }
            return name
        }
        let action = t["action"]?.string("action", log: log)
        if let action, let node = t["action"] {
            if !Self.actionNames.contains(action) {
                log.report(Bilingual(uk: "невідома дія '\(action)'", en: "unknown action '\(action)'") + Suggestion.hint(action, in: Self.actionNames), at: node.location)
            } else if Self.inventedOutput.contains(action), context.actions[action] == nil {
                log.report(uk: "перехід чекає на /\(action), але в 'actions' немає '\(action)' з 'shows': програма покаже вигаданий результат. Додайте actions.\(action).shows",
                           en: "the transition waits for /\(action), but 'actions' has no '\(action)' with 'shows': the software would invent its output. Add actions.\(action).shows",
                           at: node.location)
            }
        }
        if when.isEmpty, action == nil {
            log.report(uk: "переходу потрібне 'when' (наміри) або 'action' (дія)", en: "a transition needs 'when' (intents) or 'action'", at: item.location)
        }
        if !when.isEmpty, action != nil {
            log.report(uk: "перехід має і 'when', і 'action': дія спрацьовує без намірів, тож 'when' ігнорується — розділіть на два переходи",
                       en: "the transition has both 'when' and 'action': an action fires without intents, so 'when' is ignored — split it in two", at: item.location)
        }
        let say = t["say"]?.string("say", log: log)
        if let say { context.check(say, t.keyLocation("say")) }
        if let action, say != nil, Self.silentActions.contains(action) {
            log.report(uk: "перехід за дією /\(action) не може мати 'say': клієнт не бачить екрана і реагує, лише коли стажист скаже це вголос. Перенесіть репліку в перехід 'when: <намір>' з 'if: [/\(action)]'",
                       en: "a transition on the action /\(action) cannot 'say': the customer does not see the screen and reacts only when the trainee says it aloud. Move the line to a 'when: <intent>' transition with 'if: [/\(action)]'",
                       at: t.keyLocation("say"))
        }
        let moodValue = t["mood"]?.string("mood", log: log)
        if let moodValue, let node = t["mood"] {
            if let mood = context.mood, !mood.scale.contains(moodValue) {
                log.report(Bilingual(uk: "настрою '\(moodValue)' немає на шкалі", en: "mood '\(moodValue)' is not on the scale")
                           + Suggestion.hint(moodValue, in: mood.scale), at: node.location)
            } else if context.mood == nil {
                log.report(uk: "перехід змінює настрій, але в сценарії немає розділу 'mood' зі шкалою", en: "the transition sets a mood, but the scenario has no 'mood' section with a scale", at: node.location)
            }
        }
        let sets = t["sets"]?.strings("sets", log: log) ?? []
        for (flag, location) in sets where flag == Self.identifiedFlag || flag.hasPrefix("/") || flag.isEmpty {
            log.report(uk: "прапорець '\(flag)' ставить сам рушій (identified — коли клієнта ідентифіковано, /дія — коли дію виконано): назвіть свій інакше",
                       en: "flag '\(flag)' is set by the engine (identified — once the customer is identified, /action — once it is taken): name yours differently",
                       at: location)
        }
        var transition = Transition(when: when, action: action, say: say, go: t["go"]?.string("go", log: log),
                                    mood: moodValue, location: t["go"]?.location ?? item.location, start: item.location)
        let ifFlags = t["if"]?.strings("if", log: log) ?? []
        let unlessFlags = t["unless"]?.strings("unless", log: log) ?? []
        transition.ifFlags = ifFlags.map(\.0)
        transition.unlessFlags = unlessFlags.map(\.0)
        transition.sets = sets.map(\.0)
        transition.tested = ifFlags + unlessFlags
        return transition
    }

    /// The transitions shared by every node that is not an end node (`anywhere:`).
    func readAnywhere(_ node: YAMLNode?, _ context: TransitionContext) -> [Transition] {
        (node?.list("anywhere", log: log) ?? []).compactMap { readTransition($0, context) }
    }

    func readNodes(_ node: YAMLNode?, _ context: TransitionContext, anywhere: [Transition]) -> [DialogueNode] {
        var nodes: [DialogueNode] = []
        for entry in node?.entries("nodes", log: log) ?? [] {
            if nodes.contains(where: { $0.name == entry.key }) { log.report(uk: "вузол '\(entry.key)' повторено", en: "duplicate node '\(entry.key)'", at: entry.keyLocation) }
            guard let fields = entry.value.fields("node '\(entry.key)'", allowed: ["say", "end", "on"], log: log) else { continue }
            let say = fields["say"]?.string("say", log: log)
            if let say { context.check(say, fields.keyLocation("say")) }
            let end = fields["end"]?.bool("end", log: log) ?? false
            var transitions = (fields["on"]?.list("on", log: log) ?? []).compactMap { readTransition($0, context) }
            if end, let first = transitions.first {
                log.report(uk: "вузол '\(entry.key)' кінцевий (end: true), тож його переходи ніколи не спрацюють: приберіть 'on' або 'end'",
                           en: "node '\(entry.key)' is an end node (end: true), so its transitions never fire: remove 'on' or 'end'", at: first.start ?? first.location)
            }
            if !end {
                for (index, shared) in anywhere.enumerated() {
                    var copy = shared
                    copy.shared = index
                    transitions.append(copy)
                }
            }
            nodes.append(DialogueNode(name: entry.key, say: say, end: end, transitions: transitions, location: entry.keyLocation))
        }
        return nodes
    }

    /// Transitions pre-empted by an earlier one every time, and flags tested but never set (an outcome
    /// goal's id is set by the turn that tells the goal: `ToldGoals`).
    func checkDialogue(_ nodes: [DialogueNode], anywhere: [Transition], goals: [String]) {
        let ends = Set(nodes.filter(\.end).map(\.name))
        var reported = Set<Int>()
        for node in nodes {
            for later in node.transitions.indices {
                let transition = node.transitions[later]
                // A node's own transition may override a shared one on purpose (its own farewell line).
                guard let earlier = node.transitions[..<later].firstIndex(where: {
                    ($0.shared == nil) == (transition.shared == nil) && Self.alwaysWins($0, over: transition, ends: ends)
                }) else { continue }
                let key = transition.start?.line ?? transition.location.line
                guard reported.insert(key).inserted else { continue }
                let line = (node.transitions[earlier].start ?? node.transitions[earlier].location).line
                log.report(uk: "цей перехід ніколи не спрацює: перехід у рядку \(line) перевіряється раніше і спрацьовує щоразу, коли спрацював би цей (і веде деінде або до кінця). Поставте конкретніший перехід першим",
                           en: "this transition can never fire: the one on line \(line) is tried first and fires whenever this one would (and moves elsewhere or ends). Put the more specific one first",
                           at: transition.start ?? transition.location)
            }
        }
        var set = Set([Self.identifiedFlag] + Self.actionNames.map { "/" + $0 } + goals)
        for transition in nodes.flatMap(\.transitions) + anywhere { set.formUnion(transition.sets) }
        for (flag, location) in (nodes.flatMap(\.transitions).filter { $0.shared == nil } + anywhere).flatMap(\.tested) where !set.contains(flag) {
            log.report(Bilingual(uk: "прапорець '\(flag)' ніде не ставиться: додайте 'sets: [\(flag)]' переходу, після якого він має бути, або перевіряйте identified чи /дію",
                                 en: "flag '\(flag)' is never set: add 'sets: [\(flag)]' to the transition after which it holds, or test identified or /action")
                       + Suggestion.hint(flag, in: set), at: location)
        }
    }

    /// Whether `earlier`, tried first, pre-empts `later` every time `later` would fire: its
    /// conditions are no stricter, and either it shows the same intents (the general answer is not
    /// repeated), or it moves elsewhere whenever `later` would move too, or it ends the dialogue.
    static func alwaysWins(_ earlier: Transition, over later: Transition, ends: Set<String> = []) -> Bool {
        guard Set(earlier.ifFlags).isSubset(of: Set(later.ifFlags)), Set(earlier.unlessFlags).isSubset(of: Set(later.unlessFlags)) else { return false }
        if let action = later.action { return earlier.action == action }
        guard earlier.action == nil, !earlier.when.isEmpty, !later.when.isEmpty else { return false }
        let general = earlier.when == ["any"] || Set(earlier.when).isSubset(of: Set(later.when))
        guard general else { return false }
        if Set(earlier.when) == Set(later.when) { return true }
        if let go = earlier.go, ends.contains(go) { return true }
        return earlier.go != nil && later.go != nil
    }

    /// The keys a building block of `Content/blocks.yaml` may have.
    static let blockKeys = ["answers", "claims", "intents", "anywhere"]

    /// Reads `Content/blocks.yaml` once: block name → its mapping.
    static func parseBlocks(_ source: ScenarioBlocksSource?, log: DiagnosticLog) -> [String: YAMLNode] {
        guard let source, let root = YAMLNode.parse(source.text, file: source.file, log: log) else { return [:] }
        var blocks: [String: YAMLNode] = [:]
        for entry in root.entries("blocks.yaml", log: log) ?? [] { blocks[entry.key] = entry.value }
        return blocks
    }

    /// The blocks a scenario names with `use:`, read as mappings (an unknown name is reported with
    /// the valid ones). The scenario's own entries come first and win over a block's.
    func readUse(_ node: YAMLNode?) -> ([YAMLFields], [String]) {
        var result: [YAMLFields] = []
        var names: [String] = []
        guard let node else { return ([], []) }
        // A loader made without the library's parsed blocks (a variant reloaded on its own) reads them now.
        let blocks = self.blocks.isEmpty ? Self.parseBlocks(content.blocks, log: log) : self.blocks
        for (name, location) in node.strings("use", log: log) {
            guard let block = blocks[name] else {
                log.report(Bilingual(uk: "невідомий блок '\(name)' (блоки — у Content/blocks.yaml)", en: "unknown block '\(name)' (blocks are in Content/blocks.yaml)")
                           + Suggestion.hint(name, in: blocks.keys.sorted(), listLimit: 20), at: location)
                continue
            }
            if names.contains(name) {
                log.report(uk: "блок '\(name)' названо двічі", en: "block '\(name)' is named twice", at: location)
                continue
            }
            guard let fields = block.fields("block '\(name)'", allowed: Self.blockKeys, log: log) else { continue }
            result.append(fields)
            names.append(name)
        }
        return (result, names)
    }
}
