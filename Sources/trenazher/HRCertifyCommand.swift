import ArgumentParser
import Foundation
import TrenazherCore
import TrenazherStore

/// `trenazher hr certify TRAINEE TRACK`: checks eligibility from the recorded exam attempts; issues a signed
/// certificate, or refuses with the reason for each scenario (exit 1).
struct HRCertifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certify", abstract: Language.text("Видати сертифікат (якщо іспити складено).", "Issue a certificate (if the exams are passed)."))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var keys: KeyOptions
    @Argument(help: Language.help("Працівник (номер, ПІБ або ім'я).", "The trainee (number, full name or first name).")) var trainee: String
    @Argument(help: Language.help("Напрям сертифікації (ID або назва з Content/tracks.yaml).", "The track (ID or title from Content/tracks.yaml).")) var track: String

    func run() throws {
        let say = Say(english: options.english)
        let wording = ReportWording(english: options.english)
        let world = try options.loadWorld()
        let catalogue = try StoreAccess.tracks(world)
        guard let chosen = catalogue.track(track) else {
            throw CommandFailure(say("невідомий напрям '\(track)'; є: ", "unknown track '\(track)'; known: ")
                                 + catalogue.tracks.map(\.id).joined(separator: ", "), code: 2)
        }
        let hr = try HRSession.open(options, keys: keys)
        guard hr.report.isClean else {
            throw CommandFailure(say("відмовлено: записи змінено поза тренажером (див. вище); сертифікат не видано",
                                     "refused: records were changed outside Trenazher (see above); no certificate issued"), code: 1)
        }
        let store = hr.store
        let person = try StoreAccess.trainee(trainee, in: store)
        let outcome = try StoreAccess.attempt {
            try store.certify(traineeID: person.id, track: chosen, evidence: EvidenceReplay(content: world.content, library: world.library),
                              signingKey: hr.key, issuer: hr.issuer.name, actor: hr.actor, excluding: hr.report.taintedAttempts)
        }
        try hr.seal()
        switch outcome {
        case .issued(let certificate):
            Output.print(say("Видано сертифікат \(certificate.number): \(certificate.traineeName), «\(certificate.trackTitle)», чинний до \(wording.day(certificate.expiresAt))\nКод перевірки: \(certificate.code)",
                             "Issued certificate \(certificate.number): \(certificate.traineeName), «\(certificate.trackTitle(english: true))», valid until \(wording.day(certificate.expiresAt))\nVerification code: \(certificate.code)"))
        case .refusedAlreadyCertified(let certificate):
            Output.error(say("відмовлено: \(person.fullName) вже має чинний сертифікат \(certificate.number) до \(wording.day(certificate.expiresAt)); поновлення — за \(ProgressStore.renewalWindowDays) днів до кінця строку",
                             "refused: \(person.fullName) already holds \(certificate.number), valid until \(wording.day(certificate.expiresAt)); renewal opens \(ProgressStore.renewalWindowDays) days before expiry"))
            throw ExitCode(1)
        case .refusedEvidence(let problems):
            Output.error(say("відмовлено: іспити \(person.fullName) не відтворюються зі збережених відповідей — запис змінено або оцінювач інший:",
                             "refused: \(person.fullName)'s exams do not replay from their stored answers — the record was changed or the grader differs:"))
            for problem in problems {
                FileHandle.standardError.write(Data(TerminalText.sanitized("  ✗ \(wording.evidenceProblem(problem))\n").utf8))
            }
            throw ExitCode(1)
        case .refusedNotEligible(let eligibility):
            Output.error(say("відмовлено: \(person.fullName) ще не відповідає вимогам напряму «\(chosen.title)»:",
                             "refused: \(person.fullName) does not yet meet the requirements of «\(chosen.titleEN)»:"))
            for requirement in eligibility.requirements {
                let mark = requirement.state.isMet ? "✓" : "✗"
                FileHandle.standardError.write(Data(TerminalText.sanitized("  \(mark) \(requirement.scenarioID): \(wording.requirement(requirement, track: chosen, changed: eligibility.changedAttempts(of: requirement.scenarioID)))\n").utf8))
            }
            for spent in eligibility.spentEvidence {
                let line = say("  ✗ спроба #\(spent.attemptID) (\(spent.scenarioID)) була доказом відкликаного сертифіката \(spent.certificate) і не зараховується: потрібен новий іспит",
                                 "  ✗ attempt #\(spent.attemptID) (\(spent.scenarioID)) was the evidence of revoked certificate \(spent.certificate) and no longer counts: a new exam is needed")
                FileHandle.standardError.write(Data(TerminalText.sanitized(line + "\n").utf8))
            }
            throw ExitCode(1)
        }
    }
}
