/// A term definition of a JSON-LD active context (JSON-LD 1.1 Processing Algorithms, §4.1).
struct JSONLDTermDefinition: Equatable, Sendable {
    /// The IRI or keyword the term stands for; `nil` for a term mapped to `null` (explicitly undefined).
    var iri: String?
    /// Whether the term may be used as the prefix of a compact IRI.
    var prefix = false
    /// Whether a later context may not redefine the term.
    var protected = false
    /// `@type` coercion: `@id`, `@vocab`, `@json`, `@none` or a datatype IRI.
    var typeMapping: String?
    /// `@container` values (`@set`, `@list`, `@graph`).
    var container: Set<String> = []
    /// The term's `@language`: absent (`nil`), or a language or `null` (`.some(nil)`).
    var language: String??
    /// The term's `@direction`, like `language`.
    var direction: String??
    /// The term's scoped context (`@context`), applied to its values (property-scoped) or to nodes of
    /// that type (type-scoped).
    var scopedContext: JSONDocument?

    /// Equal except for `protected`: the test for redefining a protected term.
    func sameDefinition(as other: JSONLDTermDefinition) -> Bool {
        var mine = self
        mine.protected = other.protected
        return mine == other
    }
}

/// A JSON-LD active context: term definitions, default vocabulary and language, and the context to
/// revert to when a type-scoped context does not propagate into nested nodes.
struct JSONLDActiveContext: Sendable {
    var terms: [String: JSONLDTermDefinition] = [:]
    var vocabulary: String?
    var language: String?
    var direction: String?
    var previous: PreviousContext?

    /// A reference holder, so a context can keep the one it reverts to.
    final class PreviousContext: Sendable {
        let context: JSONLDActiveContext
        init(_ context: JSONLDActiveContext) { self.context = context }
    }

    static let keywords: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index", "@json",
        "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type",
        "@value", "@version", "@vocab",
    ]

    /// Whether the string has the form of a keyword (`@` and letters) without being one: such keys are ignored.
    static func looksLikeKeyword(_ value: String) -> Bool {
        value.count > 1 && value.hasPrefix("@") && value.dropFirst().allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Whether the string is an absolute IRI (it starts with a scheme and a colon).
    static func isAbsoluteIRI(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return false }
        let scheme = value[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// IRI expansion (§5.2) against this context alone (no local context being defined).
    func expandIRI(_ value: String, vocab: Bool) -> String? {
        if Self.keywords.contains(value) { return value }
        if Self.looksLikeKeyword(value) { return nil }
        if let definition = terms[value], let iri = definition.iri, Self.keywords.contains(iri) { return iri }
        if vocab, let definition = terms[value] { return definition.iri }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = String(value[value.index(after: colon)...])
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = terms[prefix], let iri = definition.iri, definition.prefix { return iri + suffix }
            if Self.isAbsoluteIRI(value) { return value }
        }
        if vocab, let vocabulary { return vocabulary + value }
        return value
    }

    /// The context after processing `local` (Context Processing Algorithm, §4.1.2).
    func processing(_ local: JSONDocument, library: JSONLDContextLibrary, remote: [String] = [],
                    overrideProtected: Bool = false, propagate: Bool = true, validateScoped: Bool = true) throws -> JSONLDActiveContext {
        var result = self
        var propagate = propagate
        if case .object(let members) = local, let flag = members["@propagate"] {
            guard case .bool(let value) = flag else { throw LinkedDataError.invalid("@propagate must be true or false") }
            propagate = value
        }
        if !propagate && result.previous == nil { result.previous = PreviousContext(self) }
        let items: [JSONDocument]
        if case .array(let array) = local { items = array } else { items = [local] }
        for item in items {
            switch item {
            case .null:
                if !overrideProtected && result.terms.values.contains(where: \.protected) {
                    throw LinkedDataError.invalid("a context with protected terms cannot be nullified")
                }
                let before = result
                result = JSONLDActiveContext()
                if !propagate { result.previous = PreviousContext(before) }
            case .string(let url):
                guard Self.isAbsoluteIRI(url) else { throw LinkedDataError.relativeIRI(url) }
                if !validateScoped && remote.contains(url) { continue }
                guard remote.count < 32 else { throw LinkedDataError.invalid("context overflow at \(url)") }
                let loaded = try library.context(at: url)
                result = try result.processing(loaded, library: library, remote: remote + [url], validateScoped: validateScoped)
            case .object(let definitions):
                var builder = ContextBuilder(result: result, local: definitions, library: library, remote: remote,
                                             overrideProtected: overrideProtected)
                try builder.run()
                result = builder.result
            default:
                throw LinkedDataError.invalid("a context must be null, a URL or an object")
            }
        }
        return result
    }
}

/// Applies one local context object to an active context: the body of the Context Processing Algorithm
/// and the Create Term Definition algorithm (§4.2).
private struct ContextBuilder {
    var result: JSONLDActiveContext
    let local: [String: JSONDocument]
    let library: JSONLDContextLibrary
    let remote: [String]
    let overrideProtected: Bool
    var defined: [String: Bool] = [:]

    init(result: JSONLDActiveContext, local: [String: JSONDocument], library: JSONLDContextLibrary, remote: [String],
         overrideProtected: Bool) {
        self.result = result
        self.local = local
        self.library = library
        self.remote = remote
        self.overrideProtected = overrideProtected
    }

    static let contextKeywords: Set<String> = ["@base", "@direction", "@import", "@language", "@propagate", "@protected",
                                               "@version", "@vocab"]

    mutating func run() throws {
        if let version = local["@version"] {
            guard version == .integer(1) || version == .number(1.1) else {
                throw LinkedDataError.invalid("@version must be 1.1")
            }
        }
        if local["@import"] != nil { throw LinkedDataError.unsupported("@import") }
        if local["@base"] != nil { throw LinkedDataError.unsupported("@base") }
        if let vocabulary = local["@vocab"] {
            switch vocabulary {
            case .null: result.vocabulary = nil
            case .string(let value):
                guard let expanded = try expandIRI(value, vocab: true), JSONLDActiveContext.isAbsoluteIRI(expanded)
                        || expanded.hasPrefix("_:") else { throw LinkedDataError.relativeIRI(value) }
                result.vocabulary = expanded
            default: throw LinkedDataError.invalid("@vocab must be a string or null")
            }
        }
        if let language = local["@language"] {
            switch language {
            case .null: result.language = nil
            case .string(let value): result.language = value.lowercased()
            default: throw LinkedDataError.invalid("@language must be a string or null")
            }
        }
        if let direction = local["@direction"] {
            switch direction {
            case .null: result.direction = nil
            case .string(let value) where value == "ltr" || value == "rtl": result.direction = value
            default: throw LinkedDataError.invalid("@direction must be ltr, rtl or null")
            }
        }
        if let protected = local["@protected"], case .bool = protected {} else if local["@protected"] != nil {
            throw LinkedDataError.invalid("@protected must be true or false")
        }
        for term in local.keys.sorted() where !Self.contextKeywords.contains(term) {
            try define(term)
        }
    }

    var defaultProtected: Bool { local["@protected"] == .bool(true) }

    /// IRI expansion while this local context is being defined: terms it defines are created on first use.
    mutating func expandIRI(_ value: String, vocab: Bool) throws -> String? {
        if JSONLDActiveContext.keywords.contains(value) { return value }
        if JSONLDActiveContext.looksLikeKeyword(value) { return nil }
        if local[value] != nil, defined[value] != true { try define(value) }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            if local[prefix] != nil, defined[prefix] != true { try define(prefix) }
        }
        return result.expandIRI(value, vocab: vocab)
    }

    /// Create Term Definition (§4.2.2).
    mutating func define(_ term: String) throws {
        if let state = defined[term] {
            if state { return }
            throw LinkedDataError.invalid("cyclic IRI mapping for «\(term)»")
        }
        guard !term.isEmpty else { throw LinkedDataError.invalid("empty term") }
        defined[term] = false
        let value = local[term] ?? .null
        if term == "@type" { throw LinkedDataError.unsupported("redefining @type") }
        if JSONLDActiveContext.keywords.contains(term) { throw LinkedDataError.invalid("keyword redefinition: \(term)") }
        if JSONLDActiveContext.looksLikeKeyword(term) {
            defined[term] = true
            return
        }
        let previous = result.terms.removeValue(forKey: term)
        var definition = JSONLDTermDefinition()
        definition.protected = defaultProtected
        let members: [String: JSONDocument]
        var simpleTerm = false
        switch value {
        case .null: members = ["@id": .null]
        case .string(let iri):
            members = ["@id": .string(iri)]
            simpleTerm = true
        case .object(let object): members = object
        default: throw LinkedDataError.invalid("the definition of «\(term)» must be a string, an object or null")
        }
        let allowed: Set<String> = ["@id", "@type", "@container", "@context", "@language", "@direction", "@protected", "@prefix"]
        if let other = members.keys.first(where: { !allowed.contains($0) }) {
            throw LinkedDataError.unsupported("\(other) in the definition of «\(term)»")
        }
        if let protected = members["@protected"] {
            guard case .bool(let flag) = protected else { throw LinkedDataError.invalid("@protected of «\(term)»") }
            definition.protected = flag
        }
        if let type = members["@type"] {
            guard case .string(let raw) = type, let expanded = try expandIRI(raw, vocab: true) else {
                throw LinkedDataError.invalid("@type of «\(term)»")
            }
            guard ["@id", "@json", "@none", "@vocab"].contains(expanded) || JSONLDActiveContext.isAbsoluteIRI(expanded) else {
                throw LinkedDataError.invalid("@type «\(raw)» of «\(term)»")
            }
            definition.typeMapping = expanded
        }
        let termIsIRILike = term.dropFirst().dropLast().contains(":") || term.contains("/")
        if let id = members["@id"], id != .string(term) {
            switch id {
            case .null:
                definition.iri = nil
            case .string(let raw):
                if !JSONLDActiveContext.keywords.contains(raw) && JSONLDActiveContext.looksLikeKeyword(raw) {
                    definition.iri = nil
                } else {
                    guard let expanded = try expandIRI(raw, vocab: true),
                          JSONLDActiveContext.keywords.contains(expanded) || JSONLDActiveContext.isAbsoluteIRI(expanded)
                            || expanded.hasPrefix("_:") else { throw LinkedDataError.invalid("IRI mapping of «\(term)»") }
                    if expanded == "@context" { throw LinkedDataError.invalid("«\(term)» is an alias of @context") }
                    definition.iri = expanded
                    if termIsIRILike {
                        defined[term] = true
                        let own = try expandIRI(term, vocab: true)
                        guard own == expanded else { throw LinkedDataError.invalid("«\(term)» looks like an IRI but maps elsewhere") }
                    }
                    if !term.contains(":") && !term.contains("/") && simpleTerm,
                       let last = expanded.last, ":/?#[]@".contains(last) || expanded.hasPrefix("_:") {
                        definition.prefix = true
                    }
                }
            default:
                throw LinkedDataError.invalid("@id of «\(term)» must be a string or null")
            }
        } else if let colon = term.dropFirst().firstIndex(of: ":") {
            let prefix = String(term[..<colon])
            let suffix = String(term[term.index(after: colon)...])
            if local[prefix] != nil { try define(prefix) }
            if let prefixDefinition = result.terms[prefix], let iri = prefixDefinition.iri {
                definition.iri = iri + suffix
            } else {
                definition.iri = term
            }
        } else if term.contains("/") {
            throw LinkedDataError.unsupported("relative IRI term «\(term)»")
        } else if let vocabulary = result.vocabulary {
            definition.iri = vocabulary + term
        } else {
            throw LinkedDataError.invalid("«\(term)» has no IRI mapping and there is no @vocab")
        }
        if let container = members["@container"] {
            let values: [JSONDocument]
            if case .array(let array) = container { values = array } else { values = [container] }
            for value in values {
                guard case .string(let name) = value else { throw LinkedDataError.invalid("@container of «\(term)»") }
                guard ["@set", "@list", "@graph"].contains(name) else {
                    throw LinkedDataError.unsupported("@container \(name) (term «\(term)»)")
                }
                definition.container.insert(name)
            }
            if definition.container.contains("@list") && definition.container.count > 1 {
                throw LinkedDataError.invalid("@list container of «\(term)» combined with another")
            }
        }
        if let scoped = members["@context"] { definition.scopedContext = scoped }
        if let language = members["@language"], members["@type"] == nil {
            switch language {
            case .null: definition.language = .some(nil)
            case .string(let value): definition.language = .some(value.lowercased())
            default: throw LinkedDataError.invalid("@language of «\(term)»")
            }
        }
        if let direction = members["@direction"], members["@type"] == nil {
            switch direction {
            case .null: definition.direction = .some(nil)
            case .string(let value) where value == "ltr" || value == "rtl": definition.direction = .some(value)
            default: throw LinkedDataError.invalid("@direction of «\(term)»")
            }
        }
        if let prefixFlag = members["@prefix"] {
            guard case .bool(let flag) = prefixFlag, !term.contains(":"), !term.contains("/") else {
                throw LinkedDataError.invalid("@prefix of «\(term)»")
            }
            definition.prefix = flag
        }
        if !overrideProtected, let previous, previous.protected {
            guard definition.sameDefinition(as: previous) else {
                throw LinkedDataError.invalid("protected term «\(term)» redefined")
            }
            definition = previous
        }
        result.terms[term] = definition
        defined[term] = true
    }
}
