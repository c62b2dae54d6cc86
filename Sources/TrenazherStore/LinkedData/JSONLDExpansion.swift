/// JSON-LD 1.1 expansion (Processing Algorithms §5.1) for the constructs credentials use: protected terms,
/// type-scoped and property-scoped contexts (with non-propagation into nested nodes), `@vocab`,
/// `@id`/`@vocab`/datatype coercion, `@set`, `@list` and `@graph` containers, default language and
/// direction. A property no context defines is an error, never dropped; unsupported keywords and
/// containers (`@reverse`, `@nest`, `@included`, index/language/id/type maps, `@json`) are errors too.
struct JSONLDExpansion {
    let library: JSONLDContextLibrary

    /// The expanded form of a document: an array of node objects.
    func expand(_ document: JSONDocument) throws -> [JSONDocument] {
        let expanded = try expand(JSONLDActiveContext(), property: nil, document, fromMap: false)
        var result: [JSONDocument]
        switch expanded {
        case nil: result = []
        case .array(let items)?: result = items
        case .object(let members)? where members.count == 1 && members["@graph"] != nil:
            result = members["@graph"]?.arrayValue ?? []
        case let value?: result = [value]
        }
        result = result.filter { $0 != .null }
        return result
    }

    private func expand(_ context: JSONLDActiveContext, property: String?, _ element: JSONDocument,
                        fromMap: Bool) throws -> JSONDocument? {
        let propertyScoped = property.flatMap { context.terms[$0]?.scopedContext }
        switch element {
        case .null:
            return nil
        case .array(let items):
            let container = property.flatMap { context.terms[$0]?.container } ?? []
            var result: [JSONDocument] = []
            for item in items {
                guard var expanded = try expand(context, property: property, item, fromMap: fromMap) else { continue }
                if container.contains("@list"), case .array(let list) = expanded {
                    expanded = .object(["@list": .array(list)])
                }
                if case .array(let nested) = expanded { result += nested } else { result.append(expanded) }
            }
            return .array(result)
        case .object(let members):
            return try expandObject(context, property: property, members, propertyScoped: propertyScoped, fromMap: fromMap)
        default:
            guard let property, property != "@graph" else { return nil }
            var active = context
            if let propertyScoped { active = try active.processing(propertyScoped, library: library) }
            return try Self.expandValue(active, property: property, element)
        }
    }

    private func expandObject(_ context: JSONLDActiveContext, property: String?, _ element: [String: JSONDocument],
                              propertyScoped: JSONDocument?, fromMap: Bool) throws -> JSONDocument? {
        var active = context
        if let previous = active.previous?.context, !fromMap {
            let expandedKeys = element.keys.map { active.expandIRI($0, vocab: true) }
            let isValue = expandedKeys.contains("@value")
            let isReference = element.count == 1 && expandedKeys.first == "@id"
            if !isValue && !isReference { active = previous }
        }
        if let propertyScoped { active = try active.processing(propertyScoped, library: library, overrideProtected: true) }
        if let local = element["@context"] { active = try active.processing(local, library: library) }
        let typeScoped = active
        for key in element.keys.sorted() where active.expandIRI(key, vocab: true) == "@type" {
            let types: [JSONDocument]
            if case .array(let array) = element[key] { types = array } else { types = element[key].map { [$0] } ?? [] }
            for type in types.compactMap(\.stringValue).sorted() {
                if let scoped = typeScoped.terms[type]?.scopedContext {
                    active = try active.processing(scoped, library: library, propagate: false)
                }
            }
        }
        var result: [String: JSONDocument] = [:]
        for key in element.keys.sorted() where key != "@context" {
            guard let value = element[key] else { continue }
            guard let expandedProperty = active.expandIRI(key, vocab: true),
                  expandedProperty.contains(":") || JSONLDActiveContext.keywords.contains(expandedProperty) else {
                if JSONLDActiveContext.looksLikeKeyword(key) { continue }
                throw LinkedDataError.undefinedTerm(key)
            }
            if JSONLDActiveContext.keywords.contains(expandedProperty) {
                try expandKeyword(expandedProperty, value: value, active: active, typeScoped: typeScoped,
                                  property: property, into: &result)
                continue
            }
            let definition = active.terms[key]
            if definition?.typeMapping == "@json" { throw LinkedDataError.unsupported("@json value of «\(key)»") }
            guard var expanded = try expand(active, property: key, value, fromMap: false) else { continue }
            let container = definition?.container ?? []
            if container.contains("@list"), !Self.isList(expanded) {
                expanded = .object(["@list": .array(Self.asArray(expanded))])
            }
            if container.contains("@graph") {
                expanded = .array(Self.asArray(expanded).map { .object(["@graph": .array(Self.asArray($0))]) })
            }
            result[expandedProperty] = .array((result[expandedProperty].map(Self.asArray) ?? []) + Self.asArray(expanded))
        }
        if let value = result["@value"] {
            let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
            guard result.keys.allSatisfy(allowed.contains) else { throw LinkedDataError.invalid("invalid value object") }
            if value == .null { return nil }
            if result["@language"] != nil, value.stringValue == nil {
                throw LinkedDataError.invalid("a value with a language must be a string")
            }
            if let type = result["@type"], !(type.stringValue.map(JSONLDActiveContext.isAbsoluteIRI) ?? false) {
                throw LinkedDataError.invalid("invalid typed value")
            }
        } else if let type = result["@type"], type.arrayValue == nil {
            result["@type"] = .array([type])
        } else if result["@set"] != nil || result["@list"] != nil {
            guard result.count == 1 else { throw LinkedDataError.invalid("@set or @list with other keys") }
            if let set = result["@set"] { return set }
        }
        if result.count == 1, result["@language"] != nil { return nil }
        if property == nil || property == "@graph" {
            if result.isEmpty || result["@value"] != nil || result["@list"] != nil { return nil }
            if result.count == 1, result["@id"] != nil { return nil }
        }
        return .object(result)
    }

    private func expandKeyword(_ keyword: String, value: JSONDocument, active: JSONLDActiveContext,
                               typeScoped: JSONLDActiveContext, property: String?,
                               into result: inout [String: JSONDocument]) throws {
        if result[keyword] != nil && keyword != "@type" { throw LinkedDataError.invalid("colliding keywords \(keyword)") }
        switch keyword {
        case "@id":
            guard case .string(let id) = value else { throw LinkedDataError.invalid("@id must be a string") }
            result["@id"] = active.expandIRI(id, vocab: false).map(JSONDocument.string) ?? .null
        case "@type":
            let types: [JSONDocument]
            if case .array(let array) = value { types = array } else { types = [value] }
            var expanded = result["@type"].map(Self.asArray) ?? []
            for type in types {
                guard case .string(let name) = type else { throw LinkedDataError.invalid("@type values must be strings") }
                guard let iri = typeScoped.expandIRI(name, vocab: true) else { throw LinkedDataError.undefinedTerm(name) }
                expanded.append(.string(iri))
            }
            result["@type"] = value.arrayValue == nil && result["@type"] == nil ? expanded[0] : .array(expanded)
        case "@graph":
            result["@graph"] = .array(Self.asArray(try expand(active, property: "@graph", value, fromMap: false) ?? .array([])))
        case "@value":
            switch value {
            case .object, .array: throw LinkedDataError.invalid("@value must be a scalar")
            default: result["@value"] = value
            }
        case "@language":
            guard case .string(let language) = value else { throw LinkedDataError.invalid("@language must be a string") }
            result["@language"] = .string(language.lowercased())
        case "@direction":
            guard value == .string("ltr") || value == .string("rtl") else { throw LinkedDataError.invalid("@direction") }
            result["@direction"] = value
        case "@index":
            guard case .string = value else { throw LinkedDataError.invalid("@index must be a string") }
            result["@index"] = value
        case "@list":
            guard let property, property != "@graph" else { return }
            result["@list"] = .array(Self.asArray(try expand(active, property: property, value, fromMap: false) ?? .array([])))
        case "@set":
            result["@set"] = try expand(active, property: property, value, fromMap: false) ?? .array([])
        default:
            throw LinkedDataError.unsupported(keyword)
        }
    }

    /// Value Expansion (§5.3.2): a scalar under `property` as a value object or node reference.
    static func expandValue(_ context: JSONLDActiveContext, property: String, _ value: JSONDocument) throws -> JSONDocument {
        let definition = context.terms[property]
        let typeMapping = definition?.typeMapping
        if case .string(let text) = value, typeMapping == "@id" || typeMapping == "@vocab" {
            guard let iri = context.expandIRI(text, vocab: typeMapping == "@vocab") else {
                throw LinkedDataError.invalid("«\(text)» is not an IRI")
            }
            return .object(["@id": .string(iri)])
        }
        var result: [String: JSONDocument] = ["@value": value]
        if let typeMapping, !["@id", "@vocab", "@none"].contains(typeMapping) {
            result["@type"] = .string(typeMapping)
        } else if case .string = value {
            let language = definition?.language ?? context.language
            let direction = definition?.direction ?? context.direction
            if let language { result["@language"] = .string(language) }
            if let direction { result["@direction"] = .string(direction) }
        }
        return .object(result)
    }

    static func asArray(_ value: JSONDocument) -> [JSONDocument] {
        if case .array(let items) = value { return items }
        return [value]
    }

    static func isList(_ value: JSONDocument) -> Bool {
        if case .object(let members) = value { return members["@list"] != nil }
        return false
    }
}
