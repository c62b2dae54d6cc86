import ArgumentParser
import Foundation
import TrenazherConsole
import TrenazherCore
import TrenazherStore

/// `trenazher disputes [list]` and `trenazher disputes example N --verdict V`: trainees' disagreements
/// with a verdict, for trainers; one becomes a check example in `Content/checks/ID.yaml`.
struct DisputesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disputes",
        abstract: Language.text("Заперечення працівників щодо оцінок: переглянути, перетворити на приклад перевірки.", "Trainees' disputes of verdicts: list them, turn one into a check example."),
        subcommands: [List.self, Example.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Language.text("Перелік заперечень із командою, що робить з них приклад.", "List the disputes with the command that makes each an example."))

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let say = Say(english: options.english)
            let store = try StoreAccess.open(options)
            let disputes = try StoreAccess.attempt { try store.disputes() }
            guard !disputes.isEmpty else {
                Output.print(say("Заперечень немає.", "No disputes."))
                return
            }
            let names = Dictionary(uniqueKeysWithValues: try store.trainees().map { ($0.id, $0.fullName) })
            let examples = Self.checkFiles(options)
            for dispute in disputes {
                let who = names[dispute.traineeID] ?? "#\(dispute.traineeID)"
                let verdict = ReportWording(english: options.english).verdict(dispute.verdict)
                Output.print(say("№\(dispute.id) · \(who) · \(dispute.scenarioID), спроба #\(dispute.attemptID), репліка \(dispute.turnNumber) · \(dispute.standardID): \(verdict)",
                                 "#\(dispute.id) · \(who) · \(dispute.scenarioID), attempt #\(dispute.attemptID), turn \(dispute.turnNumber) · \(dispute.standardID): \(verdict)"))
                Output.print("    «\(dispute.turnText.replacingOccurrences(of: "\n", with: " / "))»")
                Output.print(say("    Коментар: ", "    Comment: ") + dispute.comment)
                if let done = examples.first(where: { DisputeExample.holds(dispute: dispute.id, in: $0.text) }) {
                    Output.print(say("    ✓ Готово: приклад у checks/\(done.name)", "    ✓ Done: an example in checks/\(done.name)"))
                } else {
                    Output.print(say("    Зробити прикладом: ", "    Make it an example: ")
                                 + "trenazher disputes example \(dispute.id) --verdict met|violated|missed" + options.resourceArguments)
                }
            }
        }

        /// The check files of Content/ (name and text): a dispute an example was made from is done.
        static func checkFiles(_ options: GlobalOptions) -> [(name: String, text: String)] {
            guard let paths = try? ResourceLocator.locate(content: options.content, scenarios: options.scenarios) else { return [] }
            let folder = paths.content.appendingPathComponent("checks")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            return names.compactMap { name in
                (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
            }
        }
    }

    struct Example: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "example",
            abstract: Language.text("Додати розмову до репліки, що вирішила спірну оцінку, як правильний приклад у Content/checks/ID.yaml.", "Add the conversation through the turn that decided the disputed verdict as a correct example to Content/checks/ID.yaml."))

        @OptionGroup var options: GlobalOptions
        @Argument(help: Language.help("Номер заперечення (trenazher disputes).", "The dispute's number (trenazher disputes).")) var number: Int64
        @Option(name: .long, help: Language.help("Правильний вердикт: met, violated або missed.", "The correct verdict: met, violated or missed.")) var verdict: Verdict

        func run() throws {
            let say = Say(english: options.english)
            let world = try options.loadWorld()
            let store = try StoreAccess.open(options)
            guard let dispute = try StoreAccess.attempt({ try store.dispute(id: number) }) else {
                throw CommandFailure(say("немає заперечення №\(number); див. trenazher disputes",
                                         "no dispute #\(number); see trenazher disputes"), code: 2)
            }
            guard verdict != .notApplicable else {
                throw CommandFailure(say("--verdict: met, violated або missed", "--verdict: met, violated or missed"), code: 2)
            }
            let inputs = Array(try StoreAccess.attempt { try store.inputs(attemptID: dispute.attemptID) })
            let scenario = world.library.scenario(id: dispute.scenarioID)
            let channel = scenario?.channel ?? .hotline
            let trainee = try StoreAccess.attempt { try store.trainees() }.first { $0.id == dispute.traineeID }?.firstName ?? "Олена"
            let upTo = scenario.map {
                DisputeExample.inputsDeciding(dispute.standardID, verdict: dispute.verdict, through: dispute.turnNumber, of: inputs,
                                              engine: DialogueEngine(scenario: $0, content: world.content, traineeName: trainee))
            } ?? Self.inputsThrough(turn: dispute.turnNumber, of: inputs)
            let folder = world.paths.content.appendingPathComponent("checks")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(dispute.standardID + ".") }
            var existing: [String: String] = [:]
            for name in names { existing[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
            guard existing["\(dispute.standardID).yaml"] != nil else {
                throw CommandFailure(say("\(folder.path)/\(dispute.standardID).yaml: немає такого файла перевірки",
                                         "\(folder.path)/\(dispute.standardID).yaml: no such check file"), code: 2)
            }
            if let done = existing.first(where: { DisputeExample.holds(dispute: dispute.id, in: $0.value) }) {
                Output.print(say("Заперечення №\(dispute.id) вже є прикладом у \(folder.appendingPathComponent(done.key).path): нічого не додано.",
                                 "Dispute #\(dispute.id) is already an example in \(folder.appendingPathComponent(done.key).path): nothing added."))
                return
            }
            let destination = DisputeExample.destination(standard: dispute.standardID, scenario: dispute.scenarioID, trainee: trainee, existing: existing)
            let file = folder.appendingPathComponent(destination.fileName)
            let yaml = destination.header ?? existing[destination.fileName] ?? ""
            let comment = DisputeExample.comment(dispute: dispute.id, scenario: dispute.scenarioID, text: dispute.comment)
            let updated = DisputeExample.adding(DisputeExample.transcript(upTo, channel: channel), verdict: verdict,
                                                comment: comment, to: yaml)
            do {
                try updated.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("\(file.path): \(error.localizedDescription)", code: 1)
            }
            let check = "trenazher content check" + options.resourceArguments
            Output.print(say("Приклад додано до \(file.path) (грає в сценарії \(dispute.scenarioID)). Перевірте: \(check)",
                             "Example added to \(file.path) (played in \(dispute.scenarioID)). Check it: \(check)"))
        }

        /// The inputs up to and including the trainee's `turn`-th turn.
        static func inputsThrough(turn: Int, of inputs: [TraineeInput]) -> [TraineeInput] {
            Array(inputs.prefix(max(0, turn)))
        }
    }
}

extension Verdict: ExpressibleByArgument {}
