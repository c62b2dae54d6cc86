import Foundation
import TrenazherCore

/// Builds HR's reports as documents: one trainee's record, the team overview, the quarterly monitoring report.
public struct HRReports: Sendable {
    public var wording: ReportWording
    /// Standard ID → its title in the interface language (from `Content/standards.yaml`).
    public var standardTitles: [String: String]
    /// Scenario ID → its title in the interface language.
    public var scenarioTitles: [String: String]

    public init(english: Bool, standardTitles: [String: String] = [:], scenarioTitles: [String: String] = [:]) {
        wording = ReportWording(english: english)
        self.standardTitles = standardTitles
        self.scenarioTitles = scenarioTitles
    }

    private var language: String { wording.english ? "en" : "uk" }
    private func pick(_ ukrainian: String, _ english: String) -> String { wording.pick(ukrainian, english) }
    private func scenario(_ id: String) -> String { scenarioTitles[id].map { "\($0) (\(id))" } ?? id }

    /// The quarterly monitoring report: compliance per Standard and channel; counts only, no names.
    public func quarterly(_ figures: QuarterlyFigures, generatedAt: Date) -> ReportDocument {
        let channels = ReportTable(
            title: pick("Спроби за каналами", "Attempts by channel"),
            columns: [pick("Канал", "Channel"), pick("Спроб", "Attempts"), pick("Успішних", "Passed"), pick("Частка успішних", "Pass rate"),
                      pick("Середній бал", "Average score")],
            rows: figures.channels.map {
                [wording.channel($0.channel), String($0.attempts), String($0.passed),
                 wording.percent($0.attempts == 0 ? 0 : Double($0.passed) / Double($0.attempts)), String(Int($0.averageScore.rounded()))]
            }, percentColumns: [3])
        let compliance = ReportTable(
            title: pick("Дотримання стандартів за каналами", "Compliance per Standard and channel"),
            columns: [pick("Квартал", "Quarter"), pick("Стандарт", "Standard"), pick("Назва", "Title"), pick("Канал", "Channel"),
                      pick("Застосовано", "Applicable"), pick("Виконано", "Met"), pick("Порушено", "Violated"),
                      pick("Пропущено", "Missed"), pick("Дотримання", "Compliance")],
            rows: figures.compliance.map {
                [figures.quarter.description, $0.standardID, standardTitles[$0.standardID] ?? "", wording.channel($0.channel),
                 String($0.applicable), String($0.met), String($0.violated), String($0.missed), wording.percent($0.rate)]
            }, percentColumns: [8], identifierColumns: [1])
        let attempts = figures.channels.reduce(0) { $0 + $1.attempts }
        return ReportDocument(
            title: pick("Квартальний звіт моніторингу дотримання стандартів обслуговування — \(figures.quarter)",
                        "Quarterly customer-service Standards monitoring report — \(figures.quarter)"),
            summary: [
                pick("Період: \(wording.day(figures.quarter.start)) — \(wording.day(figures.quarter.end.addingTimeInterval(-1)))",
                     "Period: \(wording.day(figures.quarter.start)) — \(wording.day(figures.quarter.end.addingTimeInterval(-1)))"),
                pick("Завершених спроб: \(attempts); працівників, що навчалися: \(figures.trainees)",
                     "Finished attempts: \(attempts); staff who trained: \(figures.trainees)"),
            ],
            tables: [compliance, channels],
            notes: [
                pick("Дані знеособлені й агреговані: звіт не містить імен працівників.",
                     "The figures are aggregated and anonymous: the report names no employee."),
                pick("Дотримання = виконано / застосовано (порушено або пропущено — не виконано).",
                     "Compliance = met / applicable (violated or missed count as not met)."),
                pick("Сформовано \(wording.day(generatedAt)) тренажером Trenazher.", "Generated on \(wording.day(generatedAt)) by Trenazher."),
            ],
            language: language)
    }

    /// The team overview: one line per trainee, with every certificate and its standing (valid until, expired,
    /// revoked) and, for a certificate resting on rows changed outside Trenazher, «ПІД СУМНІВОМ» with the reasons
    /// (`doubts`: `ProgressStore.certificateDoubts`, by number).
    public func team(_ members: [TeamMemberFigures], certificates: [RegisteredCertificate], doubts: [String: [CertificateDoubt]] = [:],
                     at date: Date) -> ReportDocument {
        let rows = members.map { member -> [String] in
            let held = certificates.filter { $0.certificate.traineeID == member.trainee.id }
            return [String(member.trainee.id), member.trainee.fullName, wording.role(member.trainee.role), String(member.finishedAttempts),
                    String(member.examsPassed), member.averageScore.map { String(Int($0.rounded())) } ?? "—",
                    member.lastActivity.flatMap(Timestamp.date).map(wording.day) ?? "—",
                    held.map { registered -> String in
                        let reasons = doubts[registered.certificate.number] ?? []
                        let standing = registered.revocation == nil && !registered.certificate.isExpired(at: date)
                            ? "\(pick("до", "until")) \(wording.day(registered.certificate.expiresAt))" + (reasons.isEmpty ? "" : " — " + doubtText(reasons))
                            : certificateStatus(registered, at: date, doubts: reasons)
                        return "\(registered.certificate.trackTitle(english: wording.english)) \(registered.certificate.number) (\(standing))"
                    }.joined(separator: "; ")]
        }
        return ReportDocument(
            title: pick("Огляд команди", "Team overview"),
            summary: [pick("Працівників: \(members.count); станом на \(wording.day(date))", "Staff: \(members.count); as of \(wording.day(date))")],
            tables: [ReportTable(columns: ["№", pick("ПІБ", "Full name"), pick("Роль", "Role"), pick("Спроб", "Attempts"),
                                           pick("Іспитів складено", "Exams passed"), pick("Середній бал", "Average score"),
                                           pick("Остання активність", "Last activity"), pick("Сертифікати", "Certificates")],
                                 rows: rows)],
            notes: doubtNote(certificates, doubts),
            language: language)
    }

    /// One trainee's record: progress per Standard, tracks, attempts, certificates (those resting on rows changed
    /// outside Trenazher «ПІД СУМНІВОМ» with the reasons; `doubts`: `ProgressStore.certificateDoubts`, by number), and
    /// the exam answers whose typing is doubtful (pasted, implausibly fast, not typed live).
    public func trainee(_ progress: TraineeProgress, attempts: [AttemptInfo], certificates: [RegisteredCertificate],
                        doubts: [String: [CertificateDoubt]] = [:], doubtful: [DoubtfulAnswer] = [], at date: Date) -> ReportDocument {
        var tables = progressTables(progress)
        tables.append(ReportTable(
            title: pick("Спроби", "Attempts"),
            columns: ["#", pick("Дата", "Date"), pick("Сценарій", "Scenario"), pick("Режим", "Mode"), pick("Зерно варіанта", "Variant seed"),
                      pick("Стан", "Status"), pick("Бал", "Score"), pick("Успіх", "Passed"), pick("Версія оцінювача", "Grader")],
            rows: attempts.map {
                [String($0.id), wording.day($0.finishedAt ?? $0.startedAt), scenario($0.scenarioID), wording.mode($0.mode),
                 $0.variantSeed.map(String.init) ?? "—", status($0.status), $0.score.map(String.init) ?? "—", $0.passed.map(wording.yesNo) ?? "—", $0.graderVersion]
            }))
        tables.append(ReportTable(
            title: pick("Сертифікати", "Certificates"),
            columns: [pick("Номер", "Number"), pick("Напрям", "Track"), pick("Видано", "Issued"), pick("Дійсний до", "Valid until"),
                      pick("Стан", "Status")],
            rows: certificates.map {
                [$0.certificate.number, $0.certificate.trackTitle(english: wording.english), wording.day($0.certificate.issuedAt), wording.day($0.certificate.expiresAt),
                 certificateStatus($0, at: date, doubts: doubts[$0.certificate.number] ?? [])]
            }, identifierColumns: [0]))
        tables.append(ReportTable(
            title: pick("Відповіді на іспитах, набрані сумнівно", "Exam answers with doubtful typing"),
            columns: [pick("Спроба", "Attempt"), pick("Сценарій", "Scenario"), pick("Відповідь", "Answer"), pick("Текст", "Text"),
                      pick("Що не так", "Concern")],
            rows: doubtful.map {
                ["#\($0.attemptID)", scenario($0.scenarioID), String($0.answer), String($0.text.prefix(60)),
                 $0.concerns.map(concern).joined(separator: "; ")]
            }))
        return ReportDocument(
            title: pick("Картка працівника: \(progress.trainee.fullName)", "Trainee record: \(progress.trainee.fullName)"),
            summary: [pick("Роль: \(wording.role(progress.trainee.role)); завершених спроб: \(progress.finishedAttempts); станом на \(wording.day(date))",
                           "Role: \(wording.role(progress.trainee.role)); finished attempts: \(progress.finishedAttempts); as of \(wording.day(date))")],
            tables: tables, notes: (wording.leftOut(progress.leftOut).map { [$0] } ?? []) + doubtNote(certificates, doubts), language: language)
    }

    /// What `trenazher progress` shows: Standards, scenarios, tracks, what to practise next.
    public func progress(_ progress: TraineeProgress, at date: Date) -> ReportDocument {
        var notes: [String] = wording.leftOut(progress.leftOut).map { [$0] } ?? []
        if !progress.practiseNext.isEmpty {
            notes.append(pick("Що потренувати далі: ", "Practise next: ")
                         + progress.practiseNext.map { "\($0.standardID) \(standardTitles[$0.standardID] ?? "") (\(wording.percent($0.metRate)))" }
                            .joined(separator: "; "))
        }
        if let next = progress.suggestedScenario {
            notes.append(pick("Рекомендований сценарій: ", "Suggested scenario: ") + scenario(next))
        }
        let reachable = progress.tracks.filter(\.withinReach)
        notes.append(pick("Сертифікація в межах досяжності: ", "Certification within reach: ")
                     + (reachable.isEmpty ? "—" : reachable.map { standing in
                         standing.eligibility.isEligible
                             ? "\(standing.eligibility.track.title(english: wording.english)) — \(pick("можна сертифікуватися", "ready to certify"))"
                             : "\(standing.eligibility.track.title(english: wording.english)) — \(pick("лишилось", "remaining")): "
                               + standing.eligibility.missing.map(\.scenarioID).joined(separator: ", ")
                     }.joined(separator: "; ")))
        return ReportDocument(
            title: pick("Прогрес: \(progress.trainee.fullName)", "Progress: \(progress.trainee.fullName)"),
            summary: [pick("Завершених спроб: \(progress.finishedAttempts); недавні спроби важать більше.",
                           "Finished attempts: \(progress.finishedAttempts); recent attempts weigh more.")],
            tables: progressTables(progress), notes: notes, language: language)
    }

    /// A Standard's row: ID, title, severity, attempts, met rate, last verdict, trend with the latest results.
    private func standardRow(_ standard: StandardProgress) -> [String] {
        let latest: String = standard.recent.map { $0 ? "✓" : "✗" }.joined()
        let trend: String = (standard.trend?.arrow ?? "—") + " " + latest
        return [standard.standardID, standardTitles[standard.standardID] ?? "", wording.severity(standard.severity),
                String(standard.attempts), wording.percent(standard.metRate), wording.verdict(standard.lastVerdict), trend]
    }

    private func progressTables(_ progress: TraineeProgress) -> [ReportTable] {
        let standards = ReportTable(
            title: pick("Стандарти", "Standards"),
            columns: [pick("Стандарт", "Standard"), pick("Назва", "Title"), pick("Важливість", "Severity"), pick("Спроб", "Attempts"),
                      pick("Виконання", "Met rate"), pick("Востаннє", "Last time"), pick("Тенденція", "Trend")],
            rows: progress.standards.map(standardRow), percentColumns: [4], identifierColumns: [0])
        let scenarios = ReportTable(
            title: pick("Сценарії", "Scenarios"),
            columns: [pick("Сценарій", "Scenario"), pick("Спроб", "Attempts"), pick("Найкращий бал", "Best score"),
                      pick("Тренування", "Practice"), pick("Іспит", "Exam")],
            rows: progress.scenarios.map {
                [scenario($0.scenarioID), String($0.attempts), String($0.bestScore), $0.passedInPractice ? "✓" : "—", $0.passedInExam ? "✓" : "—"]
            })
        let tracks = ReportTable(
            title: pick("Сертифікаційні напрями", "Certification tracks"),
            columns: [pick("Напрям", "Track"), pick("Сценарій", "Scenario"), pick("Стан", "Status")],
            rows: progress.tracks.flatMap { standing in
                standing.eligibility.requirements.map {
                    [standing.eligibility.track.title(english: wording.english), scenario($0.scenarioID),
                     wording.requirement($0, track: standing.eligibility.track, changed: standing.eligibility.changedAttempts(of: $0.scenarioID))]
                }
            })
        return [standards, scenarios, tracks]
    }

    private func concern(_ concern: TypingConcern) -> String {
        switch concern {
        case .notTypedLive:
            return pick("не набрано наживо (немає даних набору)", "not typed live (no typing evidence)")
        case .pasted(let characters):
            return pick("вставлено: \(characters) симв.", "pasted: \(characters) characters")
        case .implausiblyFast(let rate):
            return pick("неймовірно швидко: \(rate) симв./с", "implausibly fast: \(rate) characters/s")
        case .fewerKeysThanCharacters(let keys, let characters):
            return pick("натиснень (\(keys)) менше, ніж символів (\(characters))", "fewer keys (\(keys)) than characters (\(characters))")
        }
    }

    private func status(_ status: AttemptStatus) -> String {
        switch status {
        case .inProgress: return pick("триває", "in progress")
        case .finished: return pick("завершено", "finished")
        case .abandoned: return pick("покинуто", "abandoned")
        }
    }

    /// «чинний», «відкликано 2026-11-25: причина», «строк дії минув»; with `doubts`, a certificate that would be valid
    /// is «ПІД СУМНІВОМ: причини» instead, and a revoked or expired one says so after its standing.
    public func certificateStatus(_ registered: RegisteredCertificate, at date: Date, doubts: [CertificateDoubt] = []) -> String {
        let doubt = doubts.isEmpty ? "" : " — " + doubtText(doubts)
        if let revocation = registered.revocation {
            return pick("відкликано \(wording.day(revocation.revokedAt)): \(revocation.reason)",
                        "revoked \(wording.day(revocation.revokedAt)): \(revocation.reason)") + doubt
        }
        if registered.certificate.isExpired(at: date) {
            return pick("строк дії минув \(wording.day(registered.certificate.expiresAt))", "expired \(wording.day(registered.certificate.expiresAt))") + doubt
        }
        return doubts.isEmpty ? pick("чинний", "valid") : doubtText(doubts)
    }

    /// «ПІД СУМНІВОМ: спробу #3, на якій він ґрунтується, змінено поза тренажером; …».
    public func doubtText(_ doubts: [CertificateDoubt]) -> String {
        pick("ПІД СУМНІВОМ: ", "IN DOUBT: ") + doubts.map { $0.text(english: wording.english) }.joined(separator: "; ")
    }

    /// The note under a report that lists a certificate in doubt: what it means and where to look.
    private func doubtNote(_ certificates: [RegisteredCertificate], _ doubts: [String: [CertificateDoubt]]) -> [String] {
        let count = certificates.filter { !(doubts[$0.certificate.number] ?? []).isEmpty }.count
        guard count > 0 else { return [] }
        return [pick("Сертифікатів під сумнівом: \(count) — записи, на яких вони ґрунтуються, змінено поза тренажером; такий сертифікат "
                     + "не підтверджує компетентності, доки HR не розбереться (`trenazher hr check`, `hr revoke`).",
                     "Certificates in doubt: \(count) — the records they rest on were changed outside Trenazher; such a certificate "
                     + "attests nothing until HR has looked into it (`trenazher hr check`, `hr revoke`).")]
    }
}
