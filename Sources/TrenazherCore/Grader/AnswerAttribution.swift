/// Which of an appeal's questions a written reply answers (WRT-ANSWERS and the goals that `answers`
/// them), from the questions' `answered_by` patterns.
///
/// The patterns of different questions often share words: «відновлюється лише після оплати вартості
/// робіт» answers why the power is still off, yet «(відновл*) ~8 (після)» of «when will it be back» and
/// «(оплати) ~4 (вартіст*)» of «what else must I do» match inside it. Words answer one question: where
/// a match of one question and a match of another rest on a common word (`WordPattern.namedWords`),
/// the match resting on more words is the answer those words give, and the other does not count. A
/// question is answered by any match of its own that no other question's match outweighs so; matches
/// that rest on as many words stand both.
struct AnswerAttribution {
    /// The questions in the scenario's order: their ids and compiled `answered_by` patterns.
    let questions: [(id: String, patterns: [WordPattern])]

    /// One match of one question's pattern and the words it rests on.
    private struct Candidate {
        var question: Int
        var match: PatternMatch
        var words: Set<Int>
    }

    /// The answered questions of `text`, each with the words quoted as its evidence (its first match
    /// that stands, in pattern order).
    func answered(in text: AnalyzedText) -> [String: String] {
        var candidates: [Candidate] = []
        for (position, question) in questions.enumerated() {
            for pattern in question.patterns {
                for match in pattern.allMatches(in: text) {
                    candidates.append(Candidate(question: position, match: match, words: Set(pattern.namedWords(of: match))))
                }
            }
        }
        var answered: [String: String] = [:]
        for candidate in candidates where answered[questions[candidate.question].id] == nil {
            let outweighed = candidates.contains { other in
                other.question != candidate.question && other.words.count > candidate.words.count
                    && !other.words.isDisjoint(with: candidate.words)
            }
            if !outweighed { answered[questions[candidate.question].id] = candidate.match.evidence }
        }
        return answered
    }
}
