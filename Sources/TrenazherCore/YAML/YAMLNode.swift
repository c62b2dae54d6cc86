import Foundation
import Yams

/// A YAML node that knows where it stands in its file, with readers that report problems to a
/// `DiagnosticLog` instead of throwing, so one pass finds every problem of a file.
public struct YAMLNode {
    let node: Node
    /// The file name used in diagnostics.
    public let file: String

    init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses a whole file; a syntax error is reported at its line and column and gives `nil`.
    ///
    /// Every scalar is text here (`Resolver.basic`): the readers take a scalar's text and read numbers and
    /// truth values themselves, so YAML's own types (which Yams works out with regular expressions, for every
    /// key while it looks for repeated ones) would change nothing but the cost — and the repeated-key check
    /// then compares keys as the readers see them: `1:` and `"1":` in one mapping are the same key, reported.
    public static func parse(_ text: String, file: String, log: DiagnosticLog) -> YAMLNode? {
        do {
            guard let root = try Yams.compose(yaml: text, .basic) else {
                log.report(uk: "файл порожній", en: "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
                return nil
            }
            return YAMLNode(node: root, file: file)
        } catch let error as YamlError {
            log.append(diagnostic(for: error, file: file, text: text))
            return nil
        } catch {
            log.report(uk: "не вдається прочитати YAML: \(error)", en: "cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
    }

    /// A YAML syntax error as a problem at its line and column, in Ukrainian and English (for readers of
    /// Content files outside this module).
    public static func syntaxDiagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        diagnostic(for: error, file: file, text: text)
    }

    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            var ukrainian = YAMLSyntaxWording.problem(problem)
            if let context, let place = YAMLSyntaxWording.context(context.text), context.mark.line != mark.line {
                ukrainian += " (\(place) в рядку \(context.mark.line))"
            }
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(detail)",
                              ukrainian: "синтаксис YAML: \(ukrainian)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates
            let (line, column) = secondOccurrence(of: names.first ?? "", after: context.mark.line, in: text) ?? (context.mark.line, context.mark.column)
            let list = names.joined(separator: "', '")
            return Diagnostic(file: file, line: line, column: column,
                              message: "duplicate key '\(list)': a second entry with this name; rename or merge it",
                              ukrainian: "повторений ключ '\(list)': друге входження з цією назвою; перейменуйте або об'єднайте")
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { position(ofCharacter: $0, in: text) } ?? (1, 1)
            return Diagnostic(file: file, line: line, column: column, message: "cannot read the file: \(problem)",
                              ukrainian: "не вдається прочитати файл: \(YAMLSyntaxWording.problem(problem))")
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "YAML: \(error)", ukrainian: "синтаксис YAML: перевірте відступи, лапки і двокрапки")
        }
    }

    /// The line and column (1-based) of the character at `offset` (in characters, as Yams counts it).
    static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(max(0, offset)) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The line and column of the second key `name` at the same indentation as the first one at or
    /// after `line` (Yams reports a duplicate key at the mapping, not at the duplicate).
    static func secondOccurrence(of name: String, after line: Int, in text: String) -> (Int, Int)? {
        guard !name.isEmpty else { return nil }
        var firstIndent: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= line {
            let indent = raw.prefix { $0 == " " }.count
            let rest = raw.dropFirst(indent)
            let key = rest.hasPrefix("- ") ? rest.dropFirst(2) : rest
            let keyIndent = indent + (rest.hasPrefix("- ") ? 2 : 0)
            let matches = [name + ":", "\"\(name)\":", "'\(name)':"].contains { key.hasPrefix($0) }
            guard matches else { continue }
            if let first = firstIndent {
                if first == keyIndent { return (index + 1, keyIndent + 1) }
            } else {
                firstIndent = keyIndent
            }
        }
        return nil
    }

    /// Where the node starts.
    public var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The scalar's text, or `nil` for a mapping or a sequence.
    public var scalar: String? { node.scalar?.string }

    /// Whether this is a plain (unquoted, not block) scalar.
    public var isPlainScalar: Bool { node.scalar?.style == .plain }

    /// Whether this is a mapping.
    public var isMapping: Bool { node.mapping != nil }

    /// Whether this is a sequence.
    public var isSequence: Bool { node.sequence != nil }

    /// The scalar's text; reports a problem when the node is not a scalar.
    public func string(_ what: String, log: DiagnosticLog) -> String? {
        if let value = scalar { return value }
        log.report(uk: "\(what): тут має бути текст, а не список чи мапа", en: "\(what) must be text", at: location)
        return nil
    }

    /// A whole number within `range`; reports a problem otherwise (a value out of range is an
    /// error, never clamped: every number a file gives must mean something).
    public func int(_ what: String, in range: ClosedRange<Int>, log: DiagnosticLog) -> Int? {
        guard let text = string(what, log: log) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            let overflows = Double(text.trimmingCharacters(in: .whitespaces)).map { $0.isFinite && $0 == $0.rounded() } ?? false
            if overflows {
                log.report(uk: "\(what): має бути від \(range.lowerBound) до \(range.upperBound), а не \(text)",
                           en: "\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(text)", at: location)
            } else {
                log.report(uk: "\(what): має бути ціле число, а не '\(text)'", en: "\(what) must be a whole number, not '\(text)'", at: location)
            }
            return nil
        }
        guard range.contains(value) else {
            log.report(uk: "\(what): має бути від \(range.lowerBound) до \(range.upperBound), а не \(value)",
                       en: "\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: location)
            return nil
        }
        return value
    }

    /// A finite number within `range`; reports a problem otherwise (`nan`, `inf` and values out of
    /// range are errors).
    public func double(_ what: String, in range: ClosedRange<Double>, log: DiagnosticLog) -> Double? {
        guard let text = string(what, log: log) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            log.report(uk: "\(what): має бути число, а не '\(text)'", en: "\(what) must be a number, not '\(text)'", at: location)
            return nil
        }
        guard range.contains(value) else {
            log.report(uk: "\(what): має бути від \(Self.number(range.lowerBound)) до \(Self.number(range.upperBound)), а не \(text)",
                       en: "\(what) must be between \(Self.number(range.lowerBound)) and \(Self.number(range.upperBound)), not \(text)", at: location)
            return nil
        }
        return value
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `true`/`false` (also yes/no); reports a problem otherwise.
    public func bool(_ what: String, log: DiagnosticLog) -> Bool? {
        guard let text = string(what, log: log)?.lowercased() else { return nil }
        switch text {
        case "true", "yes", "так": return true
        case "false", "no", "ні": return false
        default:
            log.report(uk: "\(what): має бути true або false, а не '\(text)'", en: "\(what) must be true or false, not '\(text)'", at: location)
            return nil
        }
    }

    /// The items of a sequence; a lone scalar counts as a one-item list.
    public func list(_ what: String, log: DiagnosticLog) -> [YAMLNode]? {
        if let sequence = node.sequence { return sequence.map { YAMLNode(node: $0, file: file) } }
        if node.scalar != nil { return [self] }
        log.report(uk: "\(what): має бути список ([a, b] або рядки «- a»)", en: "\(what) must be a list", at: location)
        return nil
    }

    /// A list of texts (a lone text counts as a one-item list).
    public func strings(_ what: String, log: DiagnosticLog) -> [(String, SourceLocation)] {
        (list(what, log: log) ?? []).compactMap { item in item.string("an item of \(what)", log: log).map { ($0, item.location) } }
    }

    /// The entries of a mapping in file order, keys with their locations.
    public func entries(_ what: String, log: DiagnosticLog) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)]? {
        guard let mapping = node.mapping else {
            log.report(uk: "\(what): має бути мапа (рядки «ключ: значення»)", en: "\(what) must be a mapping (key: value lines)", at: location)
            return nil
        }
        return mapping.map { pair in
            (key: pair.key.scalar?.string ?? "",
             keyLocation: YAMLNode(node: pair.key, file: file).location,
             value: YAMLNode(node: pair.value, file: file))
        }
    }

    /// A mapping read against a schema: unknown keys are reported with a «did you mean», missing
    /// required keys at the mapping's start.
    ///
    /// The mapping's pairs are read in place, one at a time: a known key's value goes straight into `YAMLFields`
    /// (no list of every entry first, no copy of the entry before kept at each step: `commaCut` reads it only for an
    /// unknown key).
    public func fields(_ what: String, allowed: [String], required: [String] = [], log: DiagnosticLog) -> YAMLFields? {
        guard let mapping = node.mapping else {
            log.report(uk: "\(what): має бути мапа (рядки «ключ: значення»)", en: "\(what) must be a mapping (key: value lines)", at: location)
            return nil
        }
        var known = YAMLFields(location: location)
        for index in mapping.startIndex..<mapping.endIndex {
            let pair = mapping[index]
            let key = pair.key.scalar?.string ?? ""
            if allowed.contains(key) {
                known.set(key, to: YAMLNode(node: pair.value, file: file), writtenAt: YAMLNode(node: pair.key, file: file).location)
                continue
            }
            let entry = (key: key, keyLocation: YAMLNode(node: pair.key, file: file).location, value: YAMLNode(node: pair.value, file: file))
            let previous = index == mapping.startIndex ? nil : mapping[index - 1]
            if let cut = Self.commaCut(entry, after: previous.map { (key: $0.key.scalar?.string ?? "", value: YAMLNode(node: $0.value, file: file)) }) {
                log.report(cut, at: entry.keyLocation)
            } else {
                log.report(Bilingual(uk: "невідомий ключ '\(entry.key)' \(YAMLPlaceNames.inPlace(what))", en: "unknown key '\(entry.key)' in \(what)")
                           + Suggestion.hint(entry.key, in: allowed, listLimit: 30), at: entry.keyLocation)
            }
        }
        for key in required where known[key] == nil {
            log.report(uk: "\(YAMLPlaceNames.inPlace(what)) бракує обов'язкового ключа '\(key)'", en: "\(what) needs '\(key)'", at: location)
        }
        return known
    }
}

extension YAMLNode {
    /// The problem of a `{…}` entry that is the rest of the value before it, cut off at an unquoted
    /// comma («missing: що робити, якщо його не буде вдома» read as `missing: що робити` and a key
    /// «якщо його не буде вдома» without a value): a key with no value on the line of a plain value, after it.
    static func commaCut(_ entry: (key: String, keyLocation: SourceLocation, value: YAMLNode),
                         after previous: (key: String, value: YAMLNode)?) -> Bilingual? {
        guard let previous, let kept = previous.value.scalar, previous.value.isPlainScalar,
              let scalar = entry.value.node.scalar, scalar.string.isEmpty, scalar.style == .plain,
              entry.keyLocation.line == previous.value.location.line, entry.keyLocation.column > previous.value.location.column else { return nil }
        let joined = kept + ", " + entry.key
        return Bilingual(uk: "значення '\(previous.key)' розрізано комою: у { } кома розділяє записи, тож «\(joined)» без лапок стало «\(kept)» і окремим записом «\(entry.key)». Візьміть значення в лапки: \(previous.key): \"\(joined)\"",
                         en: "the value of '\(previous.key)' is cut at a comma: inside { } a comma separates entries, so an unquoted «\(joined)» became «\(kept)» and a separate entry «\(entry.key)». Quote the value: \(previous.key): \"\(joined)\"")
    }
}

/// The known keys of a mapping read by `YAMLNode.fields`.
///
/// Kept as a list in the order the keys were first set, each key once (setting a key again replaces its value and
/// place, as a dictionary would): a mapping has a few known keys, and finding one among them by comparing the names
/// costs less than hashing every name into two dictionaries at each read of a mapping.
public struct YAMLFields {
    private struct Field {
        var key: String
        var value: YAMLNode
        /// Where the key is written; `nil` for a value set without a place of its own (then the mapping's start).
        var keyLocation: SourceLocation?
    }

    private var fields: [Field] = []
    /// Where the mapping starts.
    public let location: SourceLocation

    /// No keys yet, for a mapping that starts at `location`.
    init(location: SourceLocation) {
        self.location = location
    }

    /// Gives `key` the value `value`, written at `place` (`nil`: the key keeps the place it had, if any).
    mutating func set(_ key: String, to value: YAMLNode, writtenAt place: SourceLocation?) {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].value = value
            if let place { fields[index].keyLocation = place }
        } else {
            fields.append(Field(key: key, value: value, keyLocation: place))
        }
    }

    /// The value of a known key, or `nil` when the mapping does not give it.
    public subscript(key: String) -> YAMLNode? {
        fields.first { $0.key == key }?.value
    }

    /// Where a key is written (or the mapping's start).
    public func keyLocation(_ key: String) -> SourceLocation {
        fields.first { $0.key == key }?.keyLocation ?? location
    }
}
