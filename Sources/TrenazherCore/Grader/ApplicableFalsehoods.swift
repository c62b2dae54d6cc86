/// The statements the company's data contradicts that apply to one scenario, as claims GEN-ACCURATE
/// judges: the `false_statements` of Content's articles on the scenario's topic (an article without
/// topics applies to every scenario; one the scenario replaces by an article of the same id does
/// not), of the service the scenario is built on, and of the scenario's own articles. Their `truth` is filled with the scenario's facts.
enum ApplicableFalsehoods {
    static func claims(for scenario: Scenario, content: ContentBundle) -> [Claim] {
        var falsehoods: [KnownFalsehood] = []
        // A scenario's article with a Content article's id replaces it (as in `/kb`).
        let replaced = Set(scenario.knowledge.map(\.id))
        for article in content.knowledge where !replaced.contains(article.id)
            && (article.topics.isEmpty || scenario.topic.map(article.topics.contains) ?? true) {
            falsehoods += article.falsehoods
        }
        for service in content.services where service.id == scenario.serviceID {
            falsehoods += service.falsehoods
        }
        falsehoods += scenario.knowledge.flatMap(\.falsehoods)
        return falsehoods.map { falsehood in
            Claim(about: [], accept: [], shows: falsehood.shows, location: falsehood.location, falsePatterns: falsehood.said,
                  truth: scenario.fill(falsehood.truth, trainee: ""))
        }
    }
}
