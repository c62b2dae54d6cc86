import Yams

/// Reading a mapping of facts (`facts:`, a variant's `facts:`) where a `{…}` mapping may have cut a
/// value at an unquoted comma.
extension YAMLNode {
    /// One entry of a mapping of facts.
    struct FactEntry {
        var key: String
        var keyLocation: SourceLocation
        var keyNode: Node
        var value: YAMLNode
        /// The value with the pieces an unquoted comma cut off put back («112,80 грн»), when it was cut.
        var joined: String?
        /// Where the first cut-off piece stands, when the value was cut.
        var cutAt: SourceLocation?

        /// The value's text as the trainer meant it.
        var text: String? { joined ?? value.scalar }
    }

    /// The entries of a mapping of facts in file order, or `nil` when the node is no mapping. In a
    /// `{…}` mapping a comma separates entries, so an unquoted «overpayment: 112,80 грн» reads as
    /// `overpayment: 112` and an entry `80 грн` without a value: such a piece (no value, starting
    /// with a digit, on the line of a plain value before it) is joined back to the value before it and marked, so one
    /// message can say what happened instead of two that follow from it.
    func factEntries() -> [FactEntry]? {
        guard let mapping = node.mapping else { return nil }
        var result: [FactEntry] = []
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            let keyLocation = YAMLNode(node: pair.key, file: file).location
            let valueless = pair.value.scalar.map { $0.string.isEmpty && $0.style == .plain } ?? false
            // Only a `{…}` mapping holds a key on the line of the value before it.
            if valueless, key.first?.isNumber == true, let previous = result.last, previous.value.isPlainScalar,
               keyLocation.line == previous.value.location.line, keyLocation.column > previous.value.location.column {
                result[result.count - 1].joined = (previous.text ?? "") + "," + key
                if previous.cutAt == nil { result[result.count - 1].cutAt = keyLocation }
                continue
            }
            result.append(FactEntry(key: key, keyLocation: keyLocation, keyNode: pair.key, value: YAMLNode(node: pair.value, file: file)))
        }
        return result
    }
}

extension YAMLNode.FactEntry {
    /// The problem of a value an unquoted comma cut, at the value; `nil` when it was not cut.
    var commaCut: (message: Bilingual, location: SourceLocation)? {
        guard let joined, cutAt != nil else { return nil }
        let kept = value.scalar ?? ""
        return (Bilingual(uk: "значення факту '\(key)' розрізано комою: у { } кома розділяє записи, тож «\(joined)» без лапок стало «\(kept)» і окремим записом. Візьміть значення в лапки: \(key): \"\(joined)\"",
                          en: "the value of fact '\(key)' is cut at a comma: inside { } a comma separates entries, so an unquoted «\(joined)» became «\(kept)» and a separate entry. Quote the value: \(key): \"\(joined)\""),
                value.location)
    }
}
