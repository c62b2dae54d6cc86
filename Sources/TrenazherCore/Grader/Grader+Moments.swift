extension Grader {
    /// The applicable Standards whose verdict no turn still to come can change, after `turns` (the
    /// conversation going on): their moment has passed (`StandardCheck.isOpen`: a greeting after the
    /// first turn), or a failure at a turn already decides them (`verdicts(from:)` lets a `violated` or a
    /// `missed` at a turn outweigh any later `met`: a long search begun without asking to hold).
    public func settledStandards(after turns: [PlayedTurn]) -> Set<String> {
        let speech = turns.filter(\.isSpeech)
        var settled = Set<String>()
        for entry in applicable {
            let context = GradingContext(standard: entry.standard, turns: turns, analyzer: analyzer, final: false, speech: speech)
            let decided = entry.check.evaluate(context).contains { $0.verdict == .violated || ($0.verdict == .missed && $0.turn != nil) }
            if decided || !entry.check.isOpen(after: context) { settled.insert(entry.standard.id) }
        }
        return settled
    }
}
