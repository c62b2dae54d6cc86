import Foundation
import Testing
@testable import TrenazherStore

/// The audit log is stored in one fixed form and shown in the interface language: every form a writer builds
/// reads back in Ukrainian and in English; a form this build does not know is shown as stored.
@Suite struct AuditTextTests {
    func entry(_ action: String, _ subject: String, _ details: String) -> AuditEntry {
        AuditEntry(id: 1, at: Date(timeIntervalSince1970: 0), actor: "hr", action: action, subject: subject, details: details)
    }

    func shown(_ entry: AuditEntry, english: Bool) -> String {
        "\(AuditText.action(entry.action, english: english)) | \(AuditText.subject(of: entry, english: english)) | "
            + AuditText.details(of: entry, english: english)
    }

    @Test(arguments: [
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "regrade", subject: AuditText.regraded(12), details: AuditText.regradeChanges([])),
         "спроби переоцінено | спроб: 12 | без змін", "attempts re-graded | 12 attempts | no change"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "regrade", subject: AuditText.regraded(3), details: AuditText.regradeChanges([4, 7])),
         "спроби переоцінено | спроб: 3 | зміниться: #4 #7", "attempts re-graded | 3 attempts | would change: #4 #7"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "certify", subject: "Коваль Олена",
                    details: AuditText.certified(number: "ТР-2026-000001", track: "hotline-operator", evidence: [3, 4])),
         "сертифікат видано | Коваль Олена | ТР-2026-000001 hotline-operator, спроби #3 #4",
         "certificate issued | Коваль Олена | ТР-2026-000001 hotline-operator, attempts #3 #4"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "certify-refused", subject: "Коваль Олена",
                    details: AuditText.notPassed(track: "t", scenarios: ["a", "b"], spent: [(3, "ТР-2026-000002")])),
         "у сертифікаті відмовлено | Коваль Олена | t: не складено a, b; #3 — доказ відкликаного ТР-2026-000002",
         "certificate refused | Коваль Олена | t: not passed a, b; #3 spent by revoked ТР-2026-000002"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "certify-refused", subject: "О",
                    details: AuditText.alreadyCertified(track: "t", number: "ТР-2026-000001")),
         "у сертифікаті відмовлено | О | t: уже сертифіковано, ТР-2026-000001", "certificate refused | О | t: already certified, ТР-2026-000001"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "certify-refused", subject: "О", details: AuditText.notReplayed(track: "t", attempts: [5])),
         "у сертифікаті відмовлено | О | t: докази не відтворюються: #5", "certificate refused | О | t: evidence does not replay: #5"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "export-xapi", subject: AuditText.statements(9), details: AuditText.destination(nil)),
         "експорт xAPI | тверджень: 9 | стандартний вивід", "xAPI export | 9 statements | standard output"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "export-badge", subject: "О", details: AuditText.badgeExport(number: "ТР-1", file: nil)),
         "експорт бейджа | О | ТР-1 → стандартний вивід", "badge export | О | ТР-1 → standard output"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "publish", subject: "/srv/pub",
                    details: AuditText.published(base: "https://hr.example.com/c", certificates: 5, revoked: 1)),
         "опубліковано | /srv/pub | https://hr.example.com/c: сертифікатів: 5, відкликано: 1",
         "published | /srv/pub | https://hr.example.com/c: 5 certificates, 1 revoked"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "ssh-revoke", subject: "#3 О", details: AuditText.keysRemoved(2)),
         "доступ SSH відкликано | #3 О | ключів: 2", "SSH access revoked | #3 О | keys: 2"),
        (AuditEntry(id: 1, at: .distantPast, actor: "hr", action: "check-accepted", subject: AuditText.findingsAccepted(2), details: "x ⟦k⟧"),
         "знахідки прийнято | знахідок: 2 | x ⟦k⟧", "findings accepted | 2 findings | x ⟦k⟧"),
    ])
    func everyStoredFormIsShownInBothLanguages(_ stored: AuditEntry, _ ukrainian: String, _ english: String) {
        #expect(shown(stored, english: false) == ukrainian)
        #expect(shown(stored, english: true) == english)
    }

    @Test func anEntryWithoutASubjectShowsNoEmptySubject() {
        let address = entry("set-base-url", "", "https://hr.example.com/certificates")
        #expect(AuditText.line(of: address, english: false) == "адресу публікації записано: https://hr.example.com/certificates")
        #expect(AuditText.line(of: address, english: true) == "publication address recorded: https://hr.example.com/certificates")
        // An entry with a subject keeps it between the action and the details.
        let revoked = entry("revoke", "Коваль Олена", "ТР-2026-000001: порушення")
        #expect(AuditText.line(of: revoked, english: false).hasPrefix("сертифікат відкликано  Коваль Олена: "))
    }

    @Test func aFormThisBuildDoesNotKnowIsShownAsStored() {
        let unknown = entry("future-action", "3 widgets", "no change")
        #expect(shown(unknown, english: false) == "future-action | 3 widgets | no change")
        let odd = entry("regrade", "many attempts", "maybe")
        #expect(shown(odd, english: false) == "спроби переоцінено | many attempts | maybe")
    }

    /// Entries of earlier builds, stored as English phrases, are still shown in the reader's language.
    @Test(arguments: [
        ("regrade", "12 attempts", "no change", "спроби переоцінено | спроб: 12 | без змін", "attempts re-graded | 12 attempts | no change"),
        ("regrade", "3 attempts", "would change: #4 #7", "спроби переоцінено | спроб: 3 | зміниться: #4 #7",
         "attempts re-graded | 3 attempts | would change: #4 #7"),
        ("certify", "Коваль Олена", "ТР-2026-000001 hotline-operator, attempts #3 #4",
         "сертифікат видано | Коваль Олена | ТР-2026-000001 hotline-operator, спроби #3 #4",
         "certificate issued | Коваль Олена | ТР-2026-000001 hotline-operator, attempts #3 #4"),
        ("certify-refused", "О", "t: not passed a, b; #3 spent by revoked ТР-2026-000002",
         "у сертифікаті відмовлено | О | t: не складено a, b; #3 — доказ відкликаного ТР-2026-000002",
         "certificate refused | О | t: not passed a, b; #3 spent by revoked ТР-2026-000002"),
        ("export-xapi", "9 statements", "standard output", "експорт xAPI | тверджень: 9 | стандартний вивід",
         "xAPI export | 9 statements | standard output"),
        ("export-badge", "О", "ТР-1 → standard output", "експорт бейджа | О | ТР-1 → стандартний вивід", "badge export | О | ТР-1 → standard output"),
        ("publish", "/srv/pub", "https://hr.example.com/c: 5 certificates, 1 revoked",
         "опубліковано | /srv/pub | https://hr.example.com/c: сертифікатів: 5, відкликано: 1",
         "published | /srv/pub | https://hr.example.com/c: 5 certificates, 1 revoked"),
        ("ssh-revoke", "#3 О", "keys: 2", "доступ SSH відкликано | #3 О | ключів: 2", "SSH access revoked | #3 О | keys: 2"),
    ])
    func anEntryOfAnEarlierBuildIsShownInBothLanguages(_ action: String, _ subject: String, _ details: String, _ ukrainian: String,
                                                       _ english: String) {
        #expect(shown(entry(action, subject, details), english: false) == ukrainian)
        #expect(shown(entry(action, subject, details), english: true) == english)
    }

    /// What is stored is data, in neither language: a kind and its arguments.
    @Test func theStoredFormsHoldNoWordsOfEitherLanguage() {
        let stored = [AuditText.certified(number: "ТР-2026-000001", track: "hotline-operator", evidence: [3, 4]),
                      AuditText.notPassed(track: "t", scenarios: ["a"], spent: [(3, "ТР-2026-000002")]),
                      AuditText.alreadyCertified(track: "t", number: "ТР-1"), AuditText.notReplayed(track: "t", attempts: [5]),
                      AuditText.regradeChanges([]), AuditText.regradeChanges([4]), AuditText.destination(nil), AuditText.destination("x.json"),
                      AuditText.badgeExport(number: "ТР-1", file: nil), AuditText.published(base: "https://h.example.com", certificates: 1, revoked: 0),
                      AuditText.keysRemoved(2)]
        for form in stored {
            #expect(AuditRecord.read(form) != nil, "\(form)")
            for word in ["attempts #", "спроби", "not passed", "no change", "would change", "standard output", " revoked", "already certified", "keys: "] {
                #expect(!form.contains(word), "\(form) holds «\(word)»")
            }
        }
        #expect(AuditRecord.read(AuditText.certified(number: "ТР-1", track: "t", evidence: [3]))?.attempts == [3])
        #expect([AuditText.regraded(12), AuditText.statements(9), AuditText.findingsAccepted(2)] == ["12", "9", "2"])
    }

    /// An accepted rollback names the anchor's place in the reader's language, whoever accepted it; a row of an
    /// earlier build that kept the place as words shows those words.
    @Test func anAcceptedRollbackNamesItsPlaceInTheReadersLanguage() {
        let report = LedgerReport(findings: [.rolledBack(place: .keyFolder(path: "/srv/keys/chain-head.json"), anchoredSeq: 15, sealedAt: "2026-12-01",
                                                         chainSeq: 11, missing: [], missingAttempts: 2),
                                             .anchorInvalid(place: .publishedFolder(source: "https://hr.example.com/c"))],
                                  entries: 11, sealedSeq: 11, pendingAttempts: 0)
        let stored = AuditText.findingsAccepted(report)
        for word in ["теці", "key folder (", "published folder ("] { #expect(!stored.contains(word), "\(stored) holds «\(word)»") }
        let accepted = entry("check-accepted", AuditText.findingsAccepted(2), stored)
        let ukrainian = shown(accepted, english: false)
        #expect(ukrainian.contains("у теці ключа HR (/srv/keys/chain-head.json) засвідчено"))
        #expect(ukrainian.contains("засвідчений кінець ланцюжка у опублікованій теці (https://hr.example.com/c) пошкоджено"))
        let english = shown(accepted, english: true)
        #expect(english.contains("HR's key folder (/srv/keys/chain-head.json) holds the sealed head"))
        #expect(english.contains("the sealed chain head in the published folder (https://hr.example.com/c) is damaged"))

        let earlier = #"{"findings":[{"finding":"anchor-invalid","place":"the published folder (old)"}],"kind":"findings-accepted"}"#
        #expect(shown(entry("check-accepted", "1", earlier), english: false).contains("у the published folder (old) пошкоджено"))
    }

    @Test func aRecordMissingWhatItsKindNeedsIsShownAsStored() {
        let broken = entry("certify", "О", "{\"kind\":\"certified\"}")
        #expect(shown(broken, english: false) == "сертифікат видано | О | {\"kind\":\"certified\"}")
        let unknownKind = entry("certify", "О", "{\"kind\":\"later\"}")
        #expect(shown(unknownKind, english: true) == "certificate issued | О | {\"kind\":\"later\"}")
    }
}
