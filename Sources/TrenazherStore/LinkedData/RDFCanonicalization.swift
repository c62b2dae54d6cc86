import Crypto
import Foundation

/// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 2024) with SHA-256: relabels the blank
/// nodes of a dataset deterministically (`_:c14n0`, `_:c14n1`, …) — first-degree hashes for the nodes
/// they tell apart, the Hash N-Degree Quads algorithm for the rest — and serialises the quads as sorted
/// canonical N-Quads.
public struct RDFCanonicalization {
    /// The most work (Hash N-Degree Quads calls plus the orderings of related blank nodes they try) one
    /// dataset may need before it is refused as a poison graph; real credentials need none or a handful,
    /// the hardest cases of the W3C test suite a few hundred.
    public static let workLimit = 10_000

    private let quadsByBlankNode: [String: [RDFQuad]]
    private var canonicalIssuer = IdentifierIssuer(prefix: "c14n")
    private var work = 0
    private let quads: [RDFQuad]

    private init(_ quads: [RDFQuad]) {
        self.quads = quads
        var map: [String: [RDFQuad]] = [:]
        for quad in quads {
            for case .blank(let label) in [quad.subject, quad.object, quad.graph ?? .iri("")] {
                if map[label]?.last != quad { map[label, default: []].append(quad) }
            }
        }
        quadsByBlankNode = map
    }

    /// The canonical N-Quads of a dataset: one line per quad, sorted by code point, each ending in a newline.
    public static func canonicalNQuads(_ dataset: Set<RDFQuad>) throws -> String {
        var state = RDFCanonicalization(Array(dataset))
        try state.issueCanonicalIdentifiers()
        return state.quads.map { state.relabel($0).nQuads }.sorted(by: codePointPrecedes).joined()
    }

    /// Parses N-Quads as the RDF canonicalisation test suite writes them (one quad a line).
    public static func parseNQuads(_ text: String) throws -> Set<RDFQuad> {
        try NQuadsParser.parse(text)
    }

    private mutating func issueCanonicalIdentifiers() throws {
        var hashToBlankNodes: [String: [String]] = [:]
        for label in quadsByBlankNode.keys {
            hashToBlankNodes[firstDegreeHash(label), default: []].append(label)
        }
        for hash in hashToBlankNodes.keys.sorted(by: codePointPrecedes) {
            guard let labels = hashToBlankNodes[hash], labels.count == 1 else { continue }
            canonicalIssuer.issue(labels[0])
            hashToBlankNodes[hash] = nil
        }
        for hash in hashToBlankNodes.keys.sorted(by: codePointPrecedes) {
            var results: [(hash: String, issuer: IdentifierIssuer)] = []
            for label in hashToBlankNodes[hash] ?? [] where canonicalIssuer.identifier(for: label) == nil {
                var temporary = IdentifierIssuer(prefix: "b")
                temporary.issue(label)
                results.append(try nDegreeHash(label, issuer: temporary))
            }
            for result in results.sorted(by: { codePointPrecedes($0.hash, $1.hash) }) {
                for existing in result.issuer.order { canonicalIssuer.issue(existing) }
            }
        }
    }

    private func relabel(_ quad: RDFQuad) -> RDFQuad {
        func label(_ term: RDFTerm) -> RDFTerm {
            if case .blank(let old) = term, let new = canonicalIssuer.identifier(for: old) { return .blank(new) }
            return term
        }
        return RDFQuad(subject: label(quad.subject), predicate: quad.predicate, object: label(quad.object),
                       graph: quad.graph.map(label))
    }

    /// Hash First Degree Quads (§4.6).
    private func firstDegreeHash(_ reference: String) -> String {
        func mask(_ term: RDFTerm) -> RDFTerm {
            if case .blank(let label) = term { return .blank(label == reference ? "a" : "z") }
            return term
        }
        let lines = (quadsByBlankNode[reference] ?? []).map {
            RDFQuad(subject: mask($0.subject), predicate: $0.predicate, object: mask($0.object), graph: $0.graph.map(mask)).nQuads
        }
        return Self.sha256Hex(lines.sorted(by: codePointPrecedes).joined())
    }

    /// Hash Related Blank Node (§4.7).
    private func relatedHash(_ related: String, quad: RDFQuad, issuer: IdentifierIssuer, position: String) -> String {
        var input = position
        if position != "g" { input += quad.predicate.nQuads }
        if let canonical = canonicalIssuer.identifier(for: related) {
            input += "_:" + canonical
        } else if let temporary = issuer.identifier(for: related) {
            input += "_:" + temporary
        } else {
            input += firstDegreeHash(related)
        }
        return Self.sha256Hex(input)
    }

    /// Hash N-Degree Quads (§4.8).
    private mutating func nDegreeHash(_ identifier: String, issuer: IdentifierIssuer) throws -> (hash: String, issuer: IdentifierIssuer) {
        work += 1
        guard work <= Self.workLimit else { throw LinkedDataError.tooComplex }
        var issuer = issuer
        var hashToRelated: [String: [String]] = [:]
        for quad in quadsByBlankNode[identifier] ?? [] {
            for (term, position) in [(quad.subject, "s"), (quad.object, "o"), (quad.graph ?? .iri(""), "g")] {
                guard case .blank(let related) = term, related != identifier else { continue }
                hashToRelated[relatedHash(related, quad: quad, issuer: issuer, position: position), default: []].append(related)
            }
        }
        var dataToHash = ""
        for relatedHash in hashToRelated.keys.sorted(by: codePointPrecedes) {
            dataToHash += relatedHash
            var chosenPath = ""
            var chosenIssuer: IdentifierIssuer?
            var orderings = Orderings(hashToRelated[relatedHash] ?? [])
            while let permutation = orderings.next() {
                work += 1
                guard work <= Self.workLimit else { throw LinkedDataError.tooComplex }
                var issuerCopy = issuer
                var path = ""
                var recursionList: [String] = []
                var skip = false
                for related in permutation {
                    if let canonical = canonicalIssuer.identifier(for: related) {
                        path += "_:" + canonical
                    } else {
                        if issuerCopy.identifier(for: related) == nil { recursionList.append(related) }
                        path += "_:" + issuerCopy.issue(related)
                    }
                    if !chosenPath.isEmpty && path.utf8.count >= chosenPath.utf8.count && codePointPrecedes(chosenPath, path) {
                        skip = true
                        break
                    }
                }
                if skip { continue }
                for related in recursionList {
                    let result = try nDegreeHash(related, issuer: issuerCopy)
                    path += "_:" + issuerCopy.issue(related)
                    path += "<" + result.hash + ">"
                    issuerCopy = result.issuer
                    if !chosenPath.isEmpty && path.utf8.count >= chosenPath.utf8.count && codePointPrecedes(chosenPath, path) {
                        skip = true
                        break
                    }
                }
                if skip { continue }
                if chosenPath.isEmpty || codePointPrecedes(path, chosenPath) {
                    chosenPath = path
                    chosenIssuer = issuerCopy
                }
            }
            dataToHash += chosenPath
            if let chosenIssuer { issuer = chosenIssuer }
        }
        return (Self.sha256Hex(dataToHash), issuer)
    }

    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The orderings of a list, one at a time (lexicographic order of positions), so that a long list is
/// never expanded into all its permutations at once.
struct Orderings {
    private let items: [String]
    private var positions: [Int]
    private var finished = false

    init(_ items: [String]) {
        self.items = items
        positions = Array(items.indices)
    }

    mutating func next() -> [String]? {
        guard !finished else { return nil }
        let current = positions.map { items[$0] }
        var pivot = positions.count - 2
        while pivot >= 0 && positions[pivot] >= positions[pivot + 1] { pivot -= 1 }
        if pivot < 0 {
            finished = true
        } else {
            var successor = positions.count - 1
            while positions[successor] <= positions[pivot] { successor -= 1 }
            positions.swapAt(pivot, successor)
            positions[(pivot + 1)...].reverse()
        }
        return current
    }
}

/// Issues identifiers in order (`c14n0`, `c14n1`, … or `b0`, `b1`, …) and remembers which it gave whom.
struct IdentifierIssuer {
    let prefix: String
    private(set) var order: [String] = []
    private var issued: [String: String] = [:]

    init(prefix: String) { self.prefix = prefix }

    func identifier(for existing: String) -> String? { issued[existing] }

    @discardableResult
    mutating func issue(_ existing: String) -> String {
        if let identifier = issued[existing] { return identifier }
        let identifier = prefix + String(order.count)
        issued[existing] = identifier
        order.append(existing)
        return identifier
    }
}
