/// A package called complete and then corrected: «Заява і копія паспорта в порядку, приймаю документи»,
/// then, in a later turn, «Ой, перепрошую, бракує ще ситуаційного плану». The statement of
/// `documents_complete` (`Claim.aboutPackage`) is false while it stands; a later turn that names a
/// missing or incomplete document of the scenario's `documents` takes it back, so GEN-ACCURATE and the
/// customer's outcome no longer count it (VIS-DOCS-CHECK still judges accepting after `/docs`).
/// The same turn naming a missing document takes it back too: «все є крім свідоцтва про спадщину, приносите його
/// до 9 грудня, ми приймаємо пакет» accepts the package to come. Examples: taken back — the correction above, and
/// that summary; kept — «Так, усе добре, документи приймаю» with no missing document named then or afterwards.
enum PackageCorrection {
    /// Whether `statement`, said in the turn with index `turnIndex`, is a package called complete that
    /// a later turn of `turns` takes back.
    static func isTakenBack(_ statement: ClaimJudge.Statement, turnIndex: Int, in turns: [PlayedTurn],
                            scenario: Scenario, claims: [ClaimJudge.CompiledClaim]) -> Bool {
        guard !statement.correct, claims.indices.contains(statement.claimIndex), claims[statement.claimIndex].claim.aboutPackage
        else { return false }
        // The same turn naming a missing document («все є крім свідоцтва …, приносите його до 9 грудня, ми приймаємо
        // пакет») accepts the package to come, not the one on the desk (as VIS-DOCS-CHECK's remark).
        return turns.contains { turn in
            guard turn.index >= turnIndex, let named = turn.analysis?.documentsNamed.keys else { return false }
            return named.contains { index in
                scenario.documents.indices.contains(index)
                    && (turn.index > turnIndex ? scenario.documents[index].status != .ok : scenario.documents[index].status == .missing)
            }
        }
    }
}
