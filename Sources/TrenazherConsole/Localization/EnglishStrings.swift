import Foundation
import TrenazherCore
import TrenazherStore

/// The console's interface in English (`--lang en`).
public struct EnglishStrings: Strings {
    /// How the trainee continues an interrupted attempt from outside the trainer (see `ResumeCommand`).
    public let resumeCommand: String

    public init(resumeCommand: String = ResumeCommand.local) {
        self.resumeCommand = resumeCommand
    }

    public let isEnglish = true

    public let appTitle = "Customer-service Standards trainer"
    public let whoIsTraining = "Who is training?"
    public let registerNew = "New employee — register"
    public let askFullName = "Full name (surname, first name, patronymic): "
    public func askFirstName(suggestion: String) -> String {
        suggestion.isEmpty ? "First name you introduce yourself with: "
            : "First name you introduce yourself with (Enter — «\(suggestion)»): "
    }
    public let askRole = "Role"
    public func alreadyRegistered(_ fullName: String) -> String { "\(fullName) is already registered: continuing with that record." }
    public func roleName(_ role: TraineeRole) -> String {
        switch role {
        case .cok: "customer service centre (ЦОК) specialist"
        case .hotline: "hotline operator"
        }
    }
    public func welcome(_ firstName: String) -> String { "Welcome, \(firstName)!" }
    public func resumeItem(_ title: String) -> String { "Continue the interrupted attempt: \(title)" }
    public func resumeItemMany(_ count: Int) -> String { "Continue an interrupted attempt (\(count) of them)" }
    public func continueInterruptedQuestion(_ attempt: String) -> String { "This scenario has an interrupted attempt: \(attempt). Continue it? (no — a new attempt) [y/N] " }
    public func nextStep(_ step: NextStepHint, customerFemale: Bool?) -> String {
        switch step {
        case .standard(let id, let title, let hint): return "next step — \(title) (\(id)). \(hint)"
        case .goal(let missing): return "next step — tell what the customer has not heard yet: \(missing)."
        case .done: return "everything required is done. Close the conversation politely."
        }
    }
    public let chooseResumable = "Which interrupted attempt do you want to continue?"
    public func resumableAttempt(id: Int64, title: String, mode: AttemptMode, started: Date, answers: Int) -> String {
        "#\(id) \(title) · \(modeName(mode)) · started \(DateText.moment(started)) · answers: \(answers)"
    }
    public let menuTitle = "What next?"
    public let menuPractise = "Practise a scenario"
    public let menuExam = "Exam for a certification track"
    public let menuProgress = "My progress"
    public let menuDrill = "Drill: one turn on your weakest Standard"
    public let noDrills = "There are no drills for your Standards yet."
    public func drillHeader(_ id: String, title: String) -> String { "Drill — \(id): \(title)" }
    public func drillSituation(_ scenario: String) -> String { "A moment from «\(scenario)». Say the next turn:" }
    public func drillNext(days: Int, box: Int, of boxes: Int) -> String {
        let when = days == 0 ? "at the next drill" : days == 1 ? "tomorrow" : "in \(days) days"
        return "This Standard comes back \(when) (level \(box) of \(boxes))."
    }
    public let menuQuit = "Quit"
    public let choicePrompt = "Your choice: "
    public func invalidChoice(_ numbers: [Int]) -> String {
        numbers.count == 1 ? "Type \(numbers[0])." : "Type one of: \(numbers.map(String.init).joined(separator: ", "))."
    }
    public let enterForSuggested = "Enter — the suggested one"
    public let emptyAnswer = "This cannot be empty."
    public let suggested = "suggested"
    public let passedMark = "passed"
    public let chooseScenario = "Choose a scenario"
    public let chooseTrack = "Choose a certification track"
    public let noTracks = "No certification tracks are set up yet."
    public let back = "Back"
    public let goodbye = "See you!"

    public func channelName(_ channel: Channel) -> String {
        switch channel {
        case .visit: "visit to a service centre"
        case .phone: "service centre phone"
        case .hotline: "hotline"
        case .written: "written appeal"
        }
    }
    public func modeName(_ mode: AttemptMode) -> String {
        switch mode {
        case .practice: "practice"
        case .exam: "exam"
        }
    }
    public func attemptHeader(title: String, channel: Channel, mode: AttemptMode) -> String {
        "\(title) · \(channelName(channel)) · \(modeName(mode))"
    }
    public let taskCardTitle = "Your task"
    public let practiceIntro = "Short feedback after each answer. /help lists actions and commands, /hint gives a hint."
    public let examIntro = "Exam: feedback and hints only at the end. /help lists actions and commands."
    public func youSpeakFirst(_ channel: Channel, customerFemale: Bool?) -> String {
        switch channel {
        case .visit: "A visitor comes to your desk. You start the conversation."
        case .phone, .hotline: "The phone rings. You answer the call."
        case .written: ""
        }
    }
    public let writtenIntro = "Write the reply to the appeal. A line with a single dot «.» sends it; /edit N changes line N, /delete N removes it, /show shows the letter; commands (/help, /quit …) never go into the letter, «//» starts a line with «/». The draft is saved after every line."
    public let traineePrompt = "You › "
    public let letterPrompt = "│ "
    public let customerLabel = "Customer"
    public func customerLabel(female: Bool?) -> String { customerLabel }
    public let systemLabel = "System"
    public func statusLine(date: CalendarDate, clock: String, channel: Channel, mood: String?, customerFemale: Bool?) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var parts = ["📅\u{00A0}\(weekdays[DateText.weekday(date)])\u{00A0}\(DateText.dotted(date))\u{00A0}🕒\u{00A0}\(clock)", channelName(channel)]
        if let mood { parts.append("customer's mood: \(mood)") }
        return parts.joined(separator: " · ")
    }
    public func holding(seconds: Int, channel: Channel, customerFemale: Bool?) -> String {
        channel == .visit ? "⏳ The visitor waits… \(seconds) s" : "⏳ The caller waits on the line… \(seconds) s"
    }
    public func answerTime(seconds: Double) -> String { "answered in \(Int(seconds.rounded()))\u{00A0}s" }
    public let interruptedNote = "You interrupted the customer: what you typed is kept as the start of your answer."
    public let leaveQuestion = "Leave the attempt? What was recorded is kept; continue it from the trainer's menu. [y/N] "
    public let leaveExerciseQuestion = "Leave the exercise? It is not recorded and cannot be continued later. [y/N] "
    public let finishQuestion = "End the conversation and get the grade? [y/N] "
    public func actionProblem(_ problem: ActionArgumentProblem) -> String {
        switch problem {
        case .callbackNeedsDateAndTime: "Give the call's date and time: /callback 27.11 10:00"
        case .callbackInvalidDate(let date): "There is no date «\(date)». Example: /callback 27.11 10:00"
        case .callbackInvalidTime(let time): "There is no time «\(time)»: hours 00–23, minutes 00–59. Example: /callback 27.11 10:00"
        case .callbackInPast(let date): "«\(date)» has passed: a call can be planned from today on."
        case .ticketNeedsKind(let kinds): "Give the kind: /ticket \(kinds.joined(separator: "|")) [note]"
        case .ticketUnknownKind(let kind, let kinds):
            "Unknown kind «\(kind)»" + (Suggestion.closest(to: kind, in: kinds).map { " — did you mean «\($0)»?" } ?? ".")
                + " Known: \(kinds.joined(separator: ", "))."
        case .ticketKindNotOffered(let kind, let kinds):
            "The software registers no «\(kind)» in this case. Known: \(kinds.joined(separator: ", "))."
        }
    }
    public func actionNotReplayed(_ action: String, _ problem: ActionArgumentProblem) -> String {
        "«\(action)» not performed, as in the trainer: " + actionProblem(problem)
    }
    public let yesAnswers: Set<String> = ["y", "yes", "т", "так"]
    public let noAnswers: Set<String> = ["n", "no", "н", "ні"]
    public let answerYesOrNo = "Answer «y» (yes) or «n» (no); /quit goes back to the menu."
    public var leftAttempt: String { "Attempt put aside. Continue: the menu item «Continue the interrupted attempt» in the trainer or \(resumeCommand)" }
    public func examStopped(at number: Int, of count: Int) -> String {
        "The exam stopped at scenario \(number) of \(count). Continue this attempt from the menu; to play the rest, start the exam again — it begins with the first scenario."
    }
    public let leftExercise = "Exercise ended without a grade; the recorded attempt is unchanged."
    public let conversationEnded = "The conversation has ended."
    public func unknownCommand(_ name: String) -> String { "Unknown command /\(name). /help lists them." }
    public let hintsOnlyInPractice = "No hints during an exam."
    public let examNeedsTerminal = "an exam is taken only live, typing at a terminal (`trenazher exam TRACK` in a terminal); answers from a file or a pipe are not accepted"
    public let hintTitle = "Hint"
    public func resumed(answers: Int) -> String { "Continuing the interrupted attempt (\(answers) answers restored)." }
    public let scenarioChanged = "The scenario has changed since the attempt began: the conversation may go differently."
    public func turnNotSaved(_ reason: String, text: String) -> String {
        "The last turn was not saved, the attempt stopped: \(reason). Your text: «\(text)» — type it again after \(resumeCommand)"
    }
    public func draftNotSaved(_ reason: String) -> String { "The letter's draft was not saved: \(reason)" }
    public func resultNotSaved(_ reason: String) -> String {
        "The attempt's result was not saved: \(reason). Finish it again: \(resumeCommand)"
    }

    public let draftRestored = "The draft of your reply is back: go on writing."
    /// The trainee speaks Ukrainian to the customer whatever the interface language: the example is the Ukrainian
    /// phrase to say, and is labelled so.
    public func tipExample(_ example: String) -> String { "For example, say in Ukrainian: «\(example)»" }
    public let lineRestored = "The answer you were typing is back: finish it and press Enter."
    public func lineNotSaved(_ reason: String) -> String { "The answer being typed was not saved: \(reason)" }
    public func letterLineNumber(_ count: Int) -> String {
        count == 0 ? "The letter has no lines yet." : "Give a line number from 1 to \(count), e.g. /edit 1."
    }
    public func letterLineDeleted(_ number: Int, text: String, left: Int) -> String {
        let quoted = text.trimmingCharacters(in: .whitespaces).isEmpty ? "an empty line" : "«\(text.trimmingCharacters(in: .whitespaces))»"
        let rest = left == 0 ? "The letter has no lines now." : number <= left ? "The lines after it are renumbered:" : "The letter now:"
        return "Line \(number) deleted: \(quoted). \(rest)"
    }
    public func letterLineEdited(_ number: Int) -> String { "Line \(number) changed." }
    public func letterLineUnchanged(_ number: Int) -> String { "Line \(number) left as it was." }
    public func paceNow(_ wordsPerMinute: Int?, range: ClosedRange<Int>) -> String {
        let now = wordsPerMinute.map { "\($0) words a minute" } ?? "whole lines at once (--fast)"
        return "The customer's pace: \(now). Change it: /pace NUMBER (\(range.lowerBound)–\(range.upperBound); natural speech is 130–160)."
    }
    public func paceInvalid(_ argument: String, range: ClosedRange<Int>) -> String {
        "«\(argument)» is not a pace: give words a minute from \(range.lowerBound) to \(range.upperBound), e.g. /pace 140."
    }

    public let helpTitle = "Actions in the company software and trainer commands"
    public let letterHelpLines: [(command: String, meaning: String)] = [
        (".", "a line of a single dot sends the letter"),
        ("/edit N", "correct line N of the letter"),
        ("/delete N", "delete line N of the letter"),
        ("/show", "show the letter with its line numbers"),
        ("//", "a letter line that starts with «/»"),
    ]
    public let helpLines: [(command: String, meaning: String)] = [
        ("/docs", "look at the documents the visitor handed over"),
        ("/lookup [ACCOUNT|APPLICATION|ADDRESS]", "search the company software (account, application, address)"),
        ("/kb WORDS", "knowledge base: rules, terms, documents, additional services"),
        ("/ticket TYPE [NOTE]", "register a request / appeal / complaint"),
        ("/callback DATE TIME", "schedule a call-back"),
        ("/hold", "put the call on hold"),
        ("/standards", "the Standards' clauses for this scenario"),
        ("/clause ID", "the text of one clause"),
        ("/hint", "the next step not taken yet (practice only)"),
        ("/pace [NUMBER]", "the customer's pace, words a minute (remembered)"),
        ("/end", "end the conversation and get the grade"),
        ("/quit", "put the attempt aside (continue it from the trainer's menu)"),
    ]
    public let standardsTitle = "Standards that apply in this scenario"
    public func clauseUsage(_ ids: [String]) -> String { "Name the clause: /clause \(ids.first ?? "ID")" }
    public func unknownStandard(_ id: String) -> String { "Clause '\(id)' does not apply in this scenario." }

    public func clauseOnRequest(_ id: String) -> String { "The full text of a Standard's clause: /clause \(id)" }
    public let answerTimeNote = "«answered in N s» is the time you yourself took to think and type your last answer; it is no limit. "
        + "Time in /help, /standards, /clause and in the questions after Ctrl-C or Ctrl-D is not counted."
    public func examStep(_ track: String, number: Int, of count: Int) -> String {
        "Exam «\(track)»: scenario \(number) of \(count)"
    }
    public func examDone(passed: Int, of count: Int) -> String {
        "Exam finished: \(passed) of \(count) scenarios passed. HR issues the certificate from the recorded attempts."
    }
    public let summaryTitle = "Attempt summary"
    public let summaryStandard = "Standard"
    public let summaryVerdict = "Verdict"
    public let summaryNote = "Note"
    public func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: "met"
        case .violated: "violated"
        case .missed: "missed"
        case .notApplicable: "not applicable"
        }
    }
    public func severityName(_ severity: Severity) -> String {
        switch severity {
        case .critical: "critical"
        case .major: "major"
        case .minor: "minor"
        }
    }
    public func score(_ score: Int, passed: Bool) -> String {
        "Score: \(score) of 100 — \(passed ? "passed" : "not passed")"
    }
    public let practiseNext = "Practise next"
    public let standardTrends = "Standards: latest results and trend"
    public let moodChangesTitle = "Why the customer's mood changed"
    public func moodChange(_ change: MoodChange) -> String {
        let said = "«\(change.text.replacingOccurrences(of: "\n", with: " "))»"
        return "turn \(change.turn): \(change.from) → \(change.to) — \(change.reason.map { "\($0): " } ?? "")\(said)"
    }
    public let nothingToPractise = "Every Standard met. Keep it up!"

    public func turnReference(_ number: Int) -> String { "turn \(number)" }
    public let reviewTitle = "Conversation review"
    public let reviewLegend = "Under each of your turns: the verdicts it decided; ⚡ — you interrupted the customer. "
        + "The conversation and the model answers are in Ukrainian, the language you speak to the customer."
    public let reviewYou = "You"
    public let reviewNeverShown = "Never shown in the whole conversation:"
    public let reviewModel = "Model answer, in Ukrainian"
    public let reviewTip = "Tip"
    public let afterAttemptPrompt = "r — review the conversation, Enter — back to the menu: "
    public let reviewPrompt = "A turn number — try again from it; !number — disagree with its grading; Enter — back to the menu: "
    public let retryReviewPrompt = "A turn number — try again from it; Enter — back to the attempt's review: "
    public func reviewInvalidTurn(_ count: Int) -> String {
        count == 1 ? "There is one turn: type 1." : "Type a turn number from 1 to \(count)."
    }
    public func retrying(from turn: Int) -> String {
        "Trying again from turn \(turn): the earlier answers are replayed, go on differently."
    }
    public let retryNotRecorded = "This is an exercise: it is not recorded in your progress."
    public let reviewAttemptsTitle = "Review a finished attempt"
    public let reviewAttemptPrompt = "An attempt number to review; Enter — back to the menu: "
    public func reviewAttemptLine(id: Int64, title: String, score: Int?, passed: Bool?) -> String {
        "#\(id) \(title)" + (score.map { " — \($0) of 100" } ?? "") + (passed == true ? " ✓" : "")
    }
    public let disputeNeedsRecordedAttempt = "Only a recorded attempt's verdicts can be disputed, not an exercise's."
    public let disputeNothingToDispute = "This turn decided no verdict."
    public func disputeWhich(_ turn: Int) -> String { "Disagree with the grading of turn \(turn): which verdict?" }
    public let disputeComment = "Why the verdict is wrong (your comment): "
    public func disputeStored(_ id: Int64) -> String { "Dispute #\(id) recorded: a trainer will review it." }
    public let reviewAnswers: Set<String> = ["r", "р", "review"]

    public func progressTitle(_ fullName: String, attempts: Int) -> String {
        "My progress — \(fullName): \(attempts) finished attempt\(attempts == 1 ? "" : "s")"
    }
    public func scenarioProgress(attempts: Int, best: Int, practice: Bool, exam: Bool) -> String {
        "attempts: \(attempts), best score \(best); practice \(practice ? "passed" : "no"), exam \(exam ? "passed" : "no")"
    }
    public let nextScenario = "Next scenario"
    public let trackEligible = "ready for the certificate"
    public func trackMissing(_ scenarios: [String], withinReach: Bool) -> String {
        (withinReach ? "nearly: " : "") + "exam still needed — " + scenarios.joined(separator: "; ")
    }
}
