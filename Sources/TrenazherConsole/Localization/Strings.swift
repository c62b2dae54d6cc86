import Foundation
import TrenazherCore
import TrenazherStore

/// Every piece of interface text the console shows, in one language. The Standards' own texts
/// (clauses, notes) come from `Content/`; these are only the console's words.
public protocol Strings: Sendable {
    /// Whether this is the English table (the core's hints and titles have English variants).
    var isEnglish: Bool { get }

    // MARK: Trainer start and menu
    var appTitle: String { get }
    var whoIsTraining: String { get }
    var registerNew: String { get }
    var askFullName: String { get }
    /// The first-name question; `suggestion` (guessed from the full name, may be empty) is what Enter keeps.
    func askFirstName(suggestion: String) -> String
    var askRole: String { get }
    func alreadyRegistered(_ fullName: String) -> String
    func roleName(_ role: TraineeRole) -> String
    func welcome(_ firstName: String) -> String
    func resumeItem(_ title: String) -> String
    /// The main menu's item when several attempts were interrupted.
    func resumeItemMany(_ count: Int) -> String
    /// Asked when a scenario chosen for practice has an attempt put aside.
    func continueInterruptedQuestion(_ attempt: String) -> String
    /// `/hint`: the next step the trainee has not taken yet.
    func nextStep(_ step: NextStepHint, customerFemale: Bool?) -> String
    /// The question above the list of interrupted attempts.
    var chooseResumable: String { get }
    /// One interrupted attempt in the menus: number, scenario, practice or exam, when it began, answers so far.
    func resumableAttempt(id: Int64, title: String, mode: AttemptMode, started: Date, answers: Int) -> String
    var menuTitle: String { get }
    var menuPractise: String { get }
    var menuExam: String { get }
    var menuProgress: String { get }
    var menuDrill: String { get }
    var noDrills: String { get }
    func drillHeader(_ id: String, title: String) -> String
    func drillSituation(_ scenario: String) -> String
    /// When the Standard just drilled comes back (`days` from now, 0: at the next drill) and its box.
    func drillNext(days: Int, box: Int, of boxes: Int) -> String
    var menuQuit: String { get }
    var choicePrompt: String { get }
    /// The answer to a menu was none of its numbers.
    func invalidChoice(_ numbers: [Int]) -> String
    /// How to take the marked (suggested) item of a menu.
    var enterForSuggested: String { get }
    var emptyAnswer: String { get }
    var suggested: String { get }
    var passedMark: String { get }
    var chooseScenario: String { get }
    var chooseTrack: String { get }
    var noTracks: String { get }
    var back: String { get }
    var goodbye: String { get }

    // MARK: The attempt
    func channelName(_ channel: Channel) -> String
    func modeName(_ mode: AttemptMode) -> String
    func attemptHeader(title: String, channel: Channel, mode: AttemptMode) -> String
    /// The heading of the task card: the scenario's `summary`, shown before every attempt.
    var taskCardTitle: String { get }
    var practiceIntro: String { get }
    var examIntro: String { get }
    /// The opening line of a spoken channel; the visitor's word agrees with the customer's gender.
    func youSpeakFirst(_ channel: Channel, customerFemale: Bool?) -> String
    var writtenIntro: String { get }
    var traineePrompt: String { get }
    var letterPrompt: String { get }
    var customerLabel: String { get }
    /// The customer's label beside their lines, agreeing with their gender where it is known.
    func customerLabel(female: Bool?) -> String
    var systemLabel: String { get }
    func statusLine(date: CalendarDate, clock: String, channel: Channel, mood: String?, customerFemale: Bool?) -> String
    /// The customer waiting while the trainee's action runs: on the line (phone, hotline) or at the desk.
    func holding(seconds: Int, channel: Channel, customerFemale: Bool?) -> String
    func answerTime(seconds: Double) -> String
    var interruptedNote: String { get }
    var leaveQuestion: String { get }
    /// Asked on Ctrl-C or `/quit` in a retry from a reviewed turn: an exercise, nothing of it is kept.
    var leaveExerciseQuestion: String { get }
    /// Asked on Ctrl-D (end of input) during a conversation.
    var finishQuestion: String { get }
    /// Why a software action was not performed.
    func actionProblem(_ problem: ActionArgumentProblem) -> String
    /// `trenazher play`: a transcript's action the console refuses (`action`, as written) was left out, and why.
    func actionNotReplayed(_ action: String, _ problem: ActionArgumentProblem) -> String
    var yesAnswers: Set<String> { get }
    /// The answers that say no to a yes/no question (an empty answer is no too).
    var noAnswers: Set<String> { get }
    /// Said when the answer to a yes/no question is neither.
    var answerYesOrNo: String { get }
    var leftAttempt: String { get }
    /// An exam left before its last scenario: the rest is played by starting the exam again.
    func examStopped(at number: Int, of count: Int) -> String
    /// Said when the trainee leaves a retry (an exercise): there is nothing to continue later.
    var leftExercise: String { get }
    var conversationEnded: String { get }
    func unknownCommand(_ name: String) -> String
    var hintsOnlyInPractice: String { get }
    /// Why an exam cannot start: the answers do not come from a person typing at a terminal.
    var examNeedsTerminal: String { get }
    var hintTitle: String { get }
    func resumed(answers: Int) -> String
    var scenarioChanged: String { get }
    /// One line: the last turn was not saved and why, the turn's text to type again, how to continue.
    func turnNotSaved(_ reason: String, text: String) -> String
    /// One line: the graded end was not saved and why; the attempt can be finished again.
    func resultNotSaved(_ reason: String) -> String
    /// One line: the letter's draft could not be kept (the letter goes on).
    func draftNotSaved(_ reason: String) -> String
    /// A written reply's draft came back after Ctrl-C or a resume.
    var draftRestored: String { get }
    /// A spoken answer half typed when the attempt was interrupted (a killed terminal, Ctrl-C), back at the prompt.
    var lineRestored: String { get }
    /// A tip's example, quoted after the hint: «Наприклад: «…»»; in English labelled as the Ukrainian phrase to say
    /// («For example, say in Ukrainian: «…»»), since the trainee speaks Ukrainian to the customer.
    func tipExample(_ example: String) -> String
    /// The half-typed answer could not be kept; the conversation goes on.
    func lineNotSaved(_ reason: String) -> String
    /// `/edit N`, `/delete N` named no line of the letter.
    func letterLineNumber(_ count: Int) -> String
    /// `/delete N` removed line `number` (its text quoted); `left` lines remain, renumbered.
    func letterLineDeleted(_ number: Int, text: String, left: Int) -> String
    /// `/edit N` changed line `number`.
    func letterLineEdited(_ number: Int) -> String
    /// `/edit N` left line `number` as it was (the same text, Ctrl-C or Ctrl-D).
    func letterLineUnchanged(_ number: Int) -> String
    /// The customer's pace (`nil`: lines shown at once) and the paces `/pace` accepts.
    func paceNow(_ wordsPerMinute: Int?, range: ClosedRange<Int>) -> String
    func paceInvalid(_ argument: String, range: ClosedRange<Int>) -> String

    // MARK: Help and Standards
    var helpTitle: String { get }
    var helpLines: [(command: String, meaning: String)] { get }
    /// `/help` in a letter: the letter editor's own commands, shown before `helpLines`.
    var letterHelpLines: [(command: String, meaning: String)] { get }
    var standardsTitle: String { get }
    func clauseUsage(_ ids: [String]) -> String
    func unknownStandard(_ id: String) -> String

    // MARK: Feedback and summary
    func clauseOnRequest(_ id: String) -> String
    /// What the status line's answer time is, said once under its first showing.
    var answerTimeNote: String { get }
    func examStep(_ track: String, number: Int, of count: Int) -> String
    func examDone(passed: Int, of count: Int) -> String
    var summaryTitle: String { get }
    var summaryStandard: String { get }
    var summaryVerdict: String { get }
    var summaryNote: String { get }
    func verdictName(_ verdict: Verdict) -> String
    /// How much a Standard matters, in words.
    func severityName(_ severity: Severity) -> String
    func score(_ score: Int, passed: Bool) -> String
    var practiseNext: String { get }
    /// The heading of the Standards' latest results and trends in «Мій прогрес».
    var standardTrends: String { get }
    /// Under the summary: how the customer's mood moved and which turn moved it.
    var moodChangesTitle: String { get }
    func moodChange(_ change: MoodChange) -> String
    var nothingToPractise: String { get }
    // MARK: After-action review
    /// «репліка 2»: a trainee turn by its number.
    func turnReference(_ number: Int) -> String
    var reviewTitle: String { get }
    var reviewLegend: String { get }
    var reviewYou: String { get }
    var reviewNeverShown: String { get }
    var reviewModel: String { get }
    /// Under a failed Standard kept throughout the conversation, before its tip (no model turn shows it).
    var reviewTip: String { get }
    /// After a practice attempt: how to open the review.
    var afterAttemptPrompt: String { get }
    /// Under the review: how to retry from a turn.
    var reviewPrompt: String { get }
    /// The prompt under a retry's review: Enter returns to the review the retry was started from.
    var retryReviewPrompt: String { get }
    func reviewInvalidTurn(_ count: Int) -> String
    func retrying(from turn: Int) -> String
    var retryNotRecorded: String { get }
    var reviewAttemptsTitle: String { get }
    var reviewAttemptPrompt: String { get }
    func reviewAttemptLine(id: Int64, title: String, score: Int?, passed: Bool?) -> String
    var disputeNeedsRecordedAttempt: String { get }
    var disputeNothingToDispute: String { get }
    func disputeWhich(_ turn: Int) -> String
    var disputeComment: String { get }
    func disputeStored(_ id: Int64) -> String
    /// Answers that open the review.
    var reviewAnswers: Set<String> { get }

    // MARK: Progress
    func progressTitle(_ fullName: String, attempts: Int) -> String
    func scenarioProgress(attempts: Int, best: Int, practice: Bool, exam: Bool) -> String
    var nextScenario: String { get }
    var trackEligible: String { get }
    func trackMissing(_ scenarios: [String], withinReach: Bool) -> String
}

/// The interface languages.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case uk, en

    /// The table of interface strings for this language.
    public var strings: any Strings {
        switch self {
        case .uk: UkrainianStrings()
        case .en: EnglishStrings()
        }
    }
}
