/// The Ukrainian names of the places `YAMLNode.fields` reads («a goal» → «у меті»), so a Ukrainian
/// message never carries the English description its caller gives; a YAML key or file name («outcome»,
/// «time.yaml») stays as written.
enum YAMLPlaceNames {
    /// Description → the Ukrainian locative after «у».
    static let locatives: [String: String] = [
        "a vocative rule": "правилі звертання", "a ticket kind": "типі заявки", "a Standard": "Стандарті",
        "a unit": "одиниці", "an abbreviation": "скороченні", "a topic": "темі", "a service": "послузі",
        "an additional service": "додатковій послузі", "a false statement": "хибному твердженні", "an example": "прикладі",
        "a transition": "переході", "the scenario": "сценарії", "a claim": "твердженні (claims)", "a document": "документі",
        "a question": "питанні", "a goal": "меті (outcome.goals)", "a record": "записі (records)", "an article": "статті (knowledge)",
        "a variant": "варіанті", "check examples": "прикладах перевірки",
    ]
    /// Descriptions of one named thing («node 'start'») → the Ukrainian locative before the name.
    static let namedLocatives: [String: String] = [
        "node": "вузлі", "intent": "намірі", "action": "дії", "answer": "відповіді", "block": "блоці",
    ]

    /// «у …» for a place: the Ukrainian locative, or the place as written (a key, a file name).
    static func inPlace(_ what: String) -> String {
        if let name = locatives[what] { return "у " + name }
        if let space = what.firstIndex(of: " "), let name = namedLocatives[String(what[..<space])] {
            return "у \(name)\(what[space...])"
        }
        return "у \(what)"
    }
}
