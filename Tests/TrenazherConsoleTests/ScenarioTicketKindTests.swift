import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// A scenario whose `actions.ticket` declares the kind of its one request (`kind: претензія`) registers
/// it under that kind only: `/ticket перерахунок` (no kind the software knows) or `/ticket заява` (a kind
/// this case does not file) is answered in one line listing the kind the software offers, and nothing is
/// registered — the request is never filed as what it is not.
struct ScenarioTicketKindTests {
    /// The bundled scenarios with a fixed request, each with the kind it declares.
    static func declared() throws -> [(Scenario, String)] {
        try Fixtures.resources().1.scenarios.compactMap { scenario in
            guard let ticket = scenario.actions["ticket"] else { return nil }
            return (scenario, try #require(ticket.kind, "\(scenario.id): actions.ticket declares no kind"))
        }
    }

    @Test func everyFixedRequestDeclaresAKindOfContent() throws {
        let kinds = Fixtures.wording.ticketKinds.map(\.kind)
        let declared = try Self.declared()
        #expect(declared.count == 6)
        for (scenario, kind) in declared {
            #expect(kinds.contains(kind), "\(scenario.id): «\(kind)» is no kind of Content/console.yaml")
        }
    }

    @Test func anUnknownOrAnotherKindIsRefusedListingTheKindOffered() throws {
        let strings = UkrainianStrings()
        for (scenario, kind) in try Self.declared() {
            let check = ActionArgumentCheck(wording: Fixtures.wording, scenario: scenario)
            func problem(_ line: String) throws -> ActionArgumentProblem? { check.problem(with: try #require(TraineeAction(line: line))) }
            #expect(try problem("/ticket перерахунок після заміни лічильника") == .ticketUnknownKind("перерахунок", [kind]), "\(scenario.id)")
            #expect(try problem("/ticket") == .ticketNeedsKind([kind]), "\(scenario.id)")
            for other in Fixtures.wording.ticketKinds where other.kind != kind {
                let word = String(other.kind.split(separator: " ").first ?? "")
                let refused = try problem("/ticket \(word) примітка")
                #expect(refused == .ticketKindNotOffered(word, [kind]), "\(scenario.id): /ticket \(word)")
                if let refused {
                    let message = strings.actionProblem(refused)
                    #expect(message.hasSuffix("Можна: \(kind).") && !message.contains("\n"), "\(message)")
                }
            }
            for form in Fixtures.wording.ticketKinds.first(where: { $0.kind == kind })?.forms ?? [] {
                #expect(try problem("/ticket \(form.uppercased()) примітка") == nil, "\(scenario.id): /ticket \(form)")
            }
        }
        // A scenario without a fixed request still registers every kind of Content.
        let (_, open) = try Fixtures.scenario("hotline-account-no-id")
        let check = ActionArgumentCheck(wording: Fixtures.wording, scenario: open)
        #expect(check.problem(with: try #require(TraineeAction(line: "/ticket скарга"))) == nil)
    }

    /// `kind` belongs to `/ticket` only: `scenarios check` points at it under another action.
    @Test func onlyTheTicketHasAKind() throws {
        let (content, _) = try Fixtures.resources()
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Scenarios/phone-callback.yaml"), encoding: .utf8)
        let (own, fine) = ScenarioLibrary.load(text: text, file: "phone-callback.yaml", content: content)
        #expect(own?.actions["ticket"]?.kind == "звернення" && fine.isEmpty)
        let misplaced = text.replacingOccurrences(of: "  callback:\n    shows:", with: "  callback:\n    kind: звернення\n    shows:")
        #expect(misplaced != text)
        let (_, diagnostics) = ScenarioLibrary.load(text: misplaced, file: "phone-callback.yaml", content: content)
        #expect(diagnostics.contains { $0.message.contains("only the action 'ticket' has a 'kind'") })
    }

    /// What each scenario's own file tells the trainee to type (`/ticket претензія …`) is accepted there.
    @Test func whatAScenarioTellsTheTraineeToTypeIsAccepted() throws {
        var mentions = 0
        for (scenario, _) in try Self.declared() {
            let check = ActionArgumentCheck(wording: Fixtures.wording, scenario: scenario)
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Scenarios/\(scenario.id).yaml"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                var rest = Substring(line)
                while let range = rest.range(of: "/ticket ") {
                    rest = rest[range.upperBound...]
                    let command = "/ticket " + rest.prefix { $0 != ")" && $0 != "," && $0 != "`" }
                    mentions += 1
                    #expect(check.problem(with: try #require(TraineeAction(line: command))) == nil, "\(scenario.id): \(command)")
                }
            }
        }
        #expect(mentions > 40, "the scenarios' summaries and examples name their /ticket")
    }

    @Test func theConsoleRegistersNothingUnderAnotherKind() throws {
        let played = try PlayedSession.play("phone-callback", [
            .line("Добрий день, центр обслуговування клієнтів, мене звати Олена."),
            .line("/ticket перерахунок"),
            .retyped("/ticket заява перерахунок"),
            .end,
        ])
        #expect(played.recording.inputs.count == 1, "a refused /ticket is not recorded")
        #expect(played.output.contains("Невідомий тип «перерахунок»") && played.output.contains("Можна: звернення."))
        #expect(played.output.contains("Тип «заява» у цій справі програма не реєструє. Можна: звернення."))
        #expect(!played.output.contains("Зареєстровано"))
        let english = try PlayedSession.play("hotline-bill-dispute", language: .en, [
            .line("Добрий день, мене звати Олена."),
            .line("/ticket скарга"),
            .end,
        ])
        #expect(english.output.contains("The software registers no «скарга» in this case. Known: претензія."))
        #expect(!english.output.contains("Зареєстровано претензію"))
    }
}
