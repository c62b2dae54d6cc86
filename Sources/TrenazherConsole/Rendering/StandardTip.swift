import TrenazherCore

/// A Standard's tip as the console shows it (`/hint`, the summary's «що потренувати»): the hint in the
/// interface language and, for a Standard whose hint takes an example (`hint_example`), the example
/// from the scenario played — what its exemplary conversation said for that Standard
/// (`ModelAnswers.examples`) — or Content's when the scenario has none.
public enum StandardTip {
    /// The tip for `standard`; `examples` are the scenario's (Standard ID → sentence).
    public static func text(_ standard: StandardDefinition, examples: [String: String], strings: any Strings) -> String {
        let english = strings.isEnglish
        let hint = english && !standard.hintEN.isEmpty ? standard.hintEN : (standard.hint.isEmpty ? standard.requirement : standard.hint)
        guard !standard.hintExample.isEmpty else { return hint }
        let example = examples[standard.id].flatMap { $0.isEmpty ? nil : $0 } ?? standard.hintExample
        return hint + " " + strings.tipExample(example)
    }

    /// Whether any of `ids` has a tip that takes its example from the scenario (worth computing the
    /// scenario's model answers for).
    public static func needsExamples(_ ids: [String], content: ContentBundle) -> Bool {
        ids.contains { content.standard($0)?.hintExample.isEmpty == false }
    }
}
