/// Why a JSON-LD document could not be turned into canonical RDF. Every construct the processor does not
/// implement is refused with this error rather than skipped, so a signature never silently covers less
/// than the document says.
public enum LinkedDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A context URL that is not among the bundled contexts (nothing is fetched from the network).
    case unknownContext(String)
    /// A property that no context in force defines: it would vanish from the RDF (and from the signature).
    case undefinedTerm(String)
    /// A JSON-LD feature this processor does not implement.
    case unsupported(String)
    /// The document or a context breaks a JSON-LD rule.
    case invalid(String)
    /// An identifier that is not an absolute IRI or a blank node, so it has no RDF form.
    case relativeIRI(String)
    /// Canonicalisation needed more work than any real credential does (a "poison" dataset).
    case tooComplex

    public var description: String {
        switch self {
        case .unknownContext(let url): return "JSON-LD context \(url) is not bundled (contexts are never fetched)"
        case .undefinedTerm(let term): return "JSON-LD term «\(term)» is not defined by the document's contexts"
        case .unsupported(let feature): return "JSON-LD feature not supported here: \(feature)"
        case .invalid(let reason): return "invalid JSON-LD: \(reason)"
        case .relativeIRI(let value): return "«\(value)» is not an absolute IRI"
        case .tooComplex: return "RDF canonicalisation refused: the blank-node structure needs too much work"
        }
    }
}
