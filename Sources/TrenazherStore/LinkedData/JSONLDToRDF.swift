import Foundation

/// Deserialises expanded JSON-LD into an RDF dataset (JSON-LD 1.1 API §7.2, *Deserialize JSON-LD to RDF*),
/// without the intermediate node map: each node object becomes its quads directly, a `@graph` value
/// becomes a named graph (the proof of a credential is one), a `@list` becomes an `rdf:first`/`rdf:rest`
/// chain. Identifiers that have no RDF form (relative IRIs) are errors, not dropped quads.
struct JSONLDToRDF {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    private(set) var quads: Set<RDFQuad> = []
    private var blankLabels: [String: String] = [:]
    private var blankCounter = 0

    /// The dataset of an expanded document (the output of `JSONLDExpansion.expand`).
    static func dataset(_ expanded: [JSONDocument]) throws -> Set<RDFQuad> {
        var converter = JSONLDToRDF()
        for node in expanded {
            guard case .object(let members) = node else { throw LinkedDataError.invalid("top-level item is not a node") }
            _ = try converter.node(members, graph: nil)
        }
        return converter.quads
    }

    private mutating func newBlank() -> RDFTerm {
        defer { blankCounter += 1 }
        return .blank("b\(blankCounter)")
    }

    private mutating func term(forID id: String) throws -> RDFTerm {
        if id.hasPrefix("_:") {
            if let label = blankLabels[id] { return .blank(label) }
            let fresh = newBlank()
            if case .blank(let label) = fresh { blankLabels[id] = label }
            return fresh
        }
        guard JSONLDActiveContext.isAbsoluteIRI(id) else { throw LinkedDataError.relativeIRI(id) }
        return .iri(id)
    }

    /// Emits a node object's quads into `graph` and returns its subject.
    private mutating func node(_ members: [String: JSONDocument], graph: RDFTerm?) throws -> RDFTerm {
        let subject: RDFTerm
        if let id = members["@id"] {
            guard case .string(let text) = id else { throw LinkedDataError.invalid("@id is not a string") }
            subject = try term(forID: text)
        } else {
            subject = newBlank()
        }
        for key in members.keys.sorted() {
            guard let value = members[key] else { continue }
            switch key {
            case "@id", "@index":
                continue
            case "@type":
                for type in JSONLDExpansion.asArray(value) {
                    guard case .string(let iri) = type else { throw LinkedDataError.invalid("@type is not a string") }
                    quads.insert(RDFQuad(subject: subject, predicate: .iri(Self.rdf + "type"), object: try term(forID: iri),
                                         graph: graph))
                }
            case "@graph":
                for item in JSONLDExpansion.asArray(value) {
                    guard case .object(let inner) = item else { throw LinkedDataError.invalid("@graph item is not a node") }
                    _ = try node(inner, graph: subject)
                }
            case "@reverse", "@included":
                throw LinkedDataError.unsupported(key)
            default:
                guard !key.hasPrefix("_:") else { throw LinkedDataError.unsupported("blank node property \(key)") }
                guard JSONLDActiveContext.isAbsoluteIRI(key) else { throw LinkedDataError.relativeIRI(key) }
                for item in JSONLDExpansion.asArray(value) {
                    let object = try self.object(item, graph: graph)
                    quads.insert(RDFQuad(subject: subject, predicate: .iri(key), object: object, graph: graph))
                }
            }
        }
        return subject
    }

    /// The RDF term for a value, node reference, node object or list, emitting any quads it needs.
    private mutating func object(_ item: JSONDocument, graph: RDFTerm?) throws -> RDFTerm {
        guard case .object(let members) = item else { throw LinkedDataError.invalid("expanded value is not an object") }
        if let value = members["@value"] { return try literal(value, members: members) }
        if let list = members["@list"] { return try self.list(JSONDocument.asItems(list), graph: graph) }
        if members.count == 1, case .string(let id)? = members["@id"] { return try term(forID: id) }
        return try node(members, graph: graph)
    }

    private mutating func list(_ items: [JSONDocument], graph: RDFTerm?) throws -> RDFTerm {
        guard !items.isEmpty else { return .iri(Self.rdf + "nil") }
        let heads = items.map { _ in newBlank() }
        for (index, item) in items.enumerated() {
            let object = try self.object(item, graph: graph)
            quads.insert(RDFQuad(subject: heads[index], predicate: .iri(Self.rdf + "first"), object: object, graph: graph))
            let rest: RDFTerm = index + 1 < heads.count ? heads[index + 1] : .iri(Self.rdf + "nil")
            quads.insert(RDFQuad(subject: heads[index], predicate: .iri(Self.rdf + "rest"), object: rest, graph: graph))
        }
        return heads[0]
    }

    private func literal(_ value: JSONDocument, members: [String: JSONDocument]) throws -> RDFTerm {
        if members["@direction"] != nil { throw LinkedDataError.unsupported("@direction on a value (i18n datatypes)") }
        let datatype = members["@type"]?.stringValue
        if datatype == "@json" { throw LinkedDataError.unsupported("@json literals") }
        if let datatype, !JSONLDActiveContext.isAbsoluteIRI(datatype) { throw LinkedDataError.relativeIRI(datatype) }
        switch value {
        case .bool(let flag):
            return .literal(flag ? "true" : "false", datatype: datatype ?? Self.xsd + "boolean", language: nil)
        case .integer(let integer):
            if datatype == Self.xsd + "double" {
                return .literal(Self.canonicalDouble(Double(integer)), datatype: Self.xsd + "double", language: nil)
            }
            return .literal(String(integer), datatype: datatype ?? Self.xsd + "integer", language: nil)
        case .number(let number):
            if number.rounded() == number && abs(number) < 1e21 && datatype != Self.xsd + "double" {
                return .literal(String(format: "%.0f", number), datatype: datatype ?? Self.xsd + "integer", language: nil)
            }
            return .literal(Self.canonicalDouble(number), datatype: datatype ?? Self.xsd + "double", language: nil)
        case .string(let text):
            if let language = members["@language"]?.stringValue {
                return .literal(text, datatype: RDFTerm.langString, language: language)
            }
            return .literal(text, datatype: datatype ?? RDFTerm.xsdString, language: nil)
        default:
            throw LinkedDataError.invalid("a value must be a string, number or boolean")
        }
    }

    /// The canonical lexical form of an `xsd:double` as JSON-LD writes it: `1.5E0`, `1.0E3`.
    static func canonicalDouble(_ number: Double) -> String {
        var text = String(format: "%1.15E", number)
        guard let exponentIndex = text.firstIndex(of: "E") else { return text }
        var mantissa = String(text[..<exponentIndex])
        var exponent = String(text[text.index(after: exponentIndex)...])
        while mantissa.hasSuffix("0") && !mantissa.hasSuffix(".0") { mantissa.removeLast() }
        let negative = exponent.hasPrefix("-")
        exponent = String(exponent.drop { $0 == "+" || $0 == "-" }.drop { $0 == "0" })
        text = mantissa + "E" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
        return text
    }
}

extension JSONDocument {
    /// The elements of an array, or the value alone.
    static func asItems(_ value: JSONDocument) -> [JSONDocument] {
        if case .array(let items) = value { return items }
        return [value]
    }
}
