import Foundation
import TrenazherCore

/// Knowledge of Ukrainian the console needs for its own words, read from `Content/console.yaml`:
/// vocative forms of first names, the grammatical gender of a customer, the kinds of request
/// `/ticket` registers. A missing file gives empty wording (names used as they are, no kind checked).
public struct ConsoleWording: Sendable {
    /// One ending rule of the vocative: a name ending in `ending` ends in `vocative` instead.
    public struct VocativeRule: Sendable, Equatable {
        public var ending: String
        public var vocative: String
    }

    /// One kind of request, with the forms a trainee may type.
    public struct TicketKind: Sendable, Equatable {
        public var kind: String
        public var forms: [String]
    }

    public var vocativeExceptions: [String: String] = [:]
    public var vocativeRules: [VocativeRule] = []
    public var femalePatronymics: [String] = []
    public var malePatronymics: [String] = []
    public var femaleFirstNames: [String] = []
    public var ticketKinds: [TicketKind] = []
    /// How `/hint` orders the next steps (`hint:`).
    public var hintOrder = HintOrder()

    /// Which Standards `/hint` never names as a step and which it names last (`NextStepHint`).
    public struct HintOrder: Sendable, Equatable {
        /// Kept throughout the conversation («Ви», courtesy, accuracy, conciseness): never a next step.
        public var throughout: Set<String> = []
        /// Close a conversation (summary, farewell): named after every goal not reached yet.
        public var closing: Set<String> = []

        public init(throughout: Set<String> = [], closing: Set<String> = []) {
            self.throughout = throughout
            self.closing = closing
        }
    }

    public init() {}

    /// The name used to address someone: «Олена» → «Олено», «Андрій» → «Андрію».
    public func vocative(of name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let exception = vocativeExceptions.first(where: { $0.key.lowercased() == trimmed.lowercased() }) {
            return exception.value
        }
        guard trimmed.count > 2, !trimmed.contains(" ") else { return trimmed }
        let lower = trimmed.lowercased()
        guard let rule = vocativeRules.first(where: { lower.hasSuffix($0.ending) }) else { return trimmed }
        return String(trimmed.dropLast(rule.ending.count)) + rule.vocative
    }

    /// Whether a person with this full name (surname first, or first name alone) is addressed in the
    /// feminine; `nil` when no rule tells.
    public func isFemale(fullName: String) -> Bool? {
        let words = fullName.split(separator: " ").map { $0.lowercased() }
        if words.count >= 3, let patronymic = words.last {
            if femalePatronymics.contains(where: patronymic.hasSuffix) { return true }
            if malePatronymics.contains(where: patronymic.hasSuffix) { return false }
        }
        let first = words.count >= 2 ? words[1] : words.first
        guard let first else { return nil }
        return femaleFirstNames.contains(where: first.hasSuffix)
    }

    /// The kind a typed word names, when it is a known one.
    public func ticketKind(_ word: String) -> String? {
        let folded = word.lowercased()
        return ticketKinds.first { $0.kind == folded || $0.forms.contains(folded) }?.kind
    }

    /// Reads `console.yaml` in the content folder; problems go to `log` as `file:line:col` diagnostics.
    public static func load(contentDirectory: URL, log: DiagnosticLog) -> ConsoleWording {
        let url = contentDirectory.appendingPathComponent("console.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ConsoleWording() }
        guard let root = YAMLNode.parse(text, file: url.path, log: log),
              let fields = root.fields("console.yaml", allowed: ["vocative", "gender", "tickets", "hint"], log: log) else {
            return ConsoleWording()
        }
        var wording = ConsoleWording()
        if let vocative = fields["vocative"]?.fields("vocative", allowed: ["exceptions", "rules"], log: log) {
            for entry in vocative["exceptions"]?.entries("vocative exceptions", log: log) ?? [] {
                if let value = entry.value.string("a vocative", log: log) { wording.vocativeExceptions[entry.key] = value }
            }
            for item in vocative["rules"]?.list("vocative rules", log: log) ?? [] {
                guard let rule = item.fields("a vocative rule", allowed: ["ending", "vocative"], required: ["ending", "vocative"], log: log),
                      let ending = rule["ending"]?.string("ending", log: log),
                      let form = rule["vocative"]?.string("vocative", log: log) else { continue }
                wording.vocativeRules.append(VocativeRule(ending: ending, vocative: form))
            }
        }
        if let gender = fields["gender"]?.fields("gender", allowed: ["female_patronymic", "male_patronymic", "female_first_name"], log: log) {
            wording.femalePatronymics = gender["female_patronymic"]?.strings("female_patronymic", log: log).map(\.0) ?? []
            wording.malePatronymics = gender["male_patronymic"]?.strings("male_patronymic", log: log).map(\.0) ?? []
            wording.femaleFirstNames = gender["female_first_name"]?.strings("female_first_name", log: log).map(\.0) ?? []
        }
        for item in fields["tickets"]?.list("tickets", log: log) ?? [] {
            guard let ticket = item.fields("a ticket kind", allowed: ["kind", "forms"], required: ["kind"], log: log),
                  let kind = ticket["kind"]?.string("kind", log: log) else { continue }
            let forms = ticket["forms"]?.strings("forms", log: log).map(\.0) ?? []
            wording.ticketKinds.append(TicketKind(kind: kind, forms: forms))
        }
        if let hint = fields["hint"]?.fields("hint", allowed: ["throughout", "closing"], log: log) {
            wording.hintOrder = HintOrder(throughout: Set(hint["throughout"]?.strings("throughout", log: log).map(\.0) ?? []),
                                          closing: Set(hint["closing"]?.strings("closing", log: log).map(\.0) ?? []))
        }
        return wording
    }
}
