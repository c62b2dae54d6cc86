import Foundation
import Testing
import TrenazherConsole
import TrenazherCore

/// Under `--lang en` the customer's mood is English wherever the console shows it: a persona's mood
/// written as free Ukrainian text has its `mood_en`, a word of a scenario's own scale is named in
/// `Content/mood.yaml` (`scale`, `words`), and a mood named nowhere falls back to its first word's
/// English name, else to the mood as written.
struct EnglishMoodTests {
    /// The mood the lead saw in Ukrainian: «спокійна, трохи розгублена» on the status line of visit-contact-update.
    @Test func theStatusLineShowsAFreeTextMoodInEnglish() throws {
        let played = try PlayedSession.play("visit-contact-update", language: .en, [.end])
        #expect(played.output.contains("customer's mood: calm, a little confused"))
        #expect(!played.output.contains("спокійна"))
        let upset = try PlayedSession.play("visit-name-change", language: .en, [.end])
        #expect(upset.output.contains("customer's mood: upset, a little confused"))
        let furious = try PlayedSession.play("visit-difficult-visitor", language: .en, [.end])
        #expect(furious.output.contains("customer's mood: furious"))
        let ukrainian = try PlayedSession.play("visit-contact-update", [.end])
        #expect(ukrainian.output.contains("клієнтка: спокійна, трохи розгублена"))
    }

    /// Every mood a bundled customer starts in or reaches has an English name: no Cyrillic is left.
    @Test func everyBundledMoodHasAnEnglishName() throws {
        let (content, library) = try Fixtures.resources()
        let moods = try #require(content.moodDefaults)
        for scenario in library.scenarios {
            var reachable = (scenario.mood?.scale ?? []) + [scenario.mood?.start, scenario.persona.mood].compactMap { $0 }
            if scenario.mood == nil, let rules = moods.rules(startingFrom: scenario.persona.mood) { reachable += rules.scale }
            for mood in reachable {
                let english = moods.english(mood, persona: scenario.persona)
                #expect(!english.contains(where: { ("а"..."я").contains(String($0).lowercased()) || "іїєґ".contains($0) }),
                        "\(scenario.id): «\(mood)» is «\(english)» in English")
            }
        }
    }

    @Test func aMoodNamedNowhereFallsBackSensibly() throws {
        let moods = try #require(Fixtures.resources().0.moodDefaults)
        var persona = try Fixtures.scenario("visit-contact-update").1.persona
        persona.moodEnglish = "calm, slightly lost"
        #expect(moods.english("спокійна, трохи розгублена", persona: persona) == "calm, slightly lost")
        #expect(moods.english("стримана", persona: persona) == "reserved", "a later mood of the scale is the scale's word")
        #expect(moods.english("спокійна, трохи розгублена") == "calm", "without mood_en: the first word's English name")
        #expect(moods.english("Розлючений") == "furious")
        #expect(moods.english("весела, балакуча") == "весела, балакуча", "a mood named nowhere stays as written")
    }
}
