/// GEN-FORMAL: any «ти»-form in any turn is a violation; otherwise met.
struct FormalAddressCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            if let hit = analysis.informal.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            } else if let formal = analysis.formalAddress {
                findings.append(context.finding(.met, turn: turn, evidence: formal))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-COURTESY: prohibited, dismissive, insulting or obscene words and shouting violate it.
struct CourtesyCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            if let hit = turn.analysis?.discourtesy.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-NO-INTERRUPT: a turn typed while the customer was still speaking violates it.
struct NoInterruptCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.turns where turn.input.interrupted {
            findings.append(context.finding(.violated, turn: turn, evidence: turn.input.text))
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-LANGUAGE: Russian letters or words, or heavy surzhyk, violate it.
struct LanguageCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            if let hit = turn.analysis?.foreignLanguage.first {
                findings.append(context.finding(.violated, turn: turn, evidence: hit.text, detail: hit.reason))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}

/// GEN-ACCURATE: a figure, date or term that contradicts the scenario's claims, or a statement its
/// data contradicts (a claim's `false` pattern, not negated), violates it, quoting the true fact;
/// correct statements are met; with no statement at all nothing inaccurate was said (met).
struct AccuracyCheck: PerTurnCheck {
    func evaluate(_ context: GradingContext) -> [Finding] {
        var findings: [Finding] = []
        for turn in context.speech {
            guard let analysis = turn.analysis else { continue }
            for statement in analysis.statements {
                let detail = statement.correct ? nil : statement.truth.map { "за даними компанії: \($0)" }
                findings.append(context.finding(statement.correct ? .met : .violated, turn: turn, evidence: statement.evidence, detail: detail))
            }
        }
        if context.final, findings.isEmpty, let first = context.speech.first {
            findings.append(context.finding(.met, turn: first))
        }
        return findings
    }
}
