import Foundation

extension Scenario {
    /// This scenario version with variant `index`'s values (0: the file's own), read from the kept file text
    /// exactly as the file's own values are, so every fact, answer, claim, record and check uses them.
    /// Throws the first problem when that variant does not load (`scenarios check` reports them all).
    public func variant(_ index: Int, content: ContentBundle) throws -> Scenario {
        if index == variantIndex, seed == nil { return self }
        let file = sourceFile.map(ScenarioLibrary.displayPath) ?? "\(id)@\(sourceHash.prefix(12))"
        let log = DiagnosticLog()
        let mentions = MentionExtractor(lexicon: content.time, today: CalendarDate(year: 2026, month: 11, day: 25))
        let blocks = ScenarioLoader.parseBlocks(content.blocks, log: log)
        guard let loaded = ScenarioLoader(content: content, log: log, mentions: mentions, blocks: blocks)
            .load(text: sourceText, file: file, url: sourceFile, variant: index) else {
            throw log.entries.first ?? Diagnostic(file: file, line: 1, column: 1, message: "variant \(index) does not load",
                                                  ukrainian: "варіант \(index) не завантажується")
        }
        return loaded
    }

    /// This scenario version with the variant `seed` draws (`VariantDraw`), the seed kept with it.
    public func drawn(seed: Int64, content: ContentBundle) throws -> Scenario {
        var drawn = try variant(VariantDraw.index(seed: seed, version: sourceHash, alternatives: variants.count), content: content)
        drawn.seed = seed
        return drawn
    }

    /// The scenario an attempt was played on: the variant its recorded seed draws, or the file's own values
    /// when it has no seed.
    public func played(seed: Int64?, content: ContentBundle) throws -> Scenario {
        guard let seed else { return try variant(0, content: content) }
        return try drawn(seed: seed, content: content)
    }

    /// The index of the variant with this name or number (`0` is the file's own values).
    public func variantIndex(named name: String) -> Int? {
        if let index = variants.firstIndex(where: { $0.name == name }) { return index + 1 }
        if let number = Int(name), (0...variants.count).contains(number) { return number }
        return nil
    }
}
