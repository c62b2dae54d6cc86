import Foundation
import TrenazherCore

/// The words reports and HR messages use, in Ukrainian or English.
public struct ReportWording: Sendable {
    public var english: Bool

    public init(english: Bool) {
        self.english = english
    }

    func pick(_ ukrainian: String, _ englishText: String) -> String { english ? englishText : ukrainian }

    /// `87%`.
    public func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }

    /// `2026-11-25`, in Kyiv time.
    public func day(_ date: Date) -> String { Timestamp.kyivDay(date) }

    /// `14:19:01`, in Kyiv time.
    public func time(_ date: Date) -> String { Timestamp.kyivTime(date) }

    /// A channel's name.
    public func channel(_ raw: String) -> String {
        switch Channel(rawValue: raw) {
        case .visit: return pick("Візит до ЦОК", "Visit to a centre")
        case .phone: return pick("Телефон ЦОК", "Centre phone")
        case .hotline: return pick("Гаряча лінія", "Hotline")
        case .written: return pick("Письмові звернення", "Written appeals")
        case nil: return raw
        }
    }

    /// A role's name.
    public func role(_ role: TraineeRole) -> String {
        switch role {
        case .cok: return pick("фахівець ЦОК", "centre specialist")
        case .hotline: return pick("оператор кол-центру", "call-centre operator")
        }
    }

    /// A mode's name.
    public func mode(_ mode: AttemptMode) -> String {
        switch mode {
        case .practice: return pick("тренування", "practice")
        case .exam: return pick("іспит", "exam")
        }
    }

    /// A verdict in words.
    public func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: return pick("виконано", "met")
        case .violated: return pick("порушено", "violated")
        case .missed: return pick("пропущено", "missed")
        case .notApplicable: return pick("не застосовується", "not applicable")
        }
    }

    /// A Standard's severity in words.
    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: return pick("критичний", "critical")
        case .major: return pick("суттєвий", "major")
        case .minor: return pick("незначний", "minor")
        }
    }

    /// «так» / «ні».
    public func yesNo(_ flag: Bool) -> String { flag ? pick("так", "yes") : pick("ні", "no") }

    /// Why a required scenario is or is not met, in one phrase.
    public func requirement(_ status: RequirementStatus, track: CertificationTrack) -> String {
        switch status.state {
        case .passed(let attemptID, let score, let finishedAt):
            return pick("іспит складено: \(score) балів (спроба #\(attemptID), \(day(finishedAt)))",
                        "exam passed: score \(score) (attempt #\(attemptID), \(day(finishedAt)))")
        case .failed(let best, let count, let critical) where !critical.isEmpty:
            return pick("іспит не складено: критичні стандарти не виконано (\(critical.joined(separator: ", "))) у найкращій спробі з балом \(best); спроб: \(count)",
                        "exam not passed: critical Standards failed (\(critical.joined(separator: ", "))) in the best attempt, score \(best); attempts: \(count)")
        case .failed(let best, let count, _):
            return pick("іспит не складено: найкращий бал \(best), потрібно щонайменше \(track.minScore) (спроб: \(count))",
                        "exam not passed: best score \(best), needs at least \(track.minScore) (attempts: \(count))")
        case .outdated(let last):
            return pick("іспит складено \(day(last)), але понад \(track.validityMonths) міс. тому — потрібно скласти знову",
                        "exam passed on \(day(last)), more than \(track.validityMonths) months ago — must be retaken")
        case .practiceOnly(let best):
            return pick("лише тренування (найкращий бал \(best)) — іспит не складався",
                        "practice only (best score \(best)) — no exam taken")
        case .notAttempted:
            return pick("ще не пройдено", "not played yet")
        }
    }

    /// Why a required scenario is or is not met, naming the attempts left out because their records were
    /// changed outside Trenazher (`changed`, from `Eligibility.changedAttempts(of:)`): «no exam taken» is not
    /// said of a scenario whose exam was excluded.
    public func requirement(_ status: RequirementStatus, track: CertificationTrack, changed: [Int64]) -> String {
        guard !changed.isEmpty, !status.state.isMet else { return requirement(status, track: track) }
        let list = changed.map { "#\($0)" }.joined(separator: ", ")
        let excluded = pick("не зараховано спроби, змінені поза тренажером (`trenazher hr check`): \(list)",
                            "attempts changed outside Trenazher (`trenazher hr check`) do not count: \(list)")
        switch status.state {
        case .practiceOnly(let best):
            return pick("лише тренування (найкращий бал \(best)) — зарахованого іспиту немає; ",
                        "practice only (best score \(best)) — no exam that counts; ") + excluded
        case .notAttempted:
            return pick("жодної зарахованої спроби; ", "no attempt that counts; ") + excluded
        default:
            return requirement(status, track: track) + "; " + excluded
        }
    }

    /// The trainee's line for attempts left out of their progress (`TraineeProgress.leftOut`): their records were
    /// changed outside Trenazher and do not verify; `nil` when there are none.
    public func leftOut(_ attempts: [Int64]) -> String? {
        guard !attempts.isEmpty else { return nil }
        let list = attempts.map { "#\($0)" }.joined(separator: ", ")
        return attempts.count == 1
            ? pick("Спробу \(list) не зараховано: її запис змінено поза тренажером, він не проходить перевірку.",
                   "Attempt \(list) is left out: its record was changed outside Trenazher and does not verify.")
            : pick("Спроби \(list) не зараховано: їхні записи змінено поза тренажером, вони не проходять перевірку.",
                   "Attempts \(list) are left out: their records were changed outside Trenazher and do not verify.")
    }

    /// «спроба #12 (hotline-long-lookup): бал 99 у записі, 62 при відтворенні».
    public func evidenceProblem(_ problem: EvidenceProblem) -> String {
        switch problem {
        case .graderChanged(let id, let recorded, let current):
            return pick("спроба #\(id): оцінена оцінювачем \(recorded), цей — \(current); потрібні нові іспити",
                        "attempt #\(id): graded by grader \(recorded), this one is \(current); new exams are needed")
        case .scenarioVersionUnknown(let id, let scenario, let hash):
            return pick("спроба #\(id) (\(scenario)): версії сценарію \(hash.prefix(12)) немає ні в базі, ні в бібліотеці",
                        "attempt #\(id) (\(scenario)): scenario version \(hash.prefix(12)) is neither in the database nor in the library")
        case .scenarioVersionAltered(let id, let scenario):
            return pick("спроба #\(id) (\(scenario)): збережений текст сценарію не відповідає його відбитку (змінено)",
                        "attempt #\(id) (\(scenario)): the kept scenario text does not match its hash (altered)")
        case .scenarioUnreadable(let id, let scenario, let reason):
            return pick("спроба #\(id) (\(scenario)): версія сценарію не читається: \(reason)",
                        "attempt #\(id) (\(scenario)): the scenario version does not load: \(reason)")
        case .resultDiffers(let finding):
            var parts = [pick("бал \(finding.storedScore) у записі, \(finding.regradedScore) при відтворенні",
                              "score \(finding.storedScore) recorded, \(finding.regradedScore) replayed")]
            if finding.storedPassed != finding.regradedPassed {
                parts.append(pick("успіх \(yesNo(finding.storedPassed)) → \(yesNo(finding.regradedPassed))",
                                  "passed \(yesNo(finding.storedPassed)) → \(yesNo(finding.regradedPassed))"))
            }
            parts += finding.verdictChanges.prefix(5).map {
                "\($0.standardID) \($0.stored.map(verdict) ?? "—") → \($0.regraded.map(verdict) ?? "—")"
            }
            return pick("спроба #\(finding.attempt.id) (\(finding.attempt.scenarioID)): ", "attempt #\(finding.attempt.id) (\(finding.attempt.scenarioID)): ")
                + parts.joined(separator: "; ")
        }
    }
}
