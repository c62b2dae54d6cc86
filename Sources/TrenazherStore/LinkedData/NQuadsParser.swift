/// Reads N-Quads (one quad a line, `#` comments, string escapes and `\u`/`\U` escapes): the input format
/// of the RDF canonicalisation test suite.
enum NQuadsParser {
    static func parse(_ text: String) throws -> Set<RDFQuad> {
        var quads: Set<RDFQuad> = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cursor = Cursor(scalars: Array(line.unicodeScalars), line: number + 1)
            cursor.skipSpace()
            if cursor.atEnd || cursor.peek == "#" { continue }
            let subject = try cursor.term()
            let predicate = try cursor.term()
            let object = try cursor.term()
            cursor.skipSpace()
            var graph: RDFTerm?
            if cursor.peek != "." { graph = try cursor.term() }
            cursor.skipSpace()
            guard cursor.peek == "." else { throw cursor.failure("expected «.»") }
            quads.insert(RDFQuad(subject: subject, predicate: predicate, object: object, graph: graph))
        }
        return quads
    }

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        let line: Int
        var index = 0

        init(scalars: [Unicode.Scalar], line: Int) {
            self.scalars = scalars
            self.line = line
        }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        func failure(_ message: String) -> LinkedDataError { .invalid("N-Quads line \(line): \(message)") }

        mutating func skipSpace() {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\r" { index += 1 }
        }

        mutating func term() throws -> RDFTerm {
            skipSpace()
            switch peek {
            case "<": return .iri(try iri())
            case "_":
                index += 2
                var label = ""
                while let scalar = peek, scalar != " ", scalar != "\t" {
                    if scalar == ".", index + 1 >= scalars.count || scalars[index + 1] == " " { break }
                    label.unicodeScalars.append(scalar)
                    index += 1
                }
                return .blank(label)
            case "\"":
                index += 1
                var lexical = ""
                while let scalar = peek, scalar != "\"" {
                    index += 1
                    if scalar == "\\" { lexical.unicodeScalars.append(try escaped()) } else { lexical.unicodeScalars.append(scalar) }
                }
                guard peek == "\"" else { throw failure("unterminated literal") }
                index += 1
                if peek == "@" {
                    index += 1
                    var language = ""
                    while let scalar = peek, scalar != " ", scalar != "\t" { language.unicodeScalars.append(scalar); index += 1 }
                    return .literal(lexical, datatype: RDFTerm.langString, language: language.lowercased())
                }
                if peek == "^" {
                    index += 2
                    return .literal(lexical, datatype: try iri(), language: nil)
                }
                return .literal(lexical, datatype: RDFTerm.xsdString, language: nil)
            default:
                throw failure("unexpected character")
            }
        }

        mutating func iri() throws -> String {
            guard peek == "<" else { throw failure("expected «<»") }
            index += 1
            var value = ""
            while let scalar = peek, scalar != ">" {
                index += 1
                if scalar == "\\" { value.unicodeScalars.append(try escaped()) } else { value.unicodeScalars.append(scalar) }
            }
            guard peek == ">" else { throw failure("unterminated IRI") }
            index += 1
            return value
        }

        mutating func escaped() throws -> Unicode.Scalar {
            guard let scalar = peek else { throw failure("dangling backslash") }
            index += 1
            switch scalar {
            case "t": return "\t"
            case "b": return "\u{08}"
            case "n": return "\n"
            case "r": return "\r"
            case "f": return "\u{0C}"
            case "\"", "'", "\\": return scalar
            case "u", "U":
                let count = scalar == "u" ? 4 : 8
                guard index + count <= scalars.count,
                      let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + count])), radix: 16),
                      let decoded = Unicode.Scalar(value) else { throw failure("bad \\u escape") }
                index += count
                return decoded
            default:
                throw failure("unknown escape \\\(scalar)")
            }
        }
    }
}
