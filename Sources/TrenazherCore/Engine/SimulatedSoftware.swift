/// The simulated company software behind `/docs`, `/lookup`, `/ticket`, `/callback`, `/hold`, `/kb`.
/// What it says when the scenario's `actions` do not say it comes from `Content/software.yaml`.
struct SimulatedSoftware: Sendable {
    let scenario: Scenario
    let traineeName: String
    let knowledge: KnowledgeBase
    let replies: SoftwareReplies
    /// The shape of the numbers `/ticket` issues (`Content/numbers.yaml`).
    let numbering: RequestNumbering
    /// Whether the software's own words are English (the interface language).
    let english: Bool
    /// How `/lookup` tells the forms of one word of an address («Садовій» for «Садова»): the grader's stemmer.
    let morphology: Morphology?
    /// Each of the customer's facts as `/lookup` compares it with a query (`lookupForm`), formed once.
    let factForms: [String: String]
    /// What each of the scenario's records shows, its facts filled in and trimmed, in the order of `scenario.records`.
    let recordTexts: [String]
    /// What the scenario's `actions.lookup` shows, filled in and trimmed, beside the text it was filled from.
    let lookupText: (shows: String, text: String)?
    /// The customer's facts that are addresses, read at the first look-up by a query and kept (`FactAddresses`).
    let factAddresses: FactAddresses
    static let known = TranscriptParser.actions

    init(scenario: Scenario, traineeName: String, knowledge: KnowledgeBase, replies: SoftwareReplies, numbering: RequestNumbering,
         english: Bool, morphology: Morphology? = nil) {
        self.scenario = scenario
        self.traineeName = traineeName
        self.knowledge = knowledge
        self.replies = replies
        self.numbering = numbering
        self.english = english
        self.morphology = morphology
        factForms = scenario.facts.mapValues(Self.lookupForm)
        factAddresses = FactAddresses(facts: scenario.facts, words: replies.addressWords)
        recordTexts = scenario.records.map { scenario.fill($0.shows, trainee: traineeName).trimmingCharacters() }
        lookupText = scenario.actions["lookup"]?.shows.map { ($0, scenario.fill($0, trainee: traineeName).trimmingCharacters()) }
    }

    /// The software's answer and how many simulated seconds it took; `nil` for an unknown action.
    func perform(_ action: TraineeAction, state: inout DialogueState) -> (text: String, seconds: Int)? {
        guard Self.known.contains(action.name) else { return nil }
        let definition = scenario.actions[action.name]
        let seconds = definition?.takes ?? 0
        func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }
        switch action.name {
        case "lookup":
            return (lookup(action.argument, definition: definition, state: state), seconds)
        case "kb":
            return (knowledge.answer(action.argument, english: english), seconds)
        case "docs":
            let handed = scenario.documents.filter { $0.isHanded(disclosed: state.disclosed) }
            for document in handed { state.disclosed.formUnion(document.gives) }
            if let shows = definition?.shows { return (fill(shows), seconds) }
            let lines = handed.map { document -> String in
                "• \(document.name): \(document.problem ?? replies.text(.documentOK, english: english))"
            }
            return (lines.isEmpty ? replies.text(.documentsNone, english: english)
                                  : replies.text(.documentsList, english: english) + "\n" + fill(lines.joined(separator: "\n")), seconds)
        case "ticket":
            return register(action.argument, definition: definition, seconds: seconds, state: &state)
        case "callback":
            let when = action.argument.isEmpty ? replies.text(.callbackNoTime, english: english) : action.argument
            // One call-back stays booked: a later /callback replaces the earlier one, and says so.
            let moved = state.callbackBooked.map { replies.text(.callbackMoved, english: english, ["earlier": $0]) + " " } ?? ""
            state.callbackBooked = when
            guard let shows = definition?.shows else { return (moved + fill(replies.text(.callback, english: english, ["when": when])), seconds) }
            return (moved + fill(shows).replacingOccurrences(of: "{when}", with: when), seconds)
        default:
            return (fill(definition?.shows ?? replies.text(.hold, english: english)), seconds)
        }
    }

    /// `/ticket [KIND]`: registers a request once. The scenario's fixed `shows` is its one request;
    /// without it each kind typed is a request of its own, numbered in Content's shape (the kind's prefix,
    /// the scenario's day and month, a serial drawn from the attempt's seed, the next for each later
    /// request: `RequestNumbering`). A request already
    /// registered in this conversation is not registered again: the software says so and repeats
    /// the first registration (with its number).
    func register(_ argument: String, definition: ActionDefinition?, seconds: Int, state: inout DialogueState) -> (text: String, seconds: Int) {
        let request = definition?.shows == nil ? Self.requestKey(argument) : ""
        if let earlier = state.tickets[request] {
            return (replies.text(.ticketRepeated, english: english, ["registration": earlier]), 0)
        }
        let text: String
        if let shows = definition?.shows {
            text = scenario.fill(shows, trainee: traineeName)
        } else {
            let serial = numbering.firstSerial(seed: scenario.seed, scenarioID: scenario.id) + state.ticketCount
            state.ticketCount += 1
            let number = numbering.number(prefix: numbering.prefix(forKind: argument), date: scenario.date, serial: serial)
            let kind = argument.isEmpty ? replies.text(.ticketKind, english: english) : argument
            text = replies.text(.ticket, english: english, ["kind": kind, "number": number])
        }
        state.tickets[request] = text
        return (text, seconds)
    }

    /// What makes two `/ticket` arguments the same request: the words, in lower case, spaces collapsed.
    static func requestKey(_ argument: String) -> String {
        argument.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `/lookup [ARGUMENT]`: the records found by the argument (an account, an application number, an
    /// address) or, when the argument is empty or names some fact of this customer, by the facts the
    /// customer has given; an argument naming none of their facts (`/lookup ПР-9999`) finds only the
    /// records without `find_by`. The scenario's `actions.lookup` (`needs`, `shows`) is one more record,
    /// found by its `needs`. An address is named by its street and house however it is typed
    /// (`LookupAddress`); one that names only part of the customer's address («Садова», «Струмівка 3»)
    /// finds nothing and says it is ambiguous, one that reads as an address and finds nothing says so.
    func lookup(_ argument: String, definition: ActionDefinition?, state: DialogueState) -> String {
        func fill(_ text: String) -> String { scenario.fill(text, trainee: traineeName) }
        let query = Self.lookupForm(argument)
        let searchable = query.count >= 3
        let address = replies.addressWords.isEmpty || query.isEmpty ? nil : LookupAddress(argument, words: replies.addressWords)
        // The customer's facts that are addresses, found by street and house rather than as text (read
        // only when a query is typed: most conversations look nothing up by address).
        let factAddresses = address == nil ? [:] : self.factAddresses.addresses
        func names(_ fact: String) -> Bool {
            guard searchable else { return false }
            if let record = factAddresses[fact] { return address?.match(record, morphology: morphology) == .same }
            return queryNames(query, fact: fact)
        }
        // Each record with its text when it was filled once (the scenario's own records).
        var records: [(record: BackOfficeRecord, text: String?)] = zip(scenario.records, recordTexts).map { ($0, $1) }
        if let shows = definition?.shows {
            records.insert((BackOfficeRecord(findBy: definition?.needs ?? [], shows: shows, location: SourceLocation(file: scenario.id, line: 0, column: 0)),
                            lookupText?.shows == shows ? lookupText?.text : nil), at: 0)
        }
        // A query that names none of this customer's facts (another account or application number, another
        // customer's name) finds none of their records, as the company's software would not.
        let namesTheCustomer = query.isEmpty || scenario.facts.keys.contains(where: names)
        let found = records.filter { entry in
            entry.record.findBy.isEmpty || entry.record.findBy.contains(where: names)
                || (namesTheCustomer && entry.record.findBy.contains(where: state.disclosed.contains))
        }
        if !found.isEmpty { return found.map { $0.text ?? fill($0.record.shows).trimmingCharacters() }.joined(separator: "\n\n") }
        // Part of the customer's address would find every address there; an address that is none of theirs, none.
        if let address {
            if factAddresses.values.contains(where: { address.match($0, morphology: morphology) == .partial }) {
                return replies.text(.lookupAddressAmbiguous, english: english, ["query": argument])
            }
            if address.looksLikeAddress, !factAddresses.values.contains(where: { address.match($0, morphology: morphology) == .same }) {
                return replies.text(.lookupAddressNothing, english: english, ["query": argument])
            }
        }
        // The scenario's `not_found` («Введіть номер заявки») answers a look-up without a query; a query that
        // finds nothing is answered as such, with the query.
        if !query.isEmpty { return replies.text(.lookupNothingFor, english: english, ["query": argument]) }
        if let notFound = definition?.notFound { return fill(notFound) }
        return replies.text(.lookupNothing, english: english)
    }

    /// A text as `/lookup` compares it: normalised, in match form, without white space.
    static func lookupForm(_ text: String) -> String {
        TextNormalizer.matchForm(of: TextNormalizer.normalize(text)).filter { !$0.isWhitespace }
    }

    /// Whether a query (in `lookupForm`) names the customer's fact `fact`: the one holds the other, as
    /// Foundation's `contains` finds it (`LiteralSearch`: by bytes when both are plain; an empty text holds nothing).
    func queryNames(_ query: String, fact: String) -> Bool {
        guard let value = factForms[fact] else { return false }
        return LiteralSearch.firstRange(of: query, in: value) != nil || LiteralSearch.firstRange(of: value, in: query) != nil
    }
}
