import Foundation
import TrenazherCore
import TrenazherStore

/// The after-action review in the trainer: shows the review of a graded attempt, then reads what the
/// trainee wants: a turn number retries from that turn (the inputs before it replayed through the
/// pure engine; an exercise, not recorded, whose own review follows), «!N» disputes a verdict of
/// turn N (stored for trainers), Enter goes back.
final class ReviewSession {
    /// What the trainee asked for under the review.
    enum Request: Equatable {
        case retry(Int)
        case dispute(Int)
        case done
    }

    private let scenario: Scenario
    private let content: ContentBundle
    /// The scenario's model answers, computed in the background.
    private let models: Preloaded<ModelAnswers>
    private let trainee: Trainee
    private let records: any TrainingRecords
    private let reader: any LineReader
    private let screen: Screen
    /// The console's wording: the Standards kept throughout (a tip, not a model turn) and the customer's gender.
    private let wording: ConsoleWording
    /// Plays a retry: the inputs before the turn, and the turn's number.
    private let retry: ([TraineeInput], Int) throws -> AttemptOutcome

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }

    init(scenario: Scenario, content: ContentBundle, models: Preloaded<ModelAnswers>, trainee: Trainee,
         records: any TrainingRecords,
         reader: any LineReader, screen: Screen, wording: ConsoleWording = ConsoleWording(), retry: @escaping ([TraineeInput], Int) throws -> AttemptOutcome) {
        self.scenario = scenario
        self.content = content
        self.models = models
        self.trainee = trainee
        self.records = records
        self.reader = reader
        self.screen = screen
        self.wording = wording
        self.retry = retry
    }

    /// Reviews `result`; `attemptID` is its recorded attempt (`nil` for a retry, which cannot be disputed).
    func run(_ result: AttemptResult, attemptID: Int64?) throws {
        var result = result
        var attemptID = attemptID
        // While a retry's review is shown: the review it was started from, which Enter brings back.
        var original: (result: AttemptResult, attemptID: Int64?)?
        let models = try self.models.get()
        while true {
            screen.blank()
            screen.lines(ReviewRendering.lines(for: result, scenario: scenario, content: content, models: models,
                                               palette: palette, strings: strings, width: screen.sink.columns,
                                               throughout: wording.hintOrder.throughout,
                                               customerFemale: wording.isFemale(fullName: scenario.persona.name)))
            let inputs = ReviewRendering.inputs(result)
            var request = Request.done
            repeat {
                request = inputs.isEmpty ? .done : ask(count: inputs.count, prompt: original == nil ? strings.reviewPrompt : strings.retryReviewPrompt)
                if case .dispute(let number) = request {
                    try dispute(turn: number, of: result, attemptID: attemptID)
                }
            } while request != .done && !(request.isRetry)
            guard case .retry(let turn) = request else {
                // Leaving a retry's review brings back the review it was started from.
                guard let back = original else { return }
                (result, attemptID) = back
                original = nil
                continue
            }
            // A retry left unfinished brings back the review it was started from.
            if case .finished(let retried) = try retry(Array(inputs.prefix(turn - 1)), turn) {
                original = original ?? (result, attemptID)
                result = retried
                attemptID = nil
            }
        }
    }

    /// Reads a request; Enter, Ctrl-C and the end of input are `.done`.
    private func ask(count: Int, prompt: String) -> Request {
        while true {
            screen.blank()
            guard case .line(let answer) = reader.readLine(prompt: prompt, typedAhead: "") else { return .done }
            let trimmed = answer.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .done }
            let disputes = trimmed.hasPrefix("!")
            let digits = disputes ? String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) : trimmed
            if let number = Int(digits), (1...count).contains(number) {
                return disputes ? .dispute(number) : .retry(number)
            }
            screen.paragraph(strings.reviewInvalidTurn(count), style: palette.faint)
        }
    }

    /// «Не згоден з оцінкою»: which verdict of turn `number` (or a Standard never shown), and why.
    private func dispute(turn number: Int, of result: AttemptResult, attemptID: Int64?) throws {
        guard let attemptID else {
            screen.paragraph(strings.disputeNeedsRecordedAttempt, style: palette.faint)
            return
        }
        let turns = ReviewRendering.traineeTurns(result)
        guard turns.indices.contains(number - 1) else { return }
        let turn = turns[number - 1]
        let decided = result.standards.filter { $0.turn == turn.index && $0.verdict != .notApplicable }
        let missed = result.standards.filter { $0.verdict == .missed }
        let candidates = decided + missed
        guard !candidates.isEmpty else {
            screen.paragraph(strings.disputeNothingToDispute, style: palette.faint)
            return
        }
        let menu = ChoiceMenu(reader: reader, screen: screen)
        let labels = candidates.map { "\($0.id) — \(strings.verdictName($0.verdict))" }
        guard let choice = menu.choose(strings.disputeWhich(number), labels),
              let comment = menu.ask(strings.disputeComment) else { return }
        let verdict = candidates[choice]
        let stored = try records.recordDispute(Dispute(
            attemptID: attemptID, traineeID: trainee.id, scenarioID: scenario.id, turnNumber: number,
            turnText: turn.text, standardID: verdict.id, verdict: verdict.verdict, comment: comment))
        screen.paragraph(strings.disputeStored(stored.id), style: palette.good)
    }
}

private extension ReviewSession.Request {
    var isRetry: Bool {
        if case .retry = self { return true }
        return false
    }
}
