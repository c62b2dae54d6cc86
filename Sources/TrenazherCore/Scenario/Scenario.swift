import Foundation

/// One training scenario, as a trainer wrote it in `Scenarios/*.yaml` (see docs/scenario-format.md).
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var channel: Channel
    public var date: CalendarDate
    /// The simulated time of day, `HH:MM`.
    public var clock: String
    /// Minutes since midnight of `clock`.
    public var clockMinutes: Int
    public var topic: String?
    public var serviceID: String?
    public var summary: String?
    public var persona: Persona
    /// Fact name → value, usable as `{name}` in any text.
    public var facts: [String: String]
    /// The applicable Standards, catalogue IDs.
    public var standards: [String]
    public var turnWordLimit: Int
    public var pauseLimitSeconds: Double
    public var identification: Identification?
    public var accountFacts: [PatternSource]
    public var claims: [Claim]
    public var documents: [DocumentItem]
    public var questions: [AppealQuestion]
    public var intents: [String: IntentDefinition]
    public var answers: [Answer]
    public var opening: String?
    public var nodes: [DialogueNode]
    /// Transitions tried in every node that is not an end node, after the node's own (`anywhere:`);
    /// each node's `transitions` already holds them (marked `shared`).
    public var anywhere: [Transition] = []
    /// The shared blocks the scenario names (`use:`), from `Content/blocks.yaml`.
    public var uses: [String] = []
    public var fallback: [String]
    public var actions: [String: ActionDefinition]
    public var mood: MoodRules?
    public var examples: [ScenarioExample]
    /// Written channel: when the appeal was received, and the reply term in days.
    public var received: CalendarDate?
    public var replyTermDays: Int?
    /// When a call-back can bring the full answer (`callback_window`); `nil` when the scenario does not say.
    public var callbackWindow: CallbackWindow?
    /// What «the customer was served» means here; `nil` when the scenario does not say.
    public var outcome: OutcomeRules?
    /// The back office: what `/lookup` finds, by account, application number or address.
    public var records: [BackOfficeRecord] = []
    /// The scenario's own knowledge-base articles (`/kb`), added to `Content/knowledge.yaml`.
    public var knowledge: [KnowledgeArticle] = []
    /// What is so in this case of subjects of `Content/statements.yaml` (`statements:`: the payment
    /// arrived, the restoration time is not known); they win over what Content's rules say.
    public var statements: [SubjectStatement] = []
    /// The scenario's own kinds of request (`request_kinds`), tried before `Content/numbers.yaml`'s.
    public var requestKinds: [RequestNumbering.Kind] = []
    public var sourceFile: URL?
    /// SHA-256 of the file's bytes: stored with attempts, so a changed scenario is noticed.
    public var sourceHash: String
    /// The file's text as loaded: stored with attempts, so an attempt can be replayed on the version it was
    /// taken on.
    public var sourceText: String = ""
    /// The alternative sets of values (`variants:`), variant 1 first; variant 0 is the file's own values.
    public var variants: [ScenarioVariant] = []
    /// Which variant's values this scenario holds: 0 for the file's own.
    public var variantIndex: Int = 0
    /// The seed the variant was drawn by, when it was drawn (an exam, `play --seed`).
    public var seed: Int64? = nil
    /// The customers of the scenario's other variants (the file's own included when another is drawn): their
    /// full names and how they are addressed. Calling this customer by one of them is a wrong fact (GEN-ACCURATE).
    public var otherCustomers: [String] = []
    /// The title in English (`title_en`), for English text that names the scenario (the certificate's English
    /// page); `nil` when the file has none.
    public var titleEN: String? = nil

    /// The title in the reader's language: `title_en` in English when the file has one, `title` otherwise.
    public func title(english: Bool) -> String { english ? titleEN ?? title : title }

    /// The name of the variant this scenario holds (`0` for the file's own values).
    public var variantName: String {
        variants.indices.contains(variantIndex - 1) ? variants[variantIndex - 1].name : String(variantIndex)
    }

    /// How many variants the scenario has, the file's own values included.
    public var variantCount: Int { variants.count + 1 }

    /// The node where the dialogue starts.
    public var startNode: String { nodes.first?.name ?? "start" }

    /// The node with this name.
    public func node(_ name: String) -> DialogueNode? { nodes.first { $0.name == name } }

    /// The transition a fired record names (a node's own, or a shared one of `anywhere`).
    public func transition(for fired: FiredTransition) -> Transition? {
        guard let index = fired.index else { return nil }
        if fired.node == FiredTransition.anywhereNode { return anywhere.indices.contains(index) ? anywhere[index] : nil }
        guard let node = node(fired.node), node.transitions.indices.contains(index) else { return nil }
        return node.transitions[index]
    }

    /// Whether a Standard applies to this scenario.
    public func applies(_ id: String) -> Bool { standards.contains(id) }

    /// Replaces `{fact}` placeholders (and `{trainee}`) in a text.
    /// One pass over the text: a placeholder's value is not searched for placeholders again, and a
    /// brace that opens no known placeholder stays as written.
    public func fill(_ text: String, trainee: String) -> String {
        // Most lines name no fact: nothing to replace.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = text.unicodeScalars[...]
        while let open = rest.firstIndex(of: "{") {
            result.unicodeScalars.append(contentsOf: rest[..<open])
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}") {
                let name = String(String.UnicodeScalarView(rest[afterOpen..<close]))
                if let value = facts[name] ?? (name == "trainee" ? trainee : nil) {
                    result += value
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            result.unicodeScalars.append("{")
            rest = rest[afterOpen...]
        }
        result.unicodeScalars.append(contentsOf: rest)
        return result
    }

    /// The bindings word patterns of this scenario are compiled with.
    public func bindings(trainee: String) -> [String: String] {
        var bindings = facts
        bindings["trainee"] = trainee
        return bindings
    }
}

/// The customer.
public struct Persona: Sendable {
    public var name: String
    public var addressAs: String?
    public var mood: String?
    /// The persona's `mood` in English (`mood_en`), for the English interface; `nil`: named from
    /// `Content/mood.yaml` (`MoodDefaults.english`).
    public var moodEnglish: String? = nil
    /// How fast the customer speaks, in words a minute (`pace_wpm`, 60–400); `nil`: the natural
    /// pace of `Content/coaching.yaml`.
    public var paceWordsPerMinute: Int? = nil
}

/// What identifies the customer: every fact of `all` and at least `anyCount` of `any` asked and given.
/// A scenario states it in `identification:` or takes it from the knowledge-base article whose
/// `identifies:` states the company's procedure (the rule the trainee can read with `/kb`).
public struct Identification: Sendable, Codable, Equatable {
    public var all: [String]
    public var any: [String]
    public var updateContacts: Bool
    /// How many facts of `any` must be given (1 unless stated; never more than `any` holds).
    public var anyCount: Int = 1

    /// Whether the facts given so far identify the customer.
    public func isSatisfied(by disclosed: Set<String>) -> Bool {
        guard all.allSatisfy(disclosed.contains) else { return false }
        guard !any.isEmpty else { return true }
        return any.filter(disclosed.contains).count >= min(max(anyCount, 1), any.count)
    }
}

/// A statement the trainee may make, with its correct values (GEN-ACCURATE).
public struct Claim: Sendable, Codable {
    /// Word patterns showing a sentence is about this subject.
    public var about: [PatternSource]
    /// Correct values in natural language («10 робочих днів», «9 грудня»).
    public var accept: [String]
    /// Standards that stating the claim shows (VIS-TERMS, VIS-DOCS-EXPLAIN, WRT-DEADLINE).
    public var shows: [String]
    public var location: SourceLocation
    /// Statements that contradict the company's data («компенсацію виплатять»), unless negated
    /// in the same clause.
    public var falsePatterns: [PatternSource] = []
    /// The true fact, quoted in the finding when a `false` pattern is said.
    public var truth: String?
    /// Statements that are true: said with a negation in their clause (outside their own words),
    /// they deny the fact («самостійно передавати показники не можна»).
    public var deniedPatterns: [PatternSource] = []
    /// A closed subject's restrictions said of a kind they make false («лише особисто в центрі», «обов'язково
    /// потрібен техпаспорт»): false like `falsePatterns`, but only in a sentence about the subject — one
    /// holding a `context` pattern (any sentence when there is none), or holding one of `contextPronouns`
    /// right after a sentence of the turn that holds one («Їх можна подати лише особисто») — and not
    /// when one of `alternatives` follows the match within two words («лише власнику або …» excludes nothing).
    public var restrictedPatterns: [PatternSource] = []
    public var context: [PatternSource] = []
    public var contextPronouns: [PatternSource] = []
    public var alternatives: [PatternSource] = []
    /// `context` binds `false` and denied matches too, not only restrictions (a subject's `about:`).
    public var contextBindsAll = false
    /// `context` must stand in the match's own clause (or a clause before it that only asides part from it:
    /// «Підписатися на сповіщення, на жаль, можна лише особисто»), not anywhere in its sentence: a claim built
    /// for one additional service from its `how` (`from: how`), whose words name a channel too — «оплатити
    /// можна в застосунку, а готівкою — лише в центрі» is about paying, not about the app.
    public var contextInClause = false
    /// Patterns that, standing in the clause of a `false`, denied or restricted match, say it is about
    /// something else («ваш новий номер поки не підключений до SMS»): the match does not count.
    public var notPatterns: [PatternSource] = []
    /// A match of `false` or denied patterns counts only within one clause: a subject of
    /// `Content/statements.yaml` is asserted in a clause («не можу сказати, коли відновлять, бригада
    /// приїде протягом 2 годин» promises no restoration time).
    public var oneClause = false
    /// A guess still tells it (`StatementSubject.guessTells`): a hedge does not make its `false` matches hypothetical.
    public var guessTells = false
    /// A rule still tells it (`StatementSubject.ruleTells`): a `rule_conditions` word does not make its `false`
    /// matches a rule about other cases.
    public var ruleTells = false
    /// The values the claim accepts through a fact some variant changes (`accept: ["{debt}"]`), filled in: the
    /// customer's own case. A wrong value of their kind (a date, a sum, a term, a time) misinforms the customer
    /// (`OutcomeJudge`); a wrong value of another kind is judged against the claim's other values only.
    public var customerValues: [String] = []
    /// A rule of the knowledge base (`rules:` of an article): a wrong value of it tells the customer a
    /// rule the company does not have, so it misinforms (`GoalClaims`) whatever the goals ask.
    public var isRule = false
    /// Built from the scenario's `documents` (`documents_complete`): the package called complete. A later
    /// turn that names a missing or incomplete document takes such a statement back (`PackageCorrection`).
    public var aboutPackage = false
    /// `judged_by: callback_window`: the call-back's claim. A time said with a date in its sentence is
    /// correct when a call-back then can be kept (the scenario's `callback_window` and the working hours:
    /// «27.11 о 10:00» where the answer exists from the 26th after 14:00), whatever times `accept` lists for
    /// the first day; otherwise it is judged by `accept` as any claim's.
    public var timedByCallbackWindow = false
    /// `counted_from`: what the claim's terms count from («15 робочих днів від дня оплати»). A term the claim
    /// accepts, said with a reference point (`reference_points`: «з дня», «як тільки») whose words name
    /// another claim's subject and none of these («15 робочих днів з дня, коли донесете повний пакет»), is
    /// counted from the wrong point: false, quoting `truth`.
    public var countedFrom: [PatternSource] = []
}

/// A document the visitor hands over (or should have).
public struct DocumentItem: Sendable {
    public enum Status: String, Sendable, CaseIterable { case ok, incomplete, missing }
    public var name: String
    public var status: Status
    public var problem: String?
    public var patterns: [PatternSource]
    /// Facts the trainee reads from the document once they look at it (`/docs`): a passport handed
    /// over gives the full name. Missing documents give nothing.
    public var gives: [String] = []
    /// Facts the visitor gives when handing it over (`handed_with`: an answer's `gives`, «Ось мій
    /// паспорт»): `/docs` lists it only once they are all given. Empty: handed over from the start.
    public var handedWith: [String] = []

    /// Whether the visitor has handed it over once these facts are given (a missing one never is).
    public func isHanded(disclosed: Set<String>) -> Bool {
        status != .missing && handedWith.allSatisfy(disclosed.contains)
    }
}

/// A question a written appeal raises (WRT-ANSWERS).
public struct AppealQuestion: Sendable {
    public var id: String
    public var text: String
    public var answeredBy: [PatternSource]
}

/// How the customer answers a question in any node.
public struct Answer: Sendable {
    /// The intent that asks it.
    public var intent: String
    public var say: String
    /// Facts the answer gives (for identification).
    public var gives: [String]
}

/// A node of the dialogue graph.
public struct DialogueNode: Sendable {
    public var name: String
    /// Said when the dialogue enters the node without a transition line.
    public var say: String?
    public var end: Bool
    public var transitions: [Transition]
    public var location: SourceLocation
}

/// A transition: fires when all `when` intents are shown (or the `action` was taken) and its
/// conditions on the dialogue's flags hold.
public struct Transition: Sendable {
    public var when: [String]
    public var action: String?
    /// Flags that must all be set (`if:`); `identified` and `/ACTION` are set by the engine.
    public var ifFlags: [String] = []
    /// Flags none of which may be set (`unless:`).
    public var unlessFlags: [String] = []
    /// Flags the transition sets when it fires (`sets:`): the dialogue's memory.
    public var sets: [String] = []
    /// The position in the scenario's `anywhere` list, for a shared transition copied into a node.
    public var shared: Int? = nil
    /// The flags of `if` and `unless` with where each is written (for `scenarios check`).
    var tested: [(String, SourceLocation)] = []
    public var say: String?
    public var go: String?
    /// Sets the customer's mood.
    public var mood: String?
    /// Where `go` is written (or the transition starts).
    public var location: SourceLocation
    /// Where the transition starts (its `- when:` / `- action:` line).
    public var start: SourceLocation? = nil
}

/// A simulated company-software action.
public struct ActionDefinition: Sendable {
    public var name: String
    /// Simulated seconds it takes.
    public var takes: Int
    /// Facts the customer must have given (or the argument must name) for the result to show.
    public var needs: [String]
    public var shows: String?
    public var notFound: String?
    /// For `ticket`: the kind of the scenario's one request (`kind: претензія`, a kind of
    /// `Content/console.yaml`); the console registers no other kind. `nil`: any kind.
    public var kind: String? = nil
}

/// How the customer's mood changes.
public struct MoodRules: Sendable {
    public var scale: [String]
    public var start: String
    public var worse: [String]
    public var better: [String]
    public var limit: Int?
    public var onLimit: String?
    /// Default triggers (`Content/mood.yaml`) a scenario's own `mood:` section leaves out on purpose
    /// (`ignore:`); every other default still moves the mood.
    public var ignore: [String] = []

    /// A scenario's own rules with Content's default triggers merged in: the scenario's `worse` and
    /// `better` come first (the first shown is the reason given), then every default trigger the
    /// scenario neither names in either list nor `ignore`s. A default named in the scenario's other
    /// list moves the mood the scenario's way («acknowledges» made angrier in one scenario); the
    /// scale, start and limit are the scenario's.
    public func merged(with defaults: MoodDefaults?) -> MoodRules {
        guard let defaults else { return self }
        let named = Set(worse).union(better).union(ignore)
        var rules = self
        rules.worse = worse + defaults.worse.filter { !named.contains($0) }
        rules.better = better + defaults.better.filter { !named.contains($0) }
        return rules
    }
}

/// An example transcript with the verdicts it must get.
public struct ScenarioExample: Sendable {
    public var name: String
    public var transcript: String
    public var trainee: String
    /// Standard ID → expected verdict (`HOT-ID: met`, or grouped: `met: [HOT-ID, …]`).
    public var expect: [String: Verdict]
    public var passed: Bool?
    public var score: Int?
    /// The expected outcome for the customer, when given.
    public var outcome: CustomerOutcome.Status?
    public var location: SourceLocation
    /// Where the transcript text starts (its first line).
    public var transcriptLocation: SourceLocation
}
