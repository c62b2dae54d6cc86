import Foundation
import TrenazherCore
import TrenazherStore

/// A drill in the trainer: the trainee's weakest Standard (the first of «Що потренувати далі», else
/// the first Standard of the trainee's channels) that has a drill, one of its drills in turn; the
/// situation is shown, the trainee says one turn, the verdict, its note and the model follow. Drills
/// are exercises: not recorded.
final class DrillSession {
    private let content: ContentBundle
    private let library: ScenarioLibrary
    private let reader: any LineReader
    private let screen: Screen
    /// The check examples of `Content/checks/`, loaded at the first drill.
    private var sets: [CheckExampleSet]?

    private var strings: any Strings { screen.strings }
    private var palette: Palette { screen.palette }

    init(content: ContentBundle, library: ScenarioLibrary, reader: any LineReader, screen: Screen) {
        self.content = content
        self.library = library
        self.reader = reader
        self.screen = screen
    }

    /// The Standards to drill, weakest first.
    static func candidates(weakest: [String], role: TraineeRole, content: ContentBundle) -> [String] {
        let channels = ScenarioSuggestion.channels(of: role)
        let own = content.catalogue.filter { !Set($0.channels).isDisjoint(with: channels) }.map(\.id)
        return weakest + own.filter { !weakest.contains($0) }
    }

    /// Plays one drill; `round` picks which of the Standard's drills (it moves on each time).
    func run(weakest: [String], role: TraineeRole, round: Int) {
        let sets = self.sets ?? CheckExampleSet.loadAll(from: content.directory.appendingPathComponent("checks"), content: content).0
        self.sets = sets
        for id in Self.candidates(weakest: weakest, role: role, content: content) {
            let drills = Drill.drills(for: id, sets: sets, library: library, content: content)
            guard !drills.isEmpty else { continue }
            play(drills[round % drills.count])
            return
        }
        screen.paragraph(strings.noDrills, style: palette.faint)
    }

    private func play(_ drill: Drill) {
        let standard = content.standard(drill.standardID)
        screen.blank()
        screen.paragraph(strings.drillHeader(drill.standardID, title: standard?.title(english: strings.isEnglish) ?? ""),
                         style: palette.strong)
        if let requirement = standard?.requirement { screen.paragraph(requirement, indent: "  ", style: palette.faint) }
        screen.paragraph(strings.drillSituation(drill.scenario.title), style: palette.faint)
        for turn in drill.situation(content: content) {
            let text = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch turn.speaker {
            case .customer: screen.paragraph("\(strings.customerLabel): \(text)", style: palette.customer)
            case .trainee: screen.paragraph(strings.traineePrompt + text, style: palette.faint)
            case .system: screen.systemBlock(text)
            }
        }
        guard case .line(let answer) = reader.readLine(prompt: strings.traineePrompt, typedAhead: ""),
              !answer.trimmingCharacters(in: .whitespaces).isEmpty,
              let verdict = drill.judge(answer, content: content) else { return }
        let good = verdict.verdict == .met
        var note = FeedbackRendering.explanation(verdict.id, verdict.verdict, note: verdict.note, content: content,
                                                 english: strings.isEnglish)
        if let evidence = verdict.evidence, !evidence.isEmpty { note += " «\(evidence)»" }
        screen.paragraph("\(good ? "✓" : "✗") \(verdict.id) \(strings.verdictName(verdict.verdict)) — \(note)",
                         style: good ? palette.good : palette.bad)
        screen.paragraph("\(strings.reviewModel): «\(drill.model)»", indent: "  ", style: palette.faint)
        screen.paragraph(strings.drillNotRecorded, style: palette.faint)
    }
}
