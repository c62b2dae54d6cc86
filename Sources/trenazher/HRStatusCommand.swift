import ArgumentParser
import Foundation
import TrenazherStore

/// `trenazher hr status`: who is certified, who is close, whose certificate expires within 30 days. A certificate
/// that `hr check`'s findings touch (an evidence attempt, its row or its revocation changed outside Trenazher, the
/// record rewritten or rolled back) is listed under «Під сумнівом» with the reasons, not as certified, and the
/// command exits 1 while such a certificate is unrevoked and unexpired.
struct HRStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: Language.text("Хто сертифікований, хто близько, чиї сертифікати спливають.", "Who is certified, who is close, whose certificates expire."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions

    func run() throws {
        let say = Say(english: options.english)
        let wording = ReportWording(english: options.english)
        let world = try options.loadWorld()
        let tracks = try StoreAccess.tracks(world).tracks
        let hr = try HRSession.open(options, keys: keys)
        let store = hr.store
        let now = Date()
        let soon = Calendar(identifier: .gregorian).date(byAdding: .day, value: ProgressStore.renewalWindowDays, to: now) ?? now
        let certificates = try store.certificates()
        let doubts = try store.certificateDoubts(hr.report)
        func doubt(_ certificate: Certificate) -> String {
            guard let list = doubts[certificate.number], !list.isEmpty else { return "" }
            return " — " + say("ПІД СУМНІВОМ: ", "IN DOUBT: ") + list.map { $0.text(english: options.english) }.joined(separator: "; ")
        }
        var doubtful: [String] = []
        var certified: [String] = []
        var expiring: [String] = []
        var close: [String] = []
        for trainee in try store.trainees() {
            let held = certificates.filter { $0.certificate.traineeID == trainee.id && $0.revocation == nil && !$0.certificate.isExpired(at: now) }
            for registered in held {
                let line = "  \(trainee.fullName) — «\(registered.certificate.trackTitle(english: options.english))» \(registered.certificate.number), "
                    + say("до", "until") + " \(wording.day(registered.certificate.expiresAt))"
                guard doubts[registered.certificate.number] == nil else {
                    doubtful.append(line + doubt(registered.certificate))
                    continue
                }
                certified.append(line)
                if registered.certificate.expiresAt <= soon { expiring.append(line) }
            }
            let spent = try store.spentEvidence(traineeID: trainee.id)
            let changed = hr.report.changedAttempts
            let recorded = try store.attempts(traineeID: trainee.id).filter { !spent.contains($0.id) }
            let attempts = recorded.filter { !changed.contains($0.id) }
            let verdicts = try store.standardVerdicts(traineeID: trainee.id)
            for track in tracks where !held.contains(where: { $0.certificate.trackID == track.id }) {
                let standing = TrackStanding.evaluate(track: track, attempts: attempts, verdicts: verdicts, at: now)
                var eligibility = standing.eligibility
                eligibility.noteChanged(changed, among: recorded)
                guard standing.withinReach else { continue }
                if eligibility.isEligible {
                    close.append("  \(trainee.fullName) — «\(track.title(english: options.english))»: "
                                 + say("можна сертифікувати", "ready to certify") + " (`trenazher hr certify #\(trainee.id) \(track.id)`)")
                } else {
                    close.append("  \(trainee.fullName) — «\(track.title(english: options.english))»: " + say("лишилось: ", "remaining: ")
                                 + eligibility.missing.map { "\($0.scenarioID) (\(wording.requirement($0, track: track, changed: eligibility.changedAttempts(of: $0.scenarioID))))" }.joined(separator: "; "))
                }
            }
        }
        let revoked = certificates.compactMap { registered in
            registered.revocation.map {
                "  \(registered.certificate.traineeName) — \(registered.certificate.number): " + say("відкликано", "revoked")
                    + " \(wording.day($0.revokedAt)): \($0.reason)" + doubt(registered.certificate)
            }
        }
        let expired = certificates.filter { $0.revocation == nil && $0.certificate.isExpired(at: now) }.map {
            "  \($0.certificate.traineeName) — «\($0.certificate.trackTitle(english: options.english))» \($0.certificate.number): "
                + say("строк дії минув", "expired") + " \(wording.day($0.certificate.expiresAt))" + doubt($0.certificate)
        }
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
            lines.append(title)
            lines += items.isEmpty ? ["  —"] : items
        }
        if !doubtful.isEmpty {
            section(say("ПІД СУМНІВОМ — записи, на яких ґрунтуються ці сертифікати, змінено поза тренажером (`trenazher hr check`):",
                        "IN DOUBT — the records these certificates rest on were changed outside Trenazher (`trenazher hr check`):"), doubtful)
        }
        section(say("Сертифіковані (чинні сертифікати):", "Certified (valid certificates):"), certified)
        section(say("Спливає протягом \(ProgressStore.renewalWindowDays) днів:", "Expiring within \(ProgressStore.renewalWindowDays) days:"), expiring)
        section(say("Близькі до сертифікації:", "Close to certification:"), close)
        section(say("Строк дії минув:", "Expired:"), expired)
        section(say("Відкликані:", "Revoked:"), revoked)
        Output.print(lines.joined(separator: "\n"))
        try hr.seal()
        if !doubtful.isEmpty { throw ExitCode(1) }
    }
}
