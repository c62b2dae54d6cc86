/// A JSON-LD document as canonical N-Quads: expansion with the bundled contexts, deserialisation to RDF,
/// RDFC-1.0. This is the "transformation" step of the `eddsa-rdfc-2022` cryptosuite.
public enum RDFCanonicalForm {
    /// The document's canonical N-Quads (sorted lines, each ending in a newline).
    public static func nQuads(of document: JSONDocument, contexts: JSONLDContextLibrary = .bundled) throws -> String {
        let expanded = try JSONLDExpansion(library: contexts).expand(document)
        return try RDFCanonicalization.canonicalNQuads(try JSONLDToRDF.dataset(expanded))
    }
}
