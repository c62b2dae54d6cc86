import Crypto
import Foundation
import GRDB
import Testing
import TrenazherCore
@testable import TrenazherStore

/// `certify` replays every evidence attempt from its stored inputs on the scenario version it was taken on,
/// and refuses, naming the attempt, when the replay does not reproduce the record.
@Suite struct EvidenceReplayTests {
    let key = Curve25519.Signing.PrivateKey()

    /// A trainee who failed one hotline exam and passed the other, both played live.
    private func failedOne() throws -> (ProgressStore, Trainee, AttemptInfo) {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let failed = try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id", passing: false)
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup")
        return (store, trainee, failed)
    }

    private func certify(_ store: ProgressStore, _ trainee: Trainee, replay: EvidenceReplay = Fixtures.replay) throws -> CertificationOutcome {
        try store.certify(traineeID: trainee.id, track: Fixtures.hotlineTrack, evidence: replay, signingKey: key, issuer: "Т",
                          actor: "hr", at: Fixtures.now)
    }

    @Test func aScoreEditedInTheDatabaseIsRefusedNamingTheAttempt() throws {
        let (store, trainee, failed) = try failedOne()
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET score = 95, passed = 1 WHERE id = ?", arguments: [failed.id]) }
        guard case .refusedEvidence(let problems) = try certify(store, trainee),
              case .resultDiffers(let finding) = problems.first else {
            Issue.record("expected a refusal on the evidence")
            return
        }
        #expect(problems.map(\.attemptID) == [failed.id])
        #expect(finding.storedScore == 95 && finding.regradedScore == failed.score)
        #expect(try store.certificates().isEmpty)
        let logged = try #require(try store.auditLog().last)
        #expect(AuditText.details(of: logged, english: false).contains("докази не відтворюються: #\(failed.id)"))
        #expect(ReportWording(english: false).evidenceProblem(problems[0]).hasPrefix("спроба #\(failed.id) (hotline-account-no-id): бал 95 у записі"))
    }

    @Test func editedVerdictsAreRefusedToo() throws {
        let (store, trainee, failed) = try failedOne()
        try store.writer.write { db in
            try db.execute(sql: "UPDATE attempt SET score = 95, passed = 1 WHERE id = ?", arguments: [failed.id])
            try db.execute(sql: "UPDATE standard_verdict SET verdict = 'met' WHERE attempt_id = ?", arguments: [failed.id])
        }
        guard case .refusedEvidence(let problems) = try certify(store, trainee) else {
            Issue.record("expected a refusal on the evidence")
            return
        }
        #expect(problems.map(\.attemptID) == [failed.id])
    }

    @Test func anAlteredOrUnknownScenarioVersionIsRefused() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let first = try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id")
        let second = try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup")
        try store.writer.write { db in
            try db.execute(sql: "UPDATE scenario_version SET source = source || ' ' WHERE hash = ?", arguments: [first.scenarioHash])
            try db.execute(sql: "DELETE FROM scenario_version WHERE hash = ?", arguments: [second.scenarioHash])
        }
        let emptyLibrary = EvidenceReplay(content: Fixtures.content, library: ScenarioLibrary(scenarios: []))
        guard case .refusedEvidence(let problems) = try certify(store, trainee, replay: emptyLibrary) else {
            Issue.record("expected a refusal on the evidence")
            return
        }
        #expect(problems == [.scenarioVersionAltered(attemptID: first.id, scenarioID: "hotline-account-no-id"),
                             .scenarioVersionUnknown(attemptID: second.id, scenarioID: "hotline-long-lookup", hash: second.scenarioHash)])
    }

    @Test func anAttemptOfAnotherGraderIsRefused() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let first = try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id")
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup")
        try store.writer.write { try $0.execute(sql: "UPDATE attempt SET grader_version = '0.9.0' WHERE id = ?", arguments: [first.id]) }
        guard case .refusedEvidence(let problems) = try certify(store, trainee) else {
            Issue.record("expected a refusal on the evidence")
            return
        }
        #expect(problems == [.graderChanged(attemptID: first.id, recorded: "0.9.0", current: GraderVersion.current)])
    }

    @Test func genuineEvidenceReplaysAndIsIssued() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let first = try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id")
        let second = try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup")
        guard case .issued(let certificate) = try certify(store, trainee) else {
            Issue.record("expected a certificate")
            return
        }
        #expect(certificate.evidence == [first.id, second.id])
    }

    /// A written-channel track whose scenario has variants.
    static let letterTrack = CertificationTrack(
        id: "letters", title: "Листи", titleEN: "Letters", role: .hotline, description: "Листи.", descriptionEN: "Letters.",
        scenarios: ["written-postal-letter"], minScore: 80, validityMonths: 12)

    @Test func anExamOnADrawnVariantKeepsItsSeedAndCertifyReplaysOnIt() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let exam = try Fixtures.liveExam(store, trainee, scenario: "written-postal-letter", seed: 8815)
        #expect(exam.variantSeed == 8815 && exam.passed == true)
        #expect(try store.attempts(traineeID: trainee.id).first?.variantSeed == 8815)
        let scenario = try #require(Fixtures.library.scenario(id: "written-postal-letter"))
        #expect(try scenario.drawn(seed: 8815, content: Fixtures.content).variantIndex != 0)
        let replay = Fixtures.replay.check(attempt: exam, inputs: try store.inputs(attemptID: exam.id),
                                           stored: try store.storedResult(attemptID: exam.id),
                                           source: try store.scenarioSource(hash: exam.scenarioHash),
                                           traineeFirstName: trainee.firstName, traineeName: trainee.fullName)
        #expect(replay == nil)
        guard case .issued(let certificate) = try store.certify(traineeID: trainee.id, track: Self.letterTrack, evidence: Fixtures.replay,
                                                                signingKey: key, issuer: "Т", actor: "hr", at: Fixtures.now) else {
            Issue.record("expected a certificate")
            return
        }
        #expect(certificate.evidence == [exam.id])
    }

    @Test func theSameAnswersReplayedOnTheFileValuesDiffer() throws {
        let store = try ProgressStore.inMemory()
        let trainee = try Fixtures.trainee(store)
        let exam = try Fixtures.liveExam(store, trainee, scenario: "written-postal-letter", seed: 8815)
        var withoutSeed = exam
        withoutSeed.variantSeed = nil
        let problem = Fixtures.replay.check(attempt: withoutSeed, inputs: try store.inputs(attemptID: exam.id),
                                            stored: try store.storedResult(attemptID: exam.id),
                                            source: try store.scenarioSource(hash: exam.scenarioHash),
                                            traineeFirstName: trainee.firstName, traineeName: trainee.fullName)
        guard case .resultDiffers(let finding)? = problem else {
            Issue.record("expected the replay on the file's own values to differ")
            return
        }
        #expect(finding.attempt.id == exam.id && finding.regradedScore < finding.storedScore)
    }

    @Test func afterARevocationTheSameExamsNoLongerCount() throws {
        let (store, certificate) = try Fixtures.certifiedStore(key: key)
        let trainee = try store.trainee(id: certificate.traineeID)
        try store.revoke(reference: certificate.number, reason: "перевірка", actor: "hr", at: Fixtures.now)
        guard case .refusedNotEligible = try certify(store, trainee) else {
            Issue.record("expected a refusal: the revoked certificate's exams are spent")
            return
        }
        try Fixtures.liveExam(store, trainee, scenario: "hotline-account-no-id", daysAgo: 0.5)
        try Fixtures.liveExam(store, trainee, scenario: "hotline-long-lookup", daysAgo: 0.5)
        guard case .issued(let renewed) = try certify(store, trainee) else {
            Issue.record("expected a certificate on the new exams")
            return
        }
        #expect(Set(renewed.evidence).isDisjoint(with: certificate.evidence))
    }
}
