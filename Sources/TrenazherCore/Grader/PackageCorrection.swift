/// A package called complete and then corrected: «Заява і копія паспорта в порядку, приймаю документи»,
/// then, in a later turn, «Ой, перепрошую, бракує ще ситуаційного плану». The statement of
/// `documents_complete` (`Claim.aboutPackage`) is false while it stands; a later turn that names a
/// missing or incomplete document of the scenario's `documents` takes it back, so GEN-ACCURATE and the
/// customer's outcome no longer count it (VIS-DOCS-CHECK still judges accepting after `/docs`).
/// Examples: taken back — the correction above; kept — «Так, усе добре, документи приймаю» with no
/// document named afterwards, or one named only before it.
enum PackageCorrection {
    /// Whether `statement`, said in the turn with index `turnIndex`, is a package called complete that
    /// a later turn of `turns` takes back.
    static func isTakenBack(_ statement: ClaimJudge.Statement, turnIndex: Int, in turns: [PlayedTurn],
                            scenario: Scenario, claims: [ClaimJudge.CompiledClaim]) -> Bool {
        guard !statement.correct, claims.indices.contains(statement.claimIndex), claims[statement.claimIndex].claim.aboutPackage
        else { return false }
        return turns.contains { turn in
            turn.index > turnIndex && (turn.analysis?.documentsNamed.keys.contains { index in
                scenario.documents.indices.contains(index) && scenario.documents[index].status != .ok
            } ?? false)
        }
    }
}
