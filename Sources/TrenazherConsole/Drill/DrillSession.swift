import Foundation
import TrenazherCore
import TrenazherStore

/// A drill in the trainer: the first Standard of the spaced-repetition order (`DrillSchedule.order`)
/// that has a drill, one of its drills in turn; the situation is shown, the trainee says one turn,
/// the verdict, its note and the model follow. The trainer records the result in the schedule.
final class DrillSession {
    private let content: ContentBundle
    private let library: ScenarioLibrary
    private let reader: any LineReader
    private let screen: Screen
    /// Tells a customer's gender by their name («Клієнтка: …»).
    private let wording: ConsoleWording
    /// The channels of the trainee's work: drills are moments of their scenarios only.
    private let channels: Set<Channel>
    /// The check examples of `Content/checks/`, loaded when first needed (`checkExamples`).
    private var sets: [CheckExampleSet]?
    /// Each Standard's drills, made once.
    private var made: [String: [Drill]] = [:]
    /// The scenarios' engines, made once for all the Standards drilled in the session.
    private let engines = DrillEngines()
    /// The trainee's first name: the exemplary conversations are replayed under it (`Drill.drills`).
    private let traineeName: String?

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }

    init(content: ContentBundle, library: ScenarioLibrary, reader: any LineReader, screen: Screen,
         wording: ConsoleWording = ConsoleWording(), role: TraineeRole? = nil, traineeName: String? = nil) {
        self.wording = wording
        self.traineeName = traineeName
        channels = role.map(ScenarioSuggestion.channels(of:)) ?? Set(Channel.allCases)
        self.content = content
        self.library = library
        self.reader = reader
        self.screen = screen
    }

    /// The Standards a trainee in `role` may drill: those of the role's channels, in catalogue order.
    static func candidates(role: TraineeRole, content: ContentBundle) -> [String] {
        ScenarioSuggestion.standards(of: role, content: content)
    }

    /// The check examples, read the first time a Standard has no drill in the exemplary conversations.
    private func checkExamples() -> [CheckExampleSet] {
        if let sets { return sets }
        let loaded = CheckExampleSet.loadAll(from: content.directory.appendingPathComponent("checks"), content: content).0
        sets = loaded
        return loaded
    }

    /// The drills of a Standard.
    private func drills(for id: String) -> [Drill] {
        if let known = made[id] { return known }
        let drills = Drill.drills(for: id, sets: checkExamples(), library: library, content: content, channels: channels,
                                  traineeName: traineeName, engines: engines)
        made[id] = drills
        return drills
    }

    /// Plays one drill of the first Standard in `order` that has one (`round` picks which of its
    /// drills); returns the Standard and whether it was met, or `nil` when nothing was answered.
    func run(order: [String], round: Int) -> (standardID: String, met: Bool)? {
        for id in order {
            let drills = drills(for: id)
            guard !drills.isEmpty else { continue }
            return play(drills[round % drills.count]).map { (id, $0) }
        }
        screen.paragraph(strings.noDrills, style: palette.faint)
        return nil
    }

    /// When the Standard just drilled comes back, and its box.
    func showNext(_ standing: DrillSchedule.Standing, at date: Date, boxes: Int) {
        let days = standing.due.map { Int((($0.timeIntervalSince(date)) / 86_400).rounded()) } ?? 0
        screen.paragraph(strings.drillNext(days: max(0, days), box: standing.box + 1, of: boxes), style: palette.faint)
    }

    /// Shows the situation, reads the answer and judges it; whether the Standard was met.
    private func play(_ drill: Drill) -> Bool? {
        let standard = content.standard(drill.standardID)
        screen.blank()
        screen.paragraph(strings.drillHeader(drill.standardID, title: standard?.title(english: strings.isEnglish) ?? ""),
                         style: palette.strong)
        if let summary = standard?.summary(english: strings.isEnglish) { screen.paragraph(summary, indent: "  ", style: palette.faint) }
        screen.paragraph(strings.drillSituation(drill.scenario.title(english: strings.isEnglish)), style: palette.faint)
        let customer = strings.customerLabel(female: wording.isFemale(fullName: drill.scenario.persona.name))
        for turn in drill.situation(content: content) {
            let text = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch turn.speaker {
            case .customer: screen.paragraph("\(customer): \(text)", style: palette.customer)
            case .trainee: screen.paragraph(strings.traineePrompt + text, style: palette.faint)
            case .system: screen.systemBlock(text)
            }
        }
        guard case .line(let answer) = reader.readLine(prompt: strings.traineePrompt, typedAhead: ""),
              !answer.trimmingCharacters(in: .whitespaces).isEmpty,
              let verdict = drill.judge(answer, content: content) else { return nil }
        let good = verdict.verdict == .met
        var note = FeedbackRendering.explanation(verdict.id, verdict.verdict, note: verdict.note, content: content,
                                                 english: strings.isEnglish)
        if let evidence = verdict.evidence, !evidence.isEmpty { note += " «\(evidence)»" }
        screen.paragraph("\(good ? "✓" : "✗") \(verdict.id) \(strings.verdictName(verdict.verdict)) — \(note)",
                         style: good ? palette.good : palette.bad)
        screen.paragraph("\(strings.reviewModel): «\(drill.model)»", indent: "  ", style: palette.faint)
        return good
    }
}
