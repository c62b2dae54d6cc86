/// One alternative set of a scenario's values (`variants:` in the file): other facts, another date, time
/// of the call, or another opening (the customer's questions in another order). Variant 0 is the file's
/// own values; variants 1…n are the entries of `variants`, in file order.
public struct ScenarioVariant: Sendable, Hashable {
    /// The variant's name (its number when the file gives none); variant 0 is named `0`.
    public var name: String
    /// The facts this variant gives another value, by name.
    public var facts: [String: String]
    /// The other top-level keys it replaces (`date`, `clock`, `received`, `opening`).
    public var replaces: [String]
    /// Where the variant is written.
    public var location: SourceLocation

    public init(name: String, facts: [String: String], replaces: [String], location: SourceLocation) {
        self.name = name
        self.facts = facts
        self.replaces = replaces
        self.location = location
    }
}

/// Which variant a seed draws: a pure function of the scenario version (the file's hash) and the seed,
/// so an attempt replays exactly from its recorded seed. A seed draws among the alternatives
/// (variants 1…n), never the file's own values that the practice uses; consecutive seeds draw different
/// variants.
public enum VariantDraw {
    /// The index of the variant `seed` draws for a scenario version with `alternatives` variants besides
    /// the file's own (0 when there are none).
    public static func index(seed: Int64, version: String, alternatives: Int) -> Int {
        guard alternatives > 0 else { return 0 }
        let offset = UInt64(version.prefix(16), radix: 16) ?? 0
        let mixed = UInt64(bitPattern: seed) &+ offset
        return 1 + Int(mixed % UInt64(alternatives))
    }

    /// A fresh seed for an exam (never negative, so it prints and parses as given).
    public static func freshSeed() -> Int64 {
        Int64.random(in: 0...Int64.max)
    }

    /// A fresh seed that draws another variant than `avoiding` (the variant of the trainee's previous
    /// exam at this scenario), when the scenario has more than one alternative.
    public static func freshSeed(version: String, alternatives: Int, avoiding previous: Int?) -> Int64 {
        var seed = freshSeed()
        guard let previous, alternatives > 1 else { return seed }
        while index(seed: seed, version: version, alternatives: alternatives) == previous { seed = freshSeed() }
        return seed
    }
}
