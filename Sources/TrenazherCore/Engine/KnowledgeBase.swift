/// The company's knowledge base behind `/kb WORDS`: Content's articles, the services and additional
/// services of `services.yaml`, and the scenario's own articles. Pure: a query always gives the
/// same answer. The articles' words are indexed at the first `/kb` query, not when a conversation starts
/// (most conversations never search).
public struct KnowledgeBase: Sendable {
    public let articles: [KnowledgeArticle]
    let replies: SoftwareReplies
    private let index: KnowledgeIndex
    var indexed: [(title: [String], keywords: [String], text: [String])] { index.entries }
    /// How many of `articles`, at their start, are the scenario's own.
    let ownCount: Int
    /// How many articles one answer shows at most.
    static let shown = 3

    public init(scenario: Scenario, content: ContentBundle) {
        replies = content.softwareReplies
        ownCount = scenario.knowledge.count
        articles = Self.articles(scenario: scenario, content: content)
        index = KnowledgeIndex(articles)
    }

    /// The articles of a scenario's knowledge base, its own first and its facts filled in, without the
    /// index `/kb` searches.
    static func articles(scenario: Scenario, content: ContentBundle) -> [KnowledgeArticle] {
        var articles = content.knowledge
        // The knowledge base's own words (`software.yaml` kb_*), in the articles' language, Ukrainian.
        let wording = content.softwareReplies
        func say(_ kind: SoftwareReplies.Kind, _ values: [String: String] = [:]) -> String { wording.text(kind, english: false, values) }
        for service in content.services {
            var lines: [String] = []
            if !service.documents.isEmpty { lines.append(say(.knowledgeServiceDocuments, ["documents": service.documents.joined(separator: "; ")])) }
            if let deadline = service.documentsDeadline { lines.append(say(.knowledgeServiceDocumentsDeadline, ["deadline": deadline])) }
            if let term = service.term { lines.append(say(.knowledgeServiceTerm, ["term": term])) }
            if let cost = service.cost { lines.append(say(.knowledgeServiceCost, ["cost": cost])) }
            articles.append(KnowledgeArticle(id: service.id, title: service.name, text: lines.joined(separator: "\n"),
                                             keywords: wording.list(.knowledgeServiceKeywords)))
        }
        let relevant = content.additionalServices.filter { service in
            guard let topic = scenario.topic else { return true }
            return service.topics.isEmpty || service.topics.contains(topic)
        }
        // The scenario's topic first: on equal relevance it is shown before a single service.
        if !relevant.isEmpty {
            let topicName = scenario.topic.flatMap { content.topics[$0] }
            let lines = relevant.map { "• \($0.name)" + ($0.how.map { ": \($0)" } ?? "") }
            articles.append(KnowledgeArticle(
                id: "additional-services",
                title: topicName.map { say(.knowledgeAdditionalTitleTopic, ["topic": $0]) } ?? say(.knowledgeAdditionalTitle),
                text: say(.knowledgeAdditionalIntro) + "\n" + lines.joined(separator: "\n"),
                keywords: wording.list(.knowledgeAdditionalKeywords)))
        }
        for service in content.additionalServices {
            articles.append(KnowledgeArticle(id: service.id, title: say(.knowledgeAdditionalOne, ["name": service.name]), text: service.how ?? service.name,
                                             keywords: wording.list(.knowledgeAdditionalOneKeywords), topics: service.topics))
        }
        // A scenario's article with the id of a Content article is that scenario's version of it. The
        // scenario's own articles come first: `answer` ranks them above the company's general ones.
        let own = Set(scenario.knowledge.map(\.id))
        articles = scenario.knowledge + articles.filter { !own.contains($0.id) }
        return articles.map { article in
            var filled = article
            filled.text = scenario.fill(article.text, trainee: "")
            return filled
        }
    }

    /// The answer to `/kb WORDS`: the scenario's own articles that match, then the best matching others
    /// (at most `shown` in all), or what to type (the software's own words in
    /// English when `english`).
    public func answer(_ query: String, english: Bool = false) -> String {
        let wanted = Array(Set(Self.words(query).filter { $0.count >= 3 })).sorted()
        guard !wanted.isEmpty else {
            return replies.text(.knowledgePrompt, english: english) + "\n"
                + articles.map { "• \($0.title)" }.joined(separator: "\n")
        }
        let indexed = self.indexed
        let ranked = indexed.indices.compactMap { index -> (index: Int, score: Int)? in
            let score = wanted.reduce(0) { total, word in
                let entry = indexed[index]
                if entry.title.contains(where: { Self.related(word, $0) }) { return total + 3 }
                if entry.keywords.contains(where: { Self.related(word, $0) }) { return total + 2 }
                return total + (entry.text.contains(where: { Self.related(word, $0) }) ? 1 : 0)
            }
            return score > 0 ? (index, score) : nil
        }.sorted { left, right in
            // The scenario's own articles first (its rule, not the company's general one), then the best match.
            let leftOwn = left.index < ownCount, rightOwn = right.index < ownCount
            if leftOwn != rightOwn { return leftOwn }
            return left.score != right.score ? left.score > right.score : left.index < right.index
        }
        guard !ranked.isEmpty else {
            return replies.text(.knowledgeNothing, english: english, ["query": query])
        }
        return ranked.prefix(Self.shown).map { "[\(articles[$0.index].title)]\n\(articles[$0.index].text.trimmingCharacters())" }
            .joined(separator: "\n\n")
    }

    /// Lower-cased words of a text, in their matching form.
    static func words(_ text: String) -> [String] {
        TextNormalizer.matchForm(of: TextNormalizer.normalize(text))
            .split { !($0.isLetter || $0.isNumber || $0 == "'") }
            .map(String.init)
    }

    /// Two word forms of one word: they share all but the last two letters of the shorter
    /// («компенсацію» — «компенсація», «аварія» — «аварійне»), at least three.
    static func related(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 3 else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= max(3, shorter - 2)
    }
}
