/// A term of an RDF quad: an IRI, a blank node or a literal.
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case blank(String)
    case literal(String, datatype: String, language: String?)

    static let xsdString = "http://www.w3.org/2001/XMLSchema#string"
    static let langString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

    /// The term in canonical N-Quads form (RDF 1.2 N-Quads, as RDFC-1.0 serialises).
    public var nQuads: String {
        switch self {
        case .iri(let iri): return "<" + iri + ">"
        case .blank(let label): return "_:" + label
        case .literal(let lexical, let datatype, let language):
            let quoted = "\"" + Self.escape(lexical) + "\""
            if let language { return quoted + "@" + language }
            return datatype == Self.xsdString ? quoted : quoted + "^^<" + datatype + ">"
        }
    }

    var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }

    /// Escapes a literal's characters as canonical N-Quads requires: `\"`, `\\`, `\b \t \n \f \r`, other
    /// control characters and DEL as `\u00XX` (upper-case hex); everything else as it is.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\t": output += "\\t"
            case "\n": output += "\\n"
            case "\u{0C}": output += "\\f"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}

/// An RDF quad; `graph` is `nil` in the default graph.
public struct RDFQuad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    /// The quad as one N-Quads line, with its final newline.
    public var nQuads: String {
        var line = subject.nQuads + " " + predicate.nQuads + " " + object.nQuads
        if let graph { line += " " + graph.nQuads }
        return line + " .\n"
    }
}

/// Orders strings by Unicode code points (their UTF-8 bytes), as RDFC-1.0 requires; Swift's own `<`
/// compares canonically equivalent forms and is not that order.
func codePointPrecedes(_ left: String, _ right: String) -> Bool {
    left.utf8.lexicographicallyPrecedes(right.utf8)
}
