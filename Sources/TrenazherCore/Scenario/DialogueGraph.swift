/// The dialogue graph of a scenario, analysed: end nodes, dead ends, nodes where only the fallback
/// answers, the mood limit, and transitions that can never fire because an earlier one always wins.
public struct DialogueGraph: Sendable {
    public let scenario: Scenario

    public init(scenario: Scenario) { self.scenario = scenario }

    /// A node with no transition leading elsewhere that is not an end node: the dialogue is stuck.
    public func isDeadEnd(_ node: DialogueNode) -> Bool {
        !node.end && !node.transitions.contains { $0.go != nil && $0.go != node.name }
    }

    /// A node with no transitions at all: the customer can only answer questions or fall back.
    public func isFallbackOnly(_ node: DialogueNode) -> Bool { !node.end && node.transitions.isEmpty }

    /// The positions of the transitions of a node that never fire (an earlier one always wins).
    public func shadowed(in node: DialogueNode) -> Set<Int> {
        var result = Set<Int>()
        let ends = Set(scenario.nodes.filter(\.end).map(\.name))
        for later in node.transitions.indices {
            let transition = node.transitions[later]
            if node.transitions[..<later].contains(where: {
                ($0.shared == nil) == (transition.shared == nil) && ScenarioLoader.alwaysWins($0, over: transition, ends: ends)
            }) {
                result.insert(later)
            }
        }
        return result
    }

    /// Every transition of the graph as (node, position); a shared one (`anywhere`) once.
    public var transitions: [FiredTransition] {
        scenario.nodes.flatMap { node in
            node.transitions.indices.filter { node.transitions[$0].shared == nil }.map { FiredTransition(node: node.name, index: $0) }
        } + scenario.anywhere.indices.map { FiredTransition(node: FiredTransition.anywhereNode, index: $0) }
    }

    /// The transition's label: its intents or its action, and its conditions on the flags.
    public static func label(_ transition: Transition) -> String {
        var label = transition.action.map { "/\($0)" } ?? transition.when.joined(separator: " + ")
        if !transition.ifFlags.isEmpty { label += " [" + transition.ifFlags.joined(separator: ", ") + "]" }
        if !transition.unlessFlags.isEmpty { label += " [" + transition.unlessFlags.map { "не " + $0 }.joined(separator: ", ") + "]" }
        return label
    }

    /// Graphviz DOT: end nodes double-circled, dead ends red, fallback-only nodes dashed, the mood
    /// limit as a dotted edge, transitions that never fire red and dashed.
    public func dot(english: Bool) -> String {
        var lines = ["digraph \"\(Self.escape(scenario.id))\" {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];",
                     "  edge [fontname=\"DejaVu Sans\", fontsize=10];"]
        lines.append("  label=\"\(Self.escape(scenario.id)) — \(Self.escape(scenario.title(english: english)))\"; labelloc=t;")
        lines.append("  \"·start\" [shape=point];")
        lines.append("  \"·start\" -> \"\(Self.escape(scenario.startNode))\";")
        for node in scenario.nodes {
            var attributes: [String] = []
            var label = node.name
            if node.end {
                attributes.append("shape=doublecircle")
                label += english ? "\\n(end)" : "\\n(кінець)"
            } else if isDeadEnd(node) {
                attributes.append("color=red, fontcolor=red")
                label += english ? "\\n(dead end)" : "\\n(глухий кут)"
            }
            if isFallbackOnly(node) {
                attributes.append("style=\"rounded,dashed\"")
                label += english ? "\\n(fallback only)" : "\\n(лише fallback)"
            }
            attributes.insert("label=\"\(Self.escape(label))\"", at: 0)
            lines.append("  \"\(Self.escape(node.name))\" [\(attributes.joined(separator: ", "))];")
        }
        if !scenario.anywhere.isEmpty {
            lines.append("  \"·anywhere\" [shape=note, label=\"\(english ? "any node" : "будь-який вузол")\"];")
            for (position, transition) in scenario.anywhere.enumerated() {
                var label = "\(position + 1). \(Self.label(transition))"
                if let say = transition.say { label += "\\n«\(Self.shorten(say))»" }
                lines.append("  \"·anywhere\" -> \"\(Self.escape(transition.go ?? "·anywhere"))\" [label=\"\(Self.escape(label))\", style=dotted];")
            }
        }
        for node in scenario.nodes {
            let never = shadowed(in: node)
            for (position, transition) in node.transitions.enumerated() where transition.shared == nil {
                let target = transition.go ?? node.name
                var label = "\(position + 1). \(Self.label(transition))"
                if let say = transition.say { label += "\\n«\(Self.shorten(say))»" }
                var attributes = ["label=\"\(Self.escape(label))\""]
                if transition.action != nil { attributes.append("style=bold") }
                if never.contains(position) {
                    attributes = ["label=\"\(Self.escape(label + (english ? "\\n(never fires)" : "\\n(ніколи не спрацює)")))\"", "color=red", "fontcolor=red", "style=dashed"]
                }
                lines.append("  \"\(Self.escape(node.name))\" -> \"\(Self.escape(target))\" [\(attributes.joined(separator: ", "))];")
            }
        }
        if let mood = scenario.mood, let limit = mood.limit, let target = mood.onLimit {
            let label = english ? "mood limit: \(limit) escalations" : "межа настрою: \(limit) загострень"
            lines.append("  \"·mood\" [shape=diamond, label=\"\(Self.escape(label))\", color=orange];")
            lines.append("  \"·mood\" -> \"\(Self.escape(target))\" [style=dotted, color=orange];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func shorten(_ text: String) -> String {
        let single = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return single.count > 40 ? String(single.prefix(39)) + "…" : single
    }

    static func escape(_ text: String) -> String {
        var result = ""
        var previousBackslash = false
        for character in text {
            if character == "\"" && !previousBackslash { result.append("\\") }
            result.append(character)
            previousBackslash = character == "\\"
        }
        return result
    }
}
