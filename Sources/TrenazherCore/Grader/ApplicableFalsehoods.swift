/// The statements the company's data contradicts that apply to one scenario, as claims GEN-ACCURATE
/// judges: the `false_statements` of Content's articles on the scenario's topic (an article without
/// topics applies to every scenario), of the service the scenario is built on, and of the scenario's
/// own articles. Their `truth` is filled with the scenario's facts.
enum ApplicableFalsehoods {
    static func claims(for scenario: Scenario, content: ContentBundle) -> [Claim] {
        var falsehoods: [KnownFalsehood] = []
        for article in content.knowledge where article.topics.isEmpty || scenario.topic.map(article.topics.contains) ?? true {
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
